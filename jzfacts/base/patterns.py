"""The code's own regular expressions, compiled once per Python rather than once per run.

`re` parses and compiles a pattern in Python code, and the patterns `ask` reads a question
with cost a run 10-20 M instructions to compile (a sixth of what `show` costs in all). What
`re` hands to `_sre.compile` at the end (the pattern, its flags, the program as a list of
integers, its groups) depends on nothing but the pattern, the flags and the Python that
compiled it. So `compiled` keeps those arguments in the cache directory, one file per Python
build, and a later run makes the pattern from them in C.

It is a cache like the others (cache.py): keyed by this code's versions and by the Python
build (sys.version, _sre.MAGIC, _sre.CODESIZE), checksummed, written atomically, pruned when
unused. Anything unexpected (another Python, a damaged file, a program `_sre` refuses,
JZFACTS_NO_CACHE, nothing kept and a cache directory that takes no files) and the pattern is
compiled as `re` compiles it: a pattern is the same
object either way (tests/test_patterns.py compares every kept one with `re.compile`'s).

Only the code's constant patterns go through `compiled`: a pattern made from a question
(a word of it escaped) would grow the file with every question asked. And only those of the
search layer (questions, terms, numbers): a command that compiles one pattern (show, list:
a period's form) would pay more to read the file than to compile it.
"""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any, Dict, Optional, Tuple

if TYPE_CHECKING:
    from pathlib import Path

    Key = Tuple[str, int]

#: At most this many patterns are kept (the code has a few hundred).
LIMIT = 2000

_memo: Dict[Any, re.Pattern[str]] = {}
_programs: Optional[Dict[Any, Tuple[Any, ...]]] = None  # None: not read yet
_usable = True  # False once the cache is off or the file cannot be used
_added: Dict[Any, Tuple[Any, ...]] = {}
#: The file and key the programs were read from, where the new ones are saved (at exit,
#: the cache directory could be another: a test's is gone by then).
_where: Optional[Tuple[Path, Tuple[Any, ...]]] = None


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the program kept by an earlier run where there is
    one (and kept for the next where there is not)."""
    key = (pattern, int(flags))
    found = _memo.get(key)
    if found is None:
        programs = _read()
        if programs is None or len(_memo) >= LIMIT:
            return re.compile(pattern, flags)  # (re's own cache, bounded)
        found = _memo[key] = _make(key, programs)
    return found


def keeping() -> bool:
    """Whether compiled patterns are kept between runs (the cache is on): sieve.py then
    gives whole patterns, compiled once, rather than cut ones, compiled every run."""
    _read()
    return _usable


def _make(key: Key, programs: Dict[Any, Tuple[Any, ...]]) -> re.Pattern[str]:
    kept = programs.get(key)
    if kept is not None:
        made = _from_kept(key[0], kept)
        if made is not None:
            return made
    if len(programs) + len(_added) < LIMIT:
        captured = _capture(key)
        if captured is not None:
            made, arguments = captured
            if not _added:
                import atexit

                atexit.register(_save)
            _added[key] = _to_kept(arguments)
            return made  # type: ignore[no-any-return]
    return re.compile(*key)


def _sre() -> Any:
    import _sre  # type: ignore[import-not-found]

    return _sre


def _to_kept(arguments: Tuple[Any, ...]) -> Tuple[Any, ...]:
    """_sre.compile's arguments with the program (a list of integers) as bytes: a file of
    lists of integers costs every run its unmarshalling, bytes only the ones used."""
    from array import array

    pattern, flags, code, *rest = arguments
    return (pattern, flags, array(_CODE, code).tobytes(), *rest)


def _from_kept(pattern: str, kept: Tuple[Any, ...]) -> Optional[re.Pattern[str]]:
    from array import array

    try:
        stored, flags, code, *rest = kept
        program = array(_CODE)
        program.frombytes(code)
        made = _sre().compile(stored, flags, program.tolist(), *rest)
    except Exception:  # noqa: BLE001 - a program this Python refuses: compiled anew
        return None
    return made if made.pattern == pattern else None


#: The array type of _sre's code words (SRE_CODE: 4 bytes on every CPython since 3.7).
_CODE = "I"


def _capture(key: Key) -> Optional[Tuple[Any, Tuple[Any, ...]]]:
    """The pattern compiled by re's compiler (not its cache), and the arguments the
    compiler gave _sre.compile; None where they cannot be had."""
    sre = _sre()
    compiler: Any = getattr(re, "_compiler", None)
    if compiler is None:  # Python < 3.11
        import sre_compile as compiler
    original = sre.compile
    given: list = []  # type: ignore[type-arg]

    def recording(*arguments: Any) -> Any:
        given.append(arguments)
        return original(*arguments)

    sre.compile = recording
    try:
        made = compiler.compile(*key)
    except Exception:  # noqa: BLE001 - let re.compile raise it, as it would
        return None
    finally:
        sre.compile = original
    if len(given) != 1 or not isinstance(given[0][0], str) or \
            not isinstance(given[0][2], list):
        return None
    return made, given[0]


def _target() -> Path:
    from . import cache

    return cache.cache_dir() / cache.FILES / \
        f"re-{sys.implementation.cache_tag}.v{cache.FORMAT}.programs"


def _store_key() -> Tuple[Any, ...]:
    from array import array

    from . import cache

    sre = _sre()
    return (cache.versions(), sys.version, sre.MAGIC, sre.CODESIZE, array(_CODE).itemsize)


def _read() -> Optional[Dict[Any, Tuple[Any, ...]]]:
    """The kept programs (read once), or None where none are kept."""
    global _programs, _usable, _where
    if _programs is None and _usable:
        from . import cache

        if not cache.enabled():
            _usable = False
            return None
        _where = (_target(), _store_key())
        value = cache.load_blob(*_where)
        if isinstance(value, dict):
            _programs = value
        elif _writable(_where[0].parent):
            _programs = {}
        else:  # nothing kept and nowhere to keep it: cut patterns cost a run less
            _usable = False
            return None
    return _programs if _usable else None


def _writable(folder: Path) -> bool:
    """Whether the folder, or the nearest one above it that exists, takes new files."""
    import os

    while not folder.exists() and folder.parent != folder:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _save() -> None:
    """Add this run's new programs to the file (as it is now: another run may have added
    its own meanwhile)."""
    from . import cache

    if not _added or _where is None:
        return
    target, key = _where
    value = cache.load_blob(target, key)
    programs = dict(value) if isinstance(value, dict) else {}
    programs.update(list(_added.items())[:max(0, LIMIT - len(programs))])
    _added.clear()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    cache.store_blob(target, key, programs)
