from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

from jzfacts.base.errors import FactFileError
from jzfacts.base.factbase import check_file, entries, shipped_path
from jzfacts.search.loaded import load

from .conftest import DATA, unprivileged

INVALID = sorted((DATA / "invalid").glob("*.toml"))
VALID = sorted((DATA / "valid").glob("*.toml"))


def expectations(path: Path) -> List[str]:
    return [line[len("# expect: "):].rstrip("\n")
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.startswith("# expect: ")]


def test_shipped_base_is_valid() -> None:
    data, problems = check_file(shipped_path())
    assert problems == []
    assert data is not None and len(data["fact"]) == len(load(shipped_path()).facts)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_fixtures_load(path: Path) -> None:
    assert load(path).facts


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_fixture_reports_its_problems(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect:' line"
    with pytest.raises(FactFileError) as caught:
        load(path)
    messages = [str(problem) for problem in caught.value.problems]
    for expectation in expected:
        assert any(expectation in message for message in messages), (expectation, messages)
    assert all(message.startswith(str(path)) for message in messages)


def test_every_problem_is_reported_at_once() -> None:
    _, problems = check_file(DATA / "invalid" / "multiple.toml")
    assert len(problems) >= 4
    assert {problem.fact for problem in problems} == {"a.b", "#2"}


def write(tmp_path: Path, content: bytes, name: str = "facts.toml") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def only_problem(path: Path) -> str:
    _, problems = check_file(path)
    assert len(problems) == 1, problems
    return str(problems[0])


def test_missing_file(tmp_path: Path) -> None:
    assert only_problem(tmp_path / "nope.toml") == f"{tmp_path / 'nope.toml'}: no such file"


def test_directory(tmp_path: Path) -> None:
    assert only_problem(tmp_path).endswith("is a directory, not a fact file")


def test_unreadable(open_tmp_path: Path) -> None:
    """Runs as an ordinary user even under root (conftest.unprivileged): never skipped."""
    path = write(open_tmp_path, b"")
    path.chmod(0)
    assert unprivileged(lambda: only_problem(path)).endswith(
        "permission denied: cannot read the file")


def test_gbk_file_gets_a_conversion_hint(tmp_path: Path) -> None:
    text = (DATA / "valid" / "minimal.toml").read_text(encoding="utf-8")
    path = write(tmp_path, text.encode("gbk"))
    message = only_problem(path)
    assert "not UTF-8" in message and "GBK" in message and "iconv -f GB18030 -t UTF-8" in message


def test_binary_garbage(tmp_path: Path) -> None:
    path = write(tmp_path, bytes(range(256)) * 4)
    assert only_problem(path).endswith("binary data (NUL bytes): not a TOML fact file")


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    text = (DATA / "valid" / "minimal.toml").read_bytes()
    assert load(write(tmp_path, b"\xef\xbb\xbf" + text)).facts[0].id == "a.b"


def test_a_large_file_reports_every_problem(tmp_path: Path) -> None:
    fact = (DATA / "valid" / "minimal.toml").read_text(encoding="utf-8").split("[[fact]]")[1]
    bad = {index for index in range(5000) if index % 1000 == 0}
    body = "[[source]]\nid = \"s\"\ntitle = \"T\"\n" + "".join(
        "[[fact]]" + fact.replace('"a.b"', f'"f.n{index}"')
        .replace("value = 188", "value = 189" if index in bad else "value = 188")
        for index in range(5000))
    _, problems = check_file(write(tmp_path, body.encode()))
    assert sorted(problem.fact for problem in problems) == sorted(f"f.n{i}" for i in bad)
    assert all("does not state the value 189" in str(p) for p in problems)


def test_entries_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """--facts wins, then $JZFACTS_FACTS (entries separated by the path separator, empty
    ones skipped), then the shipped page."""
    import os

    monkeypatch.delenv("JZFACTS_FACTS", raising=False)
    assert entries(None) == ["@shipped"]
    monkeypatch.setenv("JZFACTS_FACTS", os.pathsep.join(["/a.toml", "", "/b"]) + os.pathsep)
    assert entries(None) == ["/a.toml", "/b"]
    assert entries(["/option.toml", "x"]) == ["/option.toml", "x"]


# ------------------------------------------------------------------ properties

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from jzfacts.base.factbase import build  # noqa: E402
from jzfacts.base.validate import validate  # noqa: E402

SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=12))
FIELD_NAMES = st.sampled_from(["id", "label", "label_en", "value", "unit", "approx", "period",
                               "category", "section", "quote", "source", "kind", "note",
                               "tags", "repeats", "extra"])
FACT = st.dictionaries(FIELD_NAMES, st.one_of(SCALARS, st.lists(SCALARS, max_size=3)),
                       max_size=16)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["fact", "source", "other"]),
                       st.one_of(SCALARS, st.lists(FACT, max_size=4),
                                 st.lists(st.dictionaries(st.text(max_size=5), SCALARS),
                                          max_size=3)),
                       max_size=3))
def test_validate_any_structure_reports_problems_or_builds(data: dict) -> None:  # type: ignore[type-arg]
    problems = validate(data, "generated.toml")
    if not problems:
        assert build(data, "generated.toml").facts
    for problem in problems:
        assert str(problem).startswith("generated.toml")


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow,
                                                   HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_any_bytes_give_a_fact_base_or_documented_problems(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "generated.toml"
    path.write_bytes(raw)
    try:
        base = load(path)
    except FactFileError as error:
        assert error.problems and all(str(p).startswith(str(path)) for p in error.problems)
    else:  # a file that loads is a valid fact base: facts whose quotes state their values
        from jzfacts.base.numerals import numbers_in
        from jzfacts.base.units import to_decimal

        assert base.facts
        assert all(to_decimal(fact.value) in numbers_in(fact.quote) for fact in base.facts)


@settings(max_examples=500, suppress_health_check=[HealthCheck.too_slow])
@given(FACT | st.fixed_dictionaries({
    "id": st.sampled_from(["a.b", "A", "a..b", "x-1.y"]),
    "label": st.sampled_from(["标签", " ", "\x1b"]), "label_en": st.just("L"),
    "value": st.one_of(st.integers(-3, 300), st.floats(allow_nan=True, allow_infinity=True),
                       st.booleans()),
    "unit": st.sampled_from(["家", "%", "pcs"]), "approx": st.sampled_from(["exact", "x"]),
    "category": st.sampled_from(["enterprises", "sport"]),
    "section": st.just("节"), "quote": st.sampled_from(["188家", "1.88", "十八", "0188", ""]),
    "source": st.sampled_from(["s", "t"]),
    "kind": st.sampled_from(["amount", "year", "ordinal", "rank"]),
    "period": st.sampled_from(["2022", "22", "2013–2022", "2022–2013", "2022-13",
                               "2023-02-29", "2024-02-29", ""]),
}))
def test_what_the_validator_passes_every_view_can_show(raw: dict) -> None:  # type: ignore[type-arg]
    from jzfacts.base.factbase import fact_from_raw
    from jzfacts.base.model import figure_span
    from jzfacts.base.numerals import numbers_in
    from jzfacts.base.periods import bounds
    from jzfacts.base.units import to_decimal
    from jzfacts.base.validate import Known, check_fact

    if not check_fact(raw, Known(["s"])):
        fact = fact_from_raw(raw)
        fact.to_dict(), fact.display_value(), fact.describe_en()
        assert figure_span(fact) is not None
        assert to_decimal(fact.value) in numbers_in(fact.quote)
        assert fact.period is None or bounds(fact.period) is not None


@pytest.mark.parametrize("fixture, line, expected", [
    ("not-fact-why", 6, "not_fact #1.why: missing"),
    ("unit-table", 6, "unit #1.dimension: missing"),
    ("source-empty-byline", 2, "source #1.byline: must not be empty (leave the key out "
                               "instead)"),
])
def test_a_problem_in_another_table_is_at_that_tables_line(fixture: str, line: int,
                                                           expected: str) -> None:
    """file:line: for a [[source]], [[not_fact]], [[unit]] or [[category]] as for a [[fact]]
    (the README promises file and line for every problem of a table)."""
    path = DATA / "invalid" / f"{fixture}.toml"
    _, problems = check_file(path)
    assert [str(problem) for problem in problems] == [f"{path}:{line}: {expected}"]


def test_tables_of_one_kind_are_told_apart_by_their_lines(tmp_path: Path) -> None:
    path = write(tmp_path, """[[source]]
id = "s"
title = "t"

[[ source ]]
id = "s"
title = "again"

[[fact]]
id = "a.b"
label = "高新技术企业"
label_en = "High-tech enterprises"
value = 188
unit = "家"
approx = "exact"
category = "enterprises"
section = "x"
quote = "高新技术企业188家"
source = "s"

[[not_fact]]
text = "2022年"
why = "a year"

[[not_fact]]
text = "1月12日"
why = "a date"
fact = "a.nope"
""".encode())
    _, problems = check_file(path)
    assert [str(problem) for problem in problems] == [
        f"{path}:5: source #2.id: duplicate source id 's'",
        f"{path}:25: not_fact #2.fact: 'a.nope' names no fact"]
