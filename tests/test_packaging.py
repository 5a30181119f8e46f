"""The wheel ships the top-level facts.toml inside the package, byte for byte."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from jzfacts.base.factbase import shipped_path

ROOT = Path(__file__).resolve().parent.parent


def test_the_checkout_reads_the_top_level_fact_base() -> None:
    assert shipped_path().resolve() == (ROOT / "facts.toml").resolve()
    assert not (ROOT / "jzfacts" / "facts.toml").exists(), "a second copy that could drift"


def test_the_wheel_carries_the_top_level_fact_base(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, check=False)
    assert built.returncode == 0, built.stderr
    wheel = next(tmp_path.glob("jzfacts-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        shipped = archive.read("jzfacts/facts.toml")
        names = archive.namelist()
    assert shipped == (ROOT / "facts.toml").read_bytes()
    assert "jzfacts/search/pinyin.txt" in names and "jzfacts/py.typed" in names
    # every table's index (without one, look-ups bisect: right, but ~4× the cost)
    from jzfacts.search.tables import INDEXED

    assert {f"jzfacts/search/{name}.idx" for name in INDEXED} <= set(names)


def test_no_source_holds_a_control_character() -> None:
    """A control character in code is an escape gone wrong ('\\b' written where r'\\b' was
    meant puts a backspace in a pattern, which then never matches)."""
    import re

    root = Path(__file__).resolve().parent.parent
    control = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
    found = [f"{path.relative_to(root)}:{number}"
             for folder in ("jzfacts", "tests", "scripts", "benchmarks")
             for path in sorted((root / folder).rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if control.search(line)]
    assert not found, found
