"""The cache directory: fact files read once, the indexes of large fact bases, and the
locks, temporary files and pruning that keep it trustworthy.

What is cached is keyed by a fingerprint of the fact file taken *before* it is read (device,
inode, size, modification and change times) and checked again before anything is saved: a
file edited while it is read is never saved under its new fingerprint. A file changed within
RACY_SECONDS of being read could change again without its fingerprint moving (timestamps are
coarse), so its entry also keeps a digest of the bytes read, and is trusted only once those
bytes are read again and found the same (git's "racily clean" index entries).

Entries are written to a temporary file, flushed to disk and only then renamed into place;
a temporary file is removed on an error, Ctrl-C, SIGTERM or SIGHUP, and the ones a killed
process left behind are swept. Several processes that need the same entry take its lock:
one builds it, the others wait and read it. Entries unused for PRUNE_DAYS are pruned. Any
problem with the cache (missing, stale, damaged, unwritable) means it is rebuilt or not
used: answers never depend on it.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, Iterator, List, Optional, Tuple, Type

from .. import __version__

FORMAT = 2
DISABLE_ENV = "JZFACTS_NO_CACHE"
RACY_SECONDS = 2.0
PRUNE_DAYS = 30
_PRUNE_EVERY = 3600.0  # seconds between two prunings

#: (device, inode, size, mtime in ns, ctime in ns)
if TYPE_CHECKING:  # (an alias made at run time costs every command's start-up)
    Stamp = Tuple[int, int, int, int, int]

# What the cache directory holds (names end in the format, so another format's are pruned).
FILES, BASES = "files", "bases"
# .<entry>.<pid>.<random>.tmp (and what SQLite keeps beside it): compiled when sweeping
_TEMPORARY = r"^\.(?P<name>.+)\.(?P<pid>\d+)\.[0-9a-f]+\.tmp(?:-journal|-wal|-shm)?$"
_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-")


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jzfacts"


def enabled() -> bool:
    """False when JZFACTS_NO_CACHE is on (1, true, yes, on); JZFACTS_NO_CACHE=0 keeps it."""
    from .env import flag

    return not flag(DISABLE_ENV)


def versions(extra: Tuple[Any, ...] = ()) -> Tuple[Any, ...]:
    """What a cached entry depends on besides the file: this code and this Python, and
    `extra` (for search terms, how terms are read: search.terms.TERMS_VERSION, given by the
    search layer; show and list never import it)."""
    return (FORMAT, __version__, tuple(sys.version_info[:2]), marshal.version, *extra)


# ------------------------------------------------------------------ fingerprints


class Snapshot:
    """A file's bytes as read, its fingerprint taken before reading, whether that
    fingerprint could miss a later change (racy), and a digest of the bytes. (Plain
    classes here: a NamedTuple costs every command's start-up ~1.6 M instructions.)"""

    __slots__ = ("data", "stamp", "racy", "digest")

    def __init__(self, data: bytes, stamp: Optional[Stamp], racy: bool,
                 digest: bytes) -> None:
        self.data = data
        self.stamp = stamp  # None: the file kept changing while it was read
        self.racy = racy
        self.digest = digest


def stamp_of(status: os.stat_result) -> Stamp:
    return (status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns,
            status.st_ctime_ns)


def is_racy(status: os.stat_result, now_ns: int) -> bool:
    """Whether the file changed so shortly before `now_ns` that a further change might leave
    its timestamps as they are."""
    latest = max(status.st_mtime_ns, status.st_ctime_ns)
    return now_ns - latest < RACY_SECONDS * 1e9


def _blake2b(data: bytes, size: int) -> Any:
    # _blake2 is what hashlib's blake2b is; importing hashlib also loads OpenSSL (~4 ms of
    # every lookup's start-up)
    try:
        from _blake2 import blake2b
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=size)


def digest(data: bytes) -> bytes:
    return bytes(_blake2b(data, 16).digest())


def stamp(path: Path) -> Optional[Tuple[Stamp, bool]]:
    """The file's fingerprint and whether it is racy; None when it cannot be read."""
    try:
        now = time.time_ns()
        status = os.stat(path)
    except OSError:
        return None
    return stamp_of(status), is_racy(status, now)


def read_snapshot(path: Path, read: Optional[Callable[[Path], bytes]] = None) -> Snapshot:
    """The file's bytes with the fingerprint taken before reading them. A file that changes
    while it is read is read again (three times at most); one that never holds still is
    returned with no fingerprint, so that nothing is saved for it. OSError propagates."""
    reader = read or (lambda target: target.read_bytes())
    for _ in range(3):
        now = time.time_ns()
        before = os.stat(path)
        data = reader(path)
        after = os.stat(path)
        if stamp_of(before) == stamp_of(after) and len(data) == before.st_size:
            return Snapshot(data, stamp_of(before), is_racy(before, now), digest(data))
    return Snapshot(data, None, True, digest(data))


def unchanged(path: Path, expected: Optional[Stamp]) -> bool:
    """Whether the file still has the fingerprint it had when it was read (checked before
    anything read from it is saved)."""
    if expected is None:
        return False
    try:
        return stamp_of(os.stat(path)) == expected
    except OSError:
        return False


def still_same(path: Path, expected: Stamp, racy: bool, known: bytes) -> bool:
    """Whether a file whose cached fingerprint is `expected` still holds what was read: the
    fingerprint, and where it was racy the bytes too."""
    if not unchanged(path, expected):
        return False
    if not racy:
        return True
    try:
        return digest(path.read_bytes()) == known and unchanged(path, expected)
    except OSError:
        return False


# ------------------------------------------------------------------ names


def safe_name(text: str) -> str:
    """A file name's readable part: letters, digits, dots, hyphens (no #, ?, odd bytes)."""
    kept = "".join(char if char in _SAFE else "_" for char in text[:40])
    return kept.strip("._") or "x"


def path_bytes(path: Path) -> bytes:
    """The absolute path as the file system's bytes (a name with any bytes in it)."""
    return os.fsencode(os.path.abspath(path))


def entry_file(kind: str, material: bytes, name: str, suffix: str) -> Path:
    """Where an entry lives: cache/<kind>/<name>-<hash>.v<FORMAT><suffix>."""
    key = _blake2b(material, 10).hexdigest()
    return cache_dir() / kind / f"{safe_name(name)}-{key}.v{FORMAT}{suffix}"


# ------------------------------------------------------------------ blobs


def load_blob(target: Path, key: Any) -> Optional[Any]:
    """What store_blob saved under exactly this key, checked by its checksum; else None."""
    try:
        blob = target.read_bytes()
        stored_key, checksum, payload = marshal.loads(blob)
        if stored_key != key or zlib.adler32(payload) != checksum:
            return None
        value = marshal.loads(payload)
    except Exception:  # noqa: BLE001 - any unreadable entry is simply not used
        return None
    touch(target)
    return value


def store_blob(target: Path, key: Any, value: Any) -> bool:
    """Save a value (marshal) under a key; False if it cannot be saved."""
    def write(temporary: Path) -> None:
        payload = marshal.dumps(value)
        with open(temporary, "wb") as handle:
            handle.write(marshal.dumps((key, zlib.adler32(payload), payload)))
            handle.flush()
            os.fsync(handle.fileno())

    return replace_atomically(target, write)


def touch(target: Path) -> None:
    """Mark an entry used (at most once a day: pruning goes by this time)."""
    with contextlib.suppress(OSError):
        if time.time() - target.stat().st_mtime > 86400:
            os.utime(target)


# ------------------------------------------------------------------ locks


@contextlib.contextmanager
def locked(target: Path) -> Iterator[bool]:
    """Hold the lock of an entry while the block runs (other processes wait for it). Yields
    False where no lock can be taken (a read-only cache, no flock): the block runs anyway."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no lock, every process builds
        yield False
        return
    lock = target.with_name(target.name + ".lock")
    try:
        lock.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            from .progress import report

            report("waiting for another jzfacts", 0, None)
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(handle)  # closing releases the lock


# ------------------------------------------------------------------ temporary files


class Terminated(SystemExit):
    """SIGTERM or SIGHUP arrived while a cache entry was being written."""


@contextlib.contextmanager
def ending_on_signals() -> Iterator[None]:
    """SIGTERM and SIGHUP raise Terminated inside the block (exit code 128 + signal), so
    that `finally` clauses remove what the block was writing. Where Python ignores the
    exception (a signal that lands in an at-fork hook while a worker starts: "Exception
    ignored in _releaseLock"), the block runs on, and Terminated is raised as it ends."""
    import signal

    received: List[int] = []

    def end(number: int, frame: Any) -> None:
        received.append(number)
        raise Terminated(128 + number)

    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    previous: Dict[int, Any] = {}
    try:
        for number in wanted:
            previous[number] = signal.signal(number, end)
    except ValueError:  # not the main thread: signals stay as they are
        pass
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    if received:
        raise Terminated(128 + received[0])


def temporary_for(target: Path) -> Path:
    """A temporary name beside target that names this process (see sweep)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


def replace_atomically(target: Path, write: Callable[[Path], object],
                       errors: Tuple[Type[BaseException], ...] = (Exception,)) -> bool:
    """Write through a temporary file beside target, make it durable (write must flush and
    fsync it, or leave it to this function), then rename it into place; on one of `errors`
    remove the temporary file and return False (a cache is never an error)."""
    temporary = temporary_for(target)
    try:
        with ending_on_signals():
            target.parent.mkdir(parents=True, exist_ok=True)
            write(temporary)
            fsync_file(temporary)
            os.replace(temporary, target)
            fsync_directory(target.parent)
        return True
    except errors:
        remove_temporary(temporary)
        return False
    except BaseException:  # Ctrl-C or SIGTERM while a 100 MB index is written
        remove_temporary(temporary)
        raise
    finally:
        prune()


def remove_temporary(temporary: Path) -> None:
    """A temporary file and what SQLite kept beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            temporary.with_name(temporary.name + suffix).unlink()


def fsync_file(path: Path) -> None:
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def fsync_directory(directory: Path) -> None:
    """Make a rename in the directory durable (not possible everywhere: then skipped)."""
    try:
        handle = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: alive
        return True
    return True


def sweep(directory: Path) -> List[str]:
    """Remove the temporary files that processes no longer running left (killed with
    SIGKILL, or a power cut); the names removed."""
    removed: List[str] = []
    try:
        names = os.listdir(directory)
    except OSError:
        return removed
    for name in names:
        found = re.match(_TEMPORARY, name)
        if found and not _alive(int(found.group("pid"))):
            with contextlib.suppress(OSError):
                (directory / name).unlink()
                removed.append(name)
    return removed


# ------------------------------------------------------------------ pruning


def prune(force: bool = False) -> None:
    """Sweep dead processes' temporary files and remove entries unused for PRUNE_DAYS, of
    another format, or left by the single-file cache of earlier versions; at most hourly."""
    root = cache_dir()
    stamp_file = root / ".pruned"
    now = time.time()
    try:
        if not force and now - stamp_file.stat().st_mtime < _PRUNE_EVERY:
            return
    except OSError:
        if not root.is_dir():
            return
    with contextlib.suppress(OSError):
        stamp_file.touch()
    current = f".v{FORMAT}"
    for folder in (root / FILES, root / BASES):
        sweep(folder)
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            path = folder / name
            entry = name[:-len(".lock")] if name.endswith(".lock") else name
            if entry.startswith("."):
                continue  # a live process's temporary file
            try:
                old = now - path.stat().st_mtime > PRUNE_DAYS * 86400
            except OSError:
                continue
            other_format = current not in entry
            if name.endswith(".lock"):
                # a lock whose entry is gone: removed once nobody could be waiting on it
                if not (folder / entry).exists() and now - path.stat().st_mtime > 86400:
                    _unlink(path)
                continue
            if old or other_format:
                _unlink(path)
    # The first format kept one file per fact file at the top of the cache directory.
    sweep(root)
    with contextlib.suppress(OSError):
        for name in os.listdir(root):
            if re.search(r"-[0-9a-f]{8}\.(cache|sqlite)$", name):
                _unlink(root / name)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


# ------------------------------------------------------------------ `jzfacts cache`


USAGE_FIELDS = ("folder", "files", "files_bytes", "bases", "bases_bytes")


class Usage:
    """What the cache holds: its folder, and per kind how many entries and bytes."""

    __slots__ = USAGE_FIELDS

    def __init__(self, folder: str, files: int, files_bytes: int, bases: int,
                 bases_bytes: int) -> None:
        self.folder, self.files, self.files_bytes = folder, files, files_bytes
        self.bases, self.bases_bytes = bases, bases_bytes

    def as_dict(self) -> Dict[str, Any]:
        return {name: getattr(self, name) for name in USAGE_FIELDS}


def usage() -> Usage:
    root = cache_dir()

    def measure(kind: str, suffix: str) -> Tuple[int, int]:
        """How many entries (files ending in suffix) and the bytes of all in the folder."""
        count = size = 0
        with contextlib.suppress(OSError):
            for entry in os.scandir(root / kind):
                with contextlib.suppress(OSError):
                    count += entry.name.endswith(suffix) and not entry.name.startswith(".")
                    size += entry.stat().st_size
        return count, size

    files = measure(FILES, ".entry")
    bases = measure(BASES, ".sqlite")
    return Usage(str(root), files[0], files[1], bases[0], bases[1])


def clear() -> Usage:
    """Remove everything in the cache; what was there."""
    import shutil

    before = usage()
    root = cache_dir()
    for kind in (FILES, BASES):
        shutil.rmtree(root / kind, ignore_errors=True)
    with contextlib.suppress(OSError):
        for name in os.listdir(root):
            path = root / name
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                _unlink(path)
    return before


class UsageResult:
    """`jzfacts cache`: where the cache is and what it holds."""

    known_fields = USAGE_FIELDS

    def __init__(self, usage: Usage, fields: Optional[Tuple[str, ...]] = None) -> None:
        self.usage = usage
        self.fields = fields

    def records(self) -> List[Dict[str, Any]]:
        from .records import pick

        return [pick(self.usage.as_dict(), self.fields)]

    def document(self) -> Any:
        return self.records()[0]

    def plain_text(self) -> str:
        usage = self.usage
        return (f"{usage.folder}\n"
                f"  fact files read and validated: {usage.files} ({_size(usage.files_bytes)})\n"
                f"  indexes of large bases: {usage.bases} ({_size(usage.bases_bytes)})\n")

    def empty(self) -> bool:
        return False


def _size(count: int) -> str:
    for unit in ("bytes", "kB", "MB"):
        if count < 1000 or unit == "MB":
            return f"{count:,} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1000  # type: ignore[assignment]
    return str(count)  # pragma: no cover
