"""Domain errors. The CLI maps each to one line on stderr and an exit code."""

from __future__ import annotations

from typing import List, NamedTuple, Optional, Sequence


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
