"""Run the commands in README.md's ```console blocks and check (or rewrite) their output.

    python scripts/readme_examples.py --write   # refresh the README from real runs
    python scripts/readme_examples.py           # exit 1 if any example is out of date

Each block holds `$ command` lines, each followed by what it prints (stdout and stderr, as a
terminal shows them). A block is one shell session, as a reader who types its commands in
turn has: it starts in the repository root, and a `cd` or a variable carries over to the
next command. The environment is the one a user has: this one without COLUMNS, LINES and
TMPDIR (unset on most machines) or the variables that change jzfacts' output (NO_COLOR,
FORCE_COLOR, CLICOLOR_FORCE, JZFACTS_*), no terminal, nothing on stdin, this checkout's
jzfacts first on PATH and a private cache. The examples must leave the checkout as they
found it: one that writes a file into it fails.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Dict, List, Set, Tuple

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.S)
#: What a user's environment does not have, or has and jzfacts must not see here.
UNSET = ("COLUMNS", "LINES", "TMPDIR", "NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE")
#: Folders the tools write by themselves (caches, environments): not the examples' doing.
OWN_FOLDERS = {".git", ".venv", "__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache",
               ".hypothesis", "build", "dist"}


def environment(workdir: Path) -> Dict[str, str]:
    bin_dir = workdir / "bin"
    bin_dir.mkdir(exist_ok=True)
    wrapper = bin_dir / "jzfacts"
    wrapper.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m jzfacts "$@"\n')
    wrapper.chmod(0o755)
    env = {k: v for k, v in os.environ.items()
           if k not in UNSET and not k.startswith("JZFACTS_")}
    env.update(PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}", PYTHONPATH=str(ROOT),
               XDG_CACHE_HOME=str(workdir / "cache"), LC_ALL="C.UTF-8")
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


def run_session(block: List[str], env: Dict[str, str]) -> List[str]:
    """What each command of a block prints, run in turn in one shell, stderr with stdout."""
    marker = f"--- end of command {uuid.uuid4().hex} ---"
    script = "exec 2>&1\n" + "".join(f"{command}\nprintf '\\n%s\\n' '{marker}'\n"
                                      for command in block)
    result = subprocess.run(["bash", "-c", script], cwd=ROOT, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, timeout=300)
    text = result.stdout.decode("utf-8", "replace")
    outputs = text.split(f"\n{marker}\n")[:len(block)]
    # (printf put a line break before each marker, taken off with it: what is left is what
    # the command printed; one that ends without a line break is given one, for the README)
    return [output if output.endswith("\n") or not output else output + "\n"
            for output in outputs] + [""] * (len(block) - len(outputs))


def files_of(root: Path) -> Set[str]:
    """The checkout's files, less the folders tools write into by themselves."""
    found: Set[str] = set()
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = [name for name in subfolders if name not in OWN_FOLDERS
                         and not name.endswith(".egg-info")]
        found.update(os.path.relpath(os.path.join(folder, name), root) for name in files)
    return found


def refreshed(text: str, env: Dict[str, str]) -> str:
    def block(match: re.Match) -> str:  # type: ignore[type-arg]
        pairs = commands(match.group(1))
        outputs = run_session([command for command, _ in pairs], env)
        body = "".join(f"$ {command}\n{output}" for (command, _), output in zip(pairs,
                                                                                outputs))
        return f"```console\n{body}```"

    return BLOCK.sub(block, text)


def main() -> int:
    before = files_of(ROOT)
    with tempfile.TemporaryDirectory() as directory:
        env = environment(Path(directory))
        current = README.read_text(encoding="utf-8")
        fresh = refreshed(current, env)
    left = sorted(files_of(ROOT) - before)
    if left:
        print(f"the README's examples wrote into the checkout: {', '.join(left)}")
        return 1
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
