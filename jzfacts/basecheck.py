"""`jzfacts validate` over a base: every file checked on its own, then what only the files
together can break (an id in two files, a unit declared two ways), then each file against
its page where a [[source]] names the page (`file`) and the page stands beside the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Optional, Sequence

from .errors import FactFileError, Problem
from .files import FactFile


class FileCheck(NamedTuple):
    """What validate found in one file: its facts, problems and warnings, and the pages
    it was checked against."""

    name: str
    facts: int
    problems: List[Problem]
    warnings: List[Problem]
    pages: List[str]


def read_page(path: Path) -> str:
    """A page's text; a clear error where it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError as error:
        reason = "no such file" if isinstance(error, FileNotFoundError) else \
            f"cannot read: {error.strerror or error}"
        raise FactFileError([Problem(str(path), reason)]) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise FactFileError([Problem(str(path), f"not UTF-8 (byte {error.start}): convert "
                                     "the page with iconv -f GB18030 -t UTF-8")]) from None


def check_base(files: Sequence[FactFile], page: Optional[Path] = None) -> List[FileCheck]:
    """Each file's check, in base order; `page` (one file only) is the page to check it
    against instead of the ones its sources name."""
    from .factbase import base_problems, check_file, check_text, fact_lines_of

    checks: List[FileCheck] = []
    valid: List[Any] = []
    for file in files:
        if file.text is not None:
            data, problems = check_text(file.text, file.name)
        else:
            data, problems = check_file(file.path, file.name)
        count = len(data.get("fact", [])) if data and isinstance(data.get("fact"), list) \
            else 0
        pages: List[str] = []
        warnings: List[Problem] = []
        if data is not None and not problems:
            valid.append((len(checks), file, data))
            problems, pages = _pages(file, data, page)
            if not problems:
                from .validate import warnings as drafted

                warnings = drafted(data, file.name)
        checks.append(FileCheck(file.name, count, problems, warnings, pages))
    if len(valid) > 1:
        across = base_problems([(file.name, data) for _, file, data in valid],
                               [[raw["id"] for raw in data["fact"]] for _, _, data in valid],
                               [fact_lines_of(file) for _, file, _ in valid])
        numbers = {file.name: number for number, file, _ in valid}
        for problem in across:
            check = checks[numbers[problem.file]]
            check.problems.append(problem)
    return checks


def _pages(file: FactFile, data: Dict[str, Any], page: Optional[Path]
           ) -> tuple[List[Problem], List[str]]:
    """The file against its page(s): the one given, else each page a source names that
    stands beside the file. A file of several pages gives each page the facts of the
    sources that name it, and the [[not_fact]]s found on it."""
    from .factbase import build
    from .pagecheck import Page, check_page

    facts = build(data, file.name).facts
    not_facts = data.get("not_fact", [])
    if page is not None:
        return check_page(Page.read(str(page), read_page(page)), facts, not_facts), \
            [str(page)]
    if file.text is not None:
        return [], []
    named: Dict[str, List[str]] = {}
    for source in data.get("source", []):
        if source.get("file"):
            named.setdefault(source["file"], []).append(source["id"])
    found: List[Problem] = []
    checked: List[str] = []
    for page_name, sources in named.items():
        beside = file.path.parent / page_name
        if not beside.is_file():
            continue
        shown = str(Path(file.name).parent / page_name)
        text = Page.read(shown, read_page(beside))
        mine = [fact for fact in facts if fact.source in sources]
        on_page = not_facts if len(named) == 1 else \
            [raw for raw in not_facts if text.spans(raw["text"])]
        found.extend(check_page(text, mine, on_page))
        checked.append(shown)
    return found, checked
