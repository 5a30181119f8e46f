"""Baseline: a one-command Typer app that prints JSON (what `show --json` is measured against)."""

import json

import typer

app = typer.Typer()


@app.command()
def main(fact_id: str, as_json: bool = typer.Option(False, "--json")) -> None:
    print(json.dumps({"id": fact_id, "value": 188, "unit": "家"}, ensure_ascii=False))


if __name__ == "__main__":
    app()
