"""Run the commands in README.md's ```console blocks and check (or rewrite) their output.

    python scripts/readme_examples.py --write   # refresh the README from real runs
    python scripts/readme_examples.py           # exit 1 if any example is out of date

Each block holds `$ command` lines, each followed by what it prints. Commands run with bash
in the repository root, with this checkout's jzfacts first on PATH, COLUMNS=100 and a
private cache, so the README shows exactly what the current code prints.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def environment(workdir: Path) -> dict:  # type: ignore[type-arg]
    bin_dir = workdir / "bin"
    bin_dir.mkdir(exist_ok=True)
    wrapper = bin_dir / "jzfacts"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m jzfacts "$@"\n')
    wrapper.chmod(0o755)
    env = {k: v for k, v in os.environ.items()
           if k not in ("JZFACTS_FACTS", "NO_COLOR", "JZFACTS_NO_CACHE")}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", PYTHONPATH=str(ROOT),
               COLUMNS="100", XDG_CACHE_HOME=str(workdir / "cache"), LC_ALL="C.UTF-8",
               TMPDIR=str(workdir))
    return env


def commands(block: str) -> List[Tuple[str, str]]:
    """(command, expected output) pairs of a console block."""
    pairs: List[Tuple[str, str]] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            pairs.append((line[2:].rstrip("\n"), ""))
        elif pairs:
            pairs[-1] = (pairs[-1][0], pairs[-1][1] + line)
    return pairs


def run(command: str, env: dict) -> str:  # type: ignore[type-arg]
    result = subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    return result.stdout + result.stderr


def refreshed(text: str, env: dict) -> str:  # type: ignore[type-arg]
    def block(match: re.Match) -> str:  # type: ignore[type-arg]
        body = "".join(f"$ {command}\n{run(command, env)}" for command, _ in
                       commands(match.group(1)))
        return f"```console\n{body}```"

    return BLOCK.sub(block, text)


def main() -> int:
    with tempfile.TemporaryDirectory() as directory:
        env = environment(Path(directory))
        current = README.read_text(encoding="utf-8")
        fresh = refreshed(current, env)
    if "--write" in sys.argv:
        README.write_text(fresh, encoding="utf-8")
        return 0
    if fresh != current:
        import difflib

        sys.stdout.writelines(difflib.unified_diff(current.splitlines(True),
                                                   fresh.splitlines(True), "README.md",
                                                   "what the commands print now"))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
