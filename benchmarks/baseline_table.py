"""Baseline: a one-command Typer app that prints a 45-row Rich table on a terminal."""

import typer

app = typer.Typer()


@app.command()
def main(color: str = typer.Option("auto", "--color")) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for column in ("id", "label", "value", "period", "category"):
        table.add_column(column)
    for row in range(45):
        table.add_row(f"fact.n{row}", "高新技术企业", f"{row} 家", "2023-01", "enterprises")
    Console(force_terminal=color == "always").print(table)


if __name__ == "__main__":
    app()
