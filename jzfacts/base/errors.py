"""Domain errors. The CLI maps each to one line on stderr and an exit code."""

from __future__ import annotations

import re
from typing import List, NamedTuple, Optional, Sequence

#: What a message cannot show as it is: control characters, and the bytes of a file name
#: that are no UTF-8 (Python keeps each as a surrogate escape, U+DC80-U+DCFF).
_UNSHOWABLE = "[\x00-\x1f\x7f-\x9f\udc80-\udcff]"


def escaped(text: str, keep: str = "\t\n") -> str:
    """Text as every message shows it, and as a draft writes a page's name: each control
    character (but those in `keep`) and each byte of a name that is no UTF-8 as \\xNN
    (b\\xffad.toml, never the surrogate b\\udcffad.toml); the one way jzfacts shows them."""
    def shown(found: re.Match[str]) -> str:
        char = found.group()
        if char in keep:
            return char
        code = ord(char)
        return f"\\x{code - 0xDC00 if code >= 0xDC00 else code:02x}"

    return re.sub(_UNSHOWABLE, shown, text)


class Problem(NamedTuple):
    """One thing wrong with a fact file: where it is and what is wrong."""

    file: str
    message: str
    fact: Optional[str] = None  # the fact's id, or "#N" (1-based) when it has none
    field: Optional[str] = None
    line: Optional[int] = None
    column: Optional[int] = None

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        parts = [where]
        if self.fact is not None:
            parts.append(f"fact {self.fact}")
        if self.field is not None:
            parts.append(self.field)
        parts.append(self.message)
        return ": ".join(parts)


class JzfactsError(Exception):
    """Base of every error jzfacts expects; `exit_code` is what the CLI exits with."""

    exit_code = 2


class FactFileError(JzfactsError):
    """The fact file cannot be read, parsed or validated."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: List[Problem] = list(problems)
        super().__init__(str(self.problems[0]) if self.problems else "invalid fact file")


class FactNotFound(JzfactsError):
    """An id names no fact; `suggestions` are the closest ids."""

    exit_code = 1

    def __init__(self, fact_id: str, suggestions: Sequence[str] = ()) -> None:
        self.fact_id = fact_id
        self.suggestions = list(suggestions)
        super().__init__(f"no fact with id {fact_id!r}")


class UsageError(JzfactsError):
    """An argument or option has a value the tool cannot use."""


class IncomparableFacts(JzfactsError):
    """The facts asked to be compared measure different things."""


class OutputError(JzfactsError):
    """An output file cannot be written."""
