"""The command line: the Typer app, commands, shared options, batch, output and renderers.
May import jzfacts.search, jzfacts.pages and jzfacts.base (the top layer)."""
