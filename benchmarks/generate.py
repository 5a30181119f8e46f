"""Synthetic fact files of any size, built from the shipped fact base's own facts."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "facts.toml"


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _toml_value(value: object) -> str:
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    return repr(value)


def synthetic(count: int, first: int = 0) -> str:
    """`count` valid facts: the shipped ones over and over, each with its own id and value
    (numbered from `first`, so that several files hold different ids)."""
    data = tomllib.loads(SHIPPED.read_text(encoding="utf-8"))
    parts = []
    for source in data["source"]:
        parts.append("[[source]]\n" + "".join(f"{k} = {_toml_value(v)}\n"
                                               for k, v in source.items()))
    templates = data["fact"]
    for index in range(first, first + count):
        fact = dict(templates[index % len(templates)])
        copy = index // len(templates)
        fact["id"] = f"{fact['id']}.n{index}"
        if copy and fact.get("kind", "amount") == "amount" and isinstance(fact["value"], int) \
                and str(fact["value"]) in fact["quote"]:
            # a different value each copy, with a quote that states it
            new_value = fact["value"] + copy
            fact["quote"] = fact["quote"].replace(str(fact["value"]), str(new_value), 1)
            fact["value"] = new_value
            fact.pop("repeats", None)
        parts.append("[[fact]]\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in fact.items()))
    return "\n".join(parts)


def write(count: int, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"facts-{count}.toml"
    if not path.exists():
        path.write_text(synthetic(count), encoding="utf-8")
    return path


def write_many(files: int, each: int, directory: Path) -> Path:
    """A folder of `files` fact files of `each` facts (a newsroom's articles): ids differ
    across files, and every file has the shipped page's sources (their ids repeat: sources
    are scoped to their file)."""
    folder = directory / f"facts-{files}x{each}"
    done = folder / ".complete"
    if not done.exists():
        folder.mkdir(parents=True, exist_ok=True)
        for number in range(files):
            path = folder / f"article-{number:05d}.toml"
            path.write_text(synthetic(each, number * each), encoding="utf-8")
        done.write_text("")
    return folder


if __name__ == "__main__":
    for size in sys.argv[1:] or ["1000", "10000", "100000"]:
        print(write(int(size), ROOT / "benchmarks" / "data"))
