"""Plain records: what ask's many small value types are instead of typing.NamedTuple.
Creating a NamedTuple class costs ~1.6 M instructions at import (every field's string
annotation is compiled as a ForwardRef, then collections.namedtuple execs its code), and
ask's path created ~20; a class with __slots__ costs a few thousand.

A Plain compares (with another Plain or a tuple) and hashes as the tuple of its fields, in
__slots__ order, so that `==`, `in`, sets and dict keys behave as they did with the
NamedTuple; `_replace` works as NamedTuple's. It is no tuple: no indexing, no unpacking, no
ordering (mypy says where one was used as a tuple)."""

from __future__ import annotations

from typing import Any, Tuple, TypeVar

P = TypeVar("P", bound="Plain")


class Plain:
    """Fields in __slots__ (set by the subclass's __init__), compared as a tuple."""

    __slots__: Tuple[str, ...] = ()

    def _values(self) -> Tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self.__slots__])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Plain):
            return self._values() == other._values()
        if isinstance(other, tuple):  # as a NamedTuple equals the tuple of its values
            return self._values() == other
        return NotImplemented

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def _replace(self: P, **changes: Any) -> P:
        """A copy with these fields changed (as NamedTuple._replace)."""
        copy = object.__new__(type(self))
        for name in self.__slots__:
            object.__setattr__(copy, name, changes.pop(name) if name in changes
                               else getattr(self, name))
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return copy
