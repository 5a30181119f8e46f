"""Which fact files a base is made of: what --facts names (repeatable), else
$JZFACTS_FACTS (a list separated by os.pathsep), else the shipped page.

Each entry is a fact file, a folder (every *.toml under it, hidden ones aside, in sorted
order), `-` (standard input) or `@shipped` (the shipped page, to query it together with
one's own files). A file named twice is read once."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Set, Tuple

from .errors import FactFileError, Problem

ENV_VAR = "JZFACTS_FACTS"
SHIPPED = "@shipped"
STDIN = "-"


class FactFile:
    """One fact file of a base: its path, its name in messages, and for standard input the
    text read from it. (A plain class: a NamedTuple costs start-up ~1.6 M instructions.)"""

    __slots__ = ("path", "name", "text")

    def __init__(self, path: Path, name: str, text: Optional[str] = None) -> None:
        self.path = path
        self.name = name
        self.text = text

    @property
    def is_stdin(self) -> bool:
        return self.text is not None

    def __repr__(self) -> str:
        return f"FactFile({self.path!r}, {self.name!r})"


def shipped_path() -> Path:
    """The shipped fact base: inside the installed package (the wheel carries the
    repository's top-level facts.toml there), or at the top of a source checkout."""
    package = Path(__file__).parent.parent  # jzfacts/, this module being jzfacts/base/files.py
    inside = package / "facts.toml"
    return inside if inside.exists() else package.parent / "facts.toml"


def entries(option: Optional[Sequence[str]]) -> List[str]:
    """What the base is made of: the --facts values, else $JZFACTS_FACTS split on the path
    separator (empty parts skipped), else the shipped page."""
    if option:
        return list(option)
    listed = [part for part in os.environ.get(ENV_VAR, "").split(os.pathsep) if part]
    return listed or [SHIPPED]


def resolve(named: Sequence[str]) -> List[FactFile]:
    """The fact files the entries name, in order; every entry that names nothing is a
    problem, all reported together (FactFileError)."""
    files: List[FactFile] = []
    problems: List[Problem] = []
    seen: Set[Tuple[int, int]] = set()
    stdin_read = False
    for entry in named:
        if entry == STDIN:
            if stdin_read:
                continue
            stdin_read = True
            files.append(FactFile(Path(STDIN), "<stdin>", _read_stdin()))
            continue
        if not entry:
            problems.append(Problem("''", "an empty path names no fact file"))
            continue
        path = shipped_path() if entry == SHIPPED else Path(entry)
        if _is_stream(path):  # /dev/stdin, a named pipe: read once, here
            files.append(FactFile(path, entry, _read_stream(path, entry)))
            continue
        if path.is_dir():
            unreadable: List[OSError] = []
            found = _folder_members(path, unreadable.append)
            for error in unreadable:  # (a folder that cannot be listed: no silent gap)
                where = os.path.join(entry, os.path.relpath(error.filename or path, path))
                problems.append(Problem(os.path.normpath(where),
                                        f"cannot list the folder: "
                                        f"{(error.strerror or str(error)).lower()}"))
            if not found and not unreadable:
                problems.append(Problem(entry, "no *.toml fact files in this folder"))
            for relative, member in found:
                _add(files, seen, FactFile(member, os.path.join(entry, *relative)))
        else:
            # A missing or unreadable file is reported when it is read, with the others.
            _add(files, seen, FactFile(path, str(path) if entry == SHIPPED else entry))
    if problems:
        raise FactFileError(problems)
    return files


def _add(files: List[FactFile], seen: Set[Tuple[int, int]], file: FactFile) -> None:
    try:
        status = os.stat(file.path)
        identity = (status.st_dev, status.st_ino)
    except OSError:
        files.append(file)
        return
    if identity not in seen:
        seen.add(identity)
        files.append(file)


def _folder_members(folder: Path, unreadable: Optional[Callable[[OSError], object]] = None
                    ) -> List[Tuple[Tuple[str, ...], Path]]:
    """Every *.toml under a folder, in sorted order (by path), hidden files and folders
    (.git, .drafts, an editor's .swp) left out, symbolic links to folders not followed;
    each with its path's parts below the folder, which its name is made of (os.path.relpath
    cost more than the rest of resolving a folder of 1,000 files)."""
    found: List[Tuple[Tuple[str, ...], Path]] = []
    for directory, folders, names in os.walk(folder, onerror=unreadable):
        folders[:] = [name for name in folders if not name.startswith(".")]
        relative = Path(directory).relative_to(folder).parts
        for name in names:
            if name.endswith(".toml") and not name.startswith("."):
                found.append(((*relative, name), Path(directory) / name))
    return sorted(found)


def _is_stream(path: Path) -> bool:
    """A path that exists and is neither a file nor a folder: a pipe, a terminal."""
    try:
        return path.exists() and not path.is_file() and not path.is_dir()
    except OSError:
        return False


def _read_stream(path: Path, name: str) -> str:
    from .factbase import decode, read_error

    try:
        data = path.read_bytes()
    except OSError as error:
        raise read_error(name, error) from None
    return decode(data, name)


def _read_stdin() -> str:
    import sys

    from .factbase import decode

    buffer = getattr(sys.stdin, "buffer", None)
    return decode(buffer.read(), "<stdin>") if buffer is not None else sys.stdin.read()


def spec_key(named: Sequence[str]) -> bytes:
    """What identifies a base for its index: its entries as absolute paths (a folder stays
    a folder, so files added to it later update the same index)."""
    parts = []
    for entry in named:
        if entry == SHIPPED:
            parts.append(b"shipped:" + os.fsencode(os.path.abspath(shipped_path())))
        else:
            parts.append(b"path:" + os.fsencode(os.path.abspath(entry)))
    return b"\0".join(parts)
