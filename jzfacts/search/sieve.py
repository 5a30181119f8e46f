"""Large alternations cut to the alternatives a text can match, before `re` compiles them.

Compiling a pattern of a hundred alternatives costs a question millions of instructions,
though a question can match a handful. An alternative whose match must start with some
literal text (`\\bhow\\s+many` starts with how, `几(?!何)` with 几) cannot match a text that
lacks it: left out, the pattern finds exactly what it found before, in that text and any
part of it. An alternative whose start is not plain text (a class, a group, a lookbehind)
is always kept.
"""

from __future__ import annotations

import re
from functools import cache

#: A pattern that matches nothing: what is left when no alternative can match.
NEVER = "(?!)"
_META = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("?*{")


#: Text up to the next parenthesis or | that is no escape and in no class (a class's
#: first ], after any ^, is a literal: []a]).
_STRUCTURE = r"(?:\\.|\[\^?\]?(?:\\.|[^\\\]])*\]|[^\\\[()|])*([()|])"


@cache
def alternatives(pattern: str) -> tuple[tuple[str, str], ...]:
    """The top-level alternatives of a pattern (no inline flags, no backreferences), each
    with the literal text every match of it starts with ('' where none is sure)."""
    parts, depth, start = [], 0, 0
    for match in re.compile(_STRUCTURE).finditer(pattern):
        char = match.group(1)
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif depth == 0:
            parts.append(pattern[start:match.start(1)])
            start = match.end()
    parts.append(pattern[start:])
    return tuple((part, _prefix(part)) for part in parts)


def _prefix(alternative: str) -> str:
    """The literal text every match of an alternative starts with, after any \\b and
    lookbehind ((?<![一总公])共: 共)."""
    if _META.isdisjoint(alternative):
        return alternative
    start = 0
    while True:
        if alternative.startswith("\\b", start):
            start += 2
        elif alternative.startswith(("(?<=", "(?<!"), start):
            start = _group_end(alternative, start)
        else:
            break
    end = start
    while end < len(alternative) and alternative[end] not in _META:
        end += 1
    if end < len(alternative) and alternative[end] in _QUANTIFIERS:
        end -= 1  # s? of refers?: the last character may be absent
    return alternative[start:max(start, end)]


def _group_end(pattern: str, start: int) -> int:
    """Where the group opening at start closes (just after its parenthesis)."""
    depth = 0
    for match in re.compile(_STRUCTURE).finditer(pattern, start):
        if match.group(1) == "(":
            depth += 1
        elif match.group(1) == ")":
            depth -= 1
            if depth == 0:
                return match.end()
    return len(pattern)


def sieved(pattern: str, text: str, ignore_case: bool = False) -> str:
    """The pattern to compile for a text: where compiled patterns are kept between runs
    (base.patterns), the whole pattern (compiled once, it costs a run less than any cut of
    it compiled anew); else the pattern cut to what the text can match."""
    from ..base.patterns import keeping

    return pattern if keeping() else cut(pattern, text, ignore_case)


def cut(pattern: str, text: str, ignore_case: bool = False) -> str:
    """The pattern less the alternatives that cannot match in the text (NEVER if none
    can): the same matches in the text, for far less to compile."""
    folded = text.lower() if ignore_case and text.isascii() else ""
    kept = [part for part, prefix in alternatives(pattern)
            if prefix in text or ignore_case and _cased_match(prefix, text, folded)]
    return "|".join(kept) if kept else NEVER


def _cased_match(prefix: str, text: str, folded: str) -> bool:
    """Whether a prefix not found as it is may match with re.IGNORECASE: in an ASCII text,
    as lower case; in any other, wherever it has a cased character (re's case folding is
    wider than str.lower: K, the Kelvin sign, matches k)."""
    if prefix.isascii() and text.isascii():
        return prefix.lower() in folded
    return prefix.lower() != prefix.upper()
