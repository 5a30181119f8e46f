"""A cache of validated fact files, so a lookup does not parse and validate TOML every time.

Keyed by the file's absolute path, size, mtime, inode, the jzfacts version and the Python
version; checked with a checksum before it is trusted; written to a temporary file and renamed
into place. Any problem with the cache (missing, stale, corrupt, truncated, unreadable,
read-only) means it is ignored or rebuilt: answers never depend on it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path
from typing import Any, Callable, Dict, Optional, Tuple, Type

from . import __version__

FORMAT = 1
DISABLE_ENV = "JZFACTS_NO_CACHE"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jzfacts"


def file_key(path: Path) -> Optional[Tuple[Any, ...]]:
    try:
        absolute = os.path.abspath(path)
        stat = os.stat(absolute)
    except OSError:
        return None
    return (FORMAT, absolute, stat.st_size, stat.st_mtime_ns, stat.st_ino, __version__,
            tuple(sys.version_info[:2]), marshal.version)


def cache_file(path: Path, suffix: str = ".cache") -> Path:
    """Where the cache (or, with suffix .sqlite, the index) of a fact file lives."""
    absolute = os.path.abspath(path)
    return cache_dir() / f"{Path(absolute).name}-{zlib.crc32(absolute.encode()):08x}{suffix}"


def replace_atomically(target: Path, write: Callable[[Path], object],
                       errors: Tuple[Type[BaseException], ...] = (Exception,)) -> bool:
    """Write through a temporary file beside target, then rename it into place; on one of
    `errors` remove the temporary file and return False (a cache is never an error)."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary.unlink(missing_ok=True)
        write(temporary)
        os.replace(temporary, target)
        return True
    except errors:
        _remove(temporary)
        return False
    except BaseException:  # Ctrl-C while a 200 MB index is written: leave nothing behind
        _remove(temporary)
        raise


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def enabled() -> bool:
    """False when JZFACTS_NO_CACHE is on (1, true, yes, on); JZFACTS_NO_CACHE=0 keeps it."""
    from .env import flag

    return not flag(DISABLE_ENV)


def read(path: Path) -> Optional[Dict[str, Any]]:
    """The cached data for this exact file, or None."""
    if not enabled():
        return None
    key = file_key(path)
    if key is None:
        return None
    try:
        blob = cache_file(path).read_bytes()
        stored_key, checksum, payload = marshal.loads(blob)
        if stored_key != key or zlib.adler32(payload) != checksum:
            return None
        data = marshal.loads(payload)
    except Exception:  # noqa: BLE001 - any unreadable cache is simply not used
        return None
    return data if isinstance(data, dict) else None


def write(path: Path, data: Dict[str, Any]) -> None:
    """Store validated data for this file; silently does nothing if it cannot."""
    if not enabled():
        return
    key = file_key(path)
    if key is None:
        return

    def store(temporary: Path) -> None:
        payload = marshal.dumps(data)
        temporary.write_bytes(marshal.dumps((key, zlib.adler32(payload), payload)))

    replace_atomically(cache_file(path), store)
