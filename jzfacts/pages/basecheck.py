"""`jzfacts validate` over a base: every file checked on its own, then what only the files
together can break (an id in two files, a unit declared two ways), then each file against
its page where a [[source]] names the page (`file`) and the page stands beside the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterator, List, NamedTuple, Optional, Sequence, Tuple

from ..base.errors import FactFileError, Problem, escaped
from ..base.files import FactFile


class FileCheck(NamedTuple):
    """What validate found in one file: its facts, problems and warnings, and the pages
    it was checked against."""

    name: str
    facts: int
    problems: List[Problem]
    warnings: List[Problem]
    pages: List[str]


STDIN_NAME = "<stdin>"


def page_field(name: str) -> str:
    """A page's file name as a [[source]]'s `file` writes it (TOML is UTF-8 text): what it
    cannot hold as \\xNN (errors.escaped: the byte, or the character's code, line breaks and
    tabs too), which page_on_disk reads back."""
    return escaped(name, keep="")


def page_on_disk(folder: Path, field: str) -> Optional[Path]:
    """The page a `file` field names beside its fact file: as written, else with its \\xNN
    read back (page_field: a character, or for 80-FF a byte of a name that is no UTF-8);
    None where none is there."""
    import functools
    import re

    candidates = [field]
    if "\\x" in field:
        def read_back(found: Any, high: int) -> str:
            code = int(found.group(1), 16)
            return chr(code + high if code >= 0x80 else code)

        for high in (0, 0xDC00):  # (\\x85: the control character, or the byte)
            candidates.append(re.sub(r"\\x([0-9a-f]{2})",
                                     functools.partial(read_back, high=high), field))
    return next((folder / name for name in candidates if (folder / name).is_file()), None)


def read_page(path: str) -> str:
    """A page's text (- reads standard input); a clear error where it cannot be read."""
    name = STDIN_NAME if path == "-" else path
    if path == "-":
        import sys

        buffer = getattr(sys.stdin, "buffer", None)
        data = buffer.read() if buffer is not None else sys.stdin.read().encode("utf-8")
    else:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            reason = "no such file" if isinstance(error, FileNotFoundError) else \
                "is a directory" if isinstance(error, IsADirectoryError) else \
                f"cannot read: {error.strerror or error}"
            raise FactFileError([Problem(path, reason)]) from None
    if b"\x00" in data:  # (an image, a program, a UTF-16 text: as fact files are told)
        raise FactFileError([Problem(name, "binary data (NUL bytes), not a text page: save "
                                     "the article as UTF-8 text")])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FactFileError([Problem(name, f"not UTF-8 (byte {error.start}): convert "
                                     "the page with iconv -f GB18030 -t UTF-8")]) from None


def check_base(files: Sequence[FactFile], page: Optional[str] = None) -> List[FileCheck]:
    """Each file's check, in base order; `page` (one file only; - is standard input) is the
    page to check it against instead of the ones its sources name."""
    from ..base.factbase import base_problems, check_file, check_text, fact_lines_of

    checks: List[FileCheck] = []
    valid: List[Any] = []
    for file in files:
        if file.text is not None:
            data, problems = check_text(file.text, file.name)
        else:
            data, problems = check_file(file.path, file.name)
        count = len(data.get("fact", [])) if data and isinstance(data.get("fact"), list) \
            else 0
        if data is not None and not problems:
            valid.append((len(checks), file, data))
        checks.append(FileCheck(file.name, count, list(problems), [], []))
    if len(valid) > 1:
        across = base_problems([(file.name, data) for _, file, data in valid],
                               [[raw["id"] for raw in data["fact"]] for _, _, data in valid],
                               [fact_lines_of(file) for _, file, _ in valid])
        numbers = {file.name: number for number, file, _ in valid}
        for problem in across:
            checks[numbers[problem.file]].problems.append(problem)
    for number, problems, page_name in _pages(valid, page):
        checks[number].problems.extend(problems)
        if page_name:
            checks[number].pages.append(page_name)
    from ..base.validate import warnings as drafted

    for number, file, data in valid:
        if not checks[number].problems:  # each at its fact's line
            checks[number].warnings.extend(drafted(data, file.name, _text_of(file)))
    return checks


def _places(file: FactFile, data: Any) -> Tuple[Dict[str, Any], List[Any]]:
    """Where each fact (by id) and each [[not_fact]] (in order) of a valid file stands in
    it, for the problems a page finds with them (file:line:, as every problem is)."""
    from ..base.validate import table_line_of
    from .pagecheck import Place

    line_of = table_line_of(_text_of(file), data)  # (None where a header is in a string)
    raw_facts, not_facts = data.get("fact", []), data.get("not_fact", [])
    return ({raw["id"]: Place(file.name, line_of("fact", number))
             for number, raw in enumerate(raw_facts, 1)},
            [Place(file.name, line_of("not_fact", index), index)
             for index in range(1, len(not_facts) + 1)])


def _text_of(file: FactFile) -> str:
    """A fact file's text again, for the lines of warnings (read only where one is)."""
    if file.text is not None:
        return file.text
    try:
        return file.path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return ""


def _pages(valid: Sequence[Any], page: Optional[str]
           ) -> Iterator[Tuple[int, List[Problem], Optional[str]]]:
    """(file number, problems, page checked) of the files against their pages: the page
    given, else each page a source names that stands beside its file. The facts of every
    file whose sources name one page are checked against it together (several articles'
    files may share a page), with those files' [[not_fact]]s that are on it."""
    from ..base.factbase import build
    from .pagecheck import Page, check_page

    if page is not None:
        name = STDIN_NAME if page == "-" else page
        text = Page.read(name, read_page(page)) if valid else None  # (read once: - is stdin)
        for number, file, data in valid:
            assert text is not None
            facts_at, not_facts_at = _places(file, data)
            yield number, check_page(text, build(data, file.name).facts,
                                     data.get("not_fact", []), facts_at=facts_at,
                                     not_facts_at=not_facts_at), name
        return
    groups: Dict[Path, List[Tuple[int, List[Any], List[Any], str, int, Any]]] = {}
    for number, file, data in valid:
        if file.text is not None:
            continue
        named: Dict[str, List[str]] = {}
        for source in data.get("source", []):
            if source.get("file"):
                named.setdefault(source["file"], []).append(source["id"])
        facts = build(data, file.name).facts
        found = {page_name: (beside, sources) for page_name, sources in named.items()
                 if (beside := page_on_disk(file.path.parent, page_name)) is not None}
        places = _places(file, data) if found else None
        for page_name, (beside, sources) in found.items():
            mine = [fact for fact in facts if fact.source in sources]
            shown = str(Path(file.name).parent / page_name)
            groups.setdefault(beside.resolve(), []).append(
                (number, mine, data.get("not_fact", []), shown, len(found), places))
    for beside, members in groups.items():
        text = Page.read(members[0][3], read_page(str(beside)))
        page_facts = [fact for member in members for fact in member[1]]
        # a file of one page: its [[not_fact]]s are that page's; else those found on it
        kept = [(raw, at) for member in members
                for raw, at in zip(member[2], member[5][1])
                if member[4] == 1 or text.spans(raw["text"])]
        facts_at = {fact_id: at for member in reversed(members)
                    for fact_id, at in member[5][0].items()}
        problems = check_page(text, page_facts, [raw for raw, _ in kept], facts_at=facts_at,
                              not_facts_at=[at for _, at in kept])
        for index, member in enumerate(members):  # the page's problems are told once
            yield member[0], problems if index == 0 else [], None if problems else member[3]
