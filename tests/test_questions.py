"""Questions as people ask them reach the right figure, and `ask` refuses what the page
does not say: the accuracy floors, measured on question sets written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, List, NamedTuple, Optional, Tuple

import pytest

from jzfacts.base.factbase import shipped_path
from jzfacts.cli.lookups import ask_answer
from jzfacts.search.loaded import load

from .conftest import DATA

BASE = load(shipped_path())


def questions(name: str) -> List[Tuple[str, str]]:
    """(question, fact id or '-') of a question set."""
    return [(question, want) for question, want, _ in classified(name)]


def classified(name: str) -> List[Tuple[str, str, str]]:
    """(question, fact id or '-', class) of a question set ('all' where it has none)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    return [(row[0], row[1], row[2] if len(row) > 2 else "all") for row in rows]


def accuracy(name: str) -> Tuple[float, float, float, float]:
    """(right fact first, in the top three, answered right by ask, unanswerable refused),
    each a share of its questions."""
    cases = questions(name)
    answerable = [(q, want) for q, want in cases if want != "-"]
    unanswerable = [q for q, want in cases if want == "-"]
    first = top3 = answered = 0
    for question, want in answerable:
        found = [hit.fact.id for hit in BASE.search(question, limit=3)]
        first += found[:1] == [want]
        top3 += want in found
        answer = ask_answer(BASE, question=[question]).result.answer
        answered += answer is not None and answer.id == want
    refused = sum(ask_answer(BASE, question=[q]).result.answer is None for q in unanswerable)
    return (first / len(answerable), top3 / len(answerable), answered / len(answerable),
            refused / len(unanswerable))


@pytest.mark.parametrize("name", ["questions.tsv", "questions-holdout.tsv",
                                  "questions-tune.tsv", "questions-tune-c.tsv"])
def test_question_sets_are_what_the_floors_need(name: str) -> None:
    cases = questions(name)
    ids = {fact.id for fact in BASE.facts}
    assert all(want in ids or want == "-" for _, want in cases)
    if name == "questions.tsv":
        assert sum(want != "-" for _, want in cases) >= 60
        assert sum(want == "-" for _, want in cases) >= 10
        # every fact is asked about, in Chinese, English and pinyin
        assert {want for _, want in cases} >= ids
        assert sum(question.isascii() for question, _ in cases) >= 20


@pytest.mark.parametrize("name", ["questions.tsv", "questions-holdout.tsv"])
def test_accuracy_floors(name: str) -> None:
    """The right fact first for ≥ 90 % of answerable questions, in the top three for
    ≥ 95 %; ≥ 90 % of unanswerable ones refused by ask (README "Asking questions")."""
    first, top3, _, refused = accuracy(name)
    assert first >= 0.90 and top3 >= 0.95 and refused >= 0.90, (first, top3, refused)


class Scores(NamedTuple):
    """How a class of questions fares: counts of answerable and unanswerable questions,
    the right fact first in search and in its top three, ask's right answers, refusals
    of the unanswerable, and confident wrong answers (a wrong fact, or any for '-')."""

    answerable: int = 0
    first: int = 0
    top3: int = 0
    right: int = 0
    unanswerable: int = 0
    refused: int = 0
    wrong: int = 0


def scores_by_class(name: str) -> Dict[str, Scores]:
    found: Dict[str, Scores] = {}
    for question, want, kind in classified(name):
        score = found.get(kind, Scores())
        answer = ask_answer(BASE, question=[question]).result.answer
        got = answer.id if answer is not None else None
        if want == "-":
            score = score._replace(unanswerable=score.unanswerable + 1,
                                   refused=score.refused + (got is None),
                                   wrong=score.wrong + (got is not None))
        else:
            hits = [hit.fact.id for hit in BASE.search(question, limit=3)]
            score = score._replace(answerable=score.answerable + 1,
                                   first=score.first + (hits[:1] == [want]),
                                   top3=score.top3 + (want in hits),
                                   right=score.right + (got == want),
                                   wrong=score.wrong + (got not in (None, want)))
        found[kind] = score
    return found


#: The tuning half of the third question set (tests/data/questions-tune.tsv, written from
#: the page by two writers who never saw the code; the other half is held out): per class,
#: the least share of answerable questions ask answers right and of unanswerable ones it
#: refuses. Measured when this was written: README "Asking questions".
TUNE_FLOORS = {"plain": (0.9, None), "forms": (0.9, None), "number": (0.95, 0.95),
               "qtype": (0.75, 0.95), "scope": (0.85, 0.95), "synonym": (0.6, None),
               "notgiven": (None, 0.95), "ambiguous": (None, 0.95)}
#: The fourth set (tests/data/questions-tune-c.tsv, by a writer who never saw the code; the
#: decision was fitted on half of it, scripts/fit_ask.py): each class's floor a little
#: under what it measured (README "Asking questions"), so that a change that costs a class
#: two or three questions fails.
TUNE_C_FLOORS = {"plain": (0.93, None), "forms": (0.88, None), "number": (0.75, None),
                 "qtype": (0.87, 0.5), "scope": (0.85, 0.93), "synonym": (0.75, None),
                 "notgiven": (None, 0.94), "ambiguous": (None, 0.9)}


@pytest.mark.parametrize("name, floors, overall", [
    # right, first, top three, refused, at most wrong
    ("questions-tune.tsv", TUNE_FLOORS, (0.95, 0.95, 0.97, 0.97, 1)),
    ("questions-tune-c.tsv", TUNE_C_FLOORS, (0.92, 0.95, 0.97, 0.95, 1)),
])
def test_tuning_sets_by_class(name: str, floors: Dict[str, Tuple[Optional[float],
                                                               Optional[float]]],
                              overall: Tuple[float, float, float, float, int]) -> None:
    """Every class of question the issue names, each at its floor; overall, the share of the
    answerable answered right, first in search and in its top three, the share of the
    unanswerable refused, and at most so many confident wrong answers."""
    found = scores_by_class(name)
    assert set(found) == set(floors)
    for kind, (right, refused) in floors.items():
        score = found[kind]
        if right is not None:
            assert score.right >= right * score.answerable, (kind, score)
        if refused is not None:
            assert score.refused >= refused * score.unanswerable, (kind, score)
    assert_overall(found, overall)


def assert_overall(found: Dict[str, Scores],
                   overall: Tuple[float, float, float, float, int]) -> None:
    """The set as a whole: right, first, top three and refused at least these shares, and
    at most so many confident wrong answers."""
    total = Scores(*(sum(column) for column in zip(*found.values())))
    right, first, top3, refused, wrong = overall
    assert total.right >= right * total.answerable, total
    assert total.first >= first * total.answerable, total
    assert total.top3 >= top3 * total.answerable, total
    assert total.refused >= refused * total.unanswerable, total
    assert total.wrong <= wrong, total


@pytest.mark.parametrize("name, overall", [
    # the sets once held out (README "Asking questions"): no class of them regresses unseen;
    # right, first, top three, refused, at most wrong, a little under what they measure now
    ("questions-heldout-a.tsv", (0.91, 0.93, 0.96, 0.95, 3)),
    ("questions-d.tsv", (0.93, 0.93, 0.96, 0.97, 1)),
    ("questions-e.tsv", (0.92, 0.94, 0.98, 0.94, 4)),
    ("questions-f.tsv", (0.9, 0.93, 0.98, 0.92, 5)),
    ("questions-g.tsv", (0.92, 0.96, 0.98, 0.9, 6)),
    ("questions-h.tsv", (0.84, 0.85, 0.97, 0.92, 6)),
    ("questions-i.tsv", (0.94, 0.95, 0.98, 0.95, 2)),
    ("questions-k.tsv", (0.9, 0.93, 0.96, 0.91, 4)),
    ("questions-l.tsv", (0.95, 0.94, 0.97, 0.95, 4)),
    ("questions-m.tsv", (0.94, 0.92, 0.96, 0.93, 3)),
    ("questions-n.tsv", (0.9, 0.93, 0.98, 0.97, 1)),
    ("questions-j.tsv", (0.92, 0.91, 0.98, 0.91, 5)),
    ("questions-o.tsv", (0.89, 0.91, 0.96, 0.93, 3)),
    ("questions-p.tsv", (0.86, 0.95, 0.97, 0.93, 4)),
    ("questions-q.tsv", (0.95, 0.94, 0.98, 0.91, 5)),
    ("questions-r.tsv", (0.94, 0.92, 0.98, 0.91, 4)),
    ("questions-s.tsv", (0.94, 0.96, 0.98, 0.93, 4)),
    ("questions-t.tsv", (0.9, 0.93, 0.98, 0.91, 4)),
    ("questions-u.tsv", (0.9, 0.92, 0.96, 0.93, 3)),
    # tuning sets of round 8 (studied, never held out): right 96.5 % and 93.8 % when added
    ("questions-w.tsv", (0.94, 0.92, 0.97, 0.95, 3)),
    ("questions-x.tsv", (0.91, 0.87, 0.97, 0.9, 4)),
    ("questions-y.tsv", (0.93, 0.94, 0.97, 0.92, 3)),
    # round 8's held-out check, measured once (README): a little under today's level
    ("questions-v.tsv", (0.88, 0.93, 0.98, 0.91, 4)),
    # tuning sets of round 9 (studied, never held out)
    ("questions-z1.tsv", (0.92, 0.96, 0.98, 0.95, 2)),
    ("questions-z3.tsv", (0.9, 0.84, 0.96, 0.97, 2)),
    ("questions-z5.tsv", (0.9, 0.92, 0.98, 0.93, 3)),
    ("questions-z6.tsv", (0.87, 0.96, 0.98, 0.95, 3)),
    ("questions-z7.tsv", (0.96, 0.97, 0.98, 0.97, 1)),
    # round 9's held-out checks, measured once on its final code (README)
    ("questions-z2.tsv", (0.82, 0.92, 0.97, 0.95, 3)),
    ("questions-z4.tsv", (0.9, 0.91, 0.98, 0.9, 6)),
    # tuning sets of round 10 (studied, never held out)
    ("questions-aa1.tsv", (0.89, 0.93, 0.98, 0.93, 3)),
    ("questions-aa2.tsv", (0.86, 0.94, 0.98, 0.97, 2)),
    # round 10's held-out checks, measured once on its final code (README)
    ("questions-aa3.tsv", (0.86, 0.94, 0.98, 0.93, 4)),
    ("questions-aa4.tsv", (0.86, 0.94, 0.97, 0.86, 6)),
    # tuning sets of round 11 (studied, never held out)
    ("questions-ab1.tsv", (0.92, 0.93, 0.97, 0.95, 2)),
    ("questions-ab2.tsv", (0.93, 0.89, 0.97, 0.95, 2)),
    ("questions-ac1.tsv", (0.95, 0.97, 0.98, 0.95, 2)),
    ("questions-ac2.tsv", (0.95, 0.94, 0.98, 0.95, 2)),
    ("questions-ad1.tsv", (0.93, 0.93, 0.98, 0.91, 4)),
    ("questions-ad2.tsv", (0.95, 0.92, 0.97, 0.93, 3)),
    # round 11's held-out checks, measured once on its final code (README)
    ("questions-ab3.tsv", (0.87, 0.94, 0.98, 0.95, 2)),
    ("questions-ab4.tsv", (0.93, 0.96, 0.98, 0.88, 5)),
    # tuning sets of round 12 (studied, never held out)
    ("questions-ae1.tsv", (0.96, 0.94, 0.98, 0.95, 2)),
    ("questions-ae2.tsv", (0.96, 0.96, 0.98, 0.95, 2)),
    ("questions-af1.tsv", (0.95, 0.95, 0.98, 0.91, 4)),
    ("questions-af2.tsv", (0.97, 0.94, 0.98, 0.95, 2)),
    ("questions-ag1.tsv", (0.94, 0.96, 0.98, 0.91, 4)),
    ("questions-ag2.tsv", (0.95, 0.94, 0.98, 0.93, 3)),
    # round 12's held-out checks, measured once on its final code (README)
    ("questions-ae3.tsv", (0.93, 0.94, 0.98, 0.95, 2)),
    ("questions-ae4.tsv", (0.9, 0.95, 0.98, 0.97, 1)),
    # tuning sets of round 13 (studied, never held out)
    ("questions-ah1.tsv", (0.92, 0.91, 0.98, 0.97, 2)),
    ("questions-ai1.tsv", (0.93, 0.97, 0.98, 0.95, 2)),
    # round 13's first held-out check, measured once on the code it was written against
    # (README), and studied since
    ("questions-ah2.tsv", (0.88, 0.88, 0.97, 0.97, 2)),
    # round 13's second held-out check, measured once on its final code (README), and
    # studied since
    ("questions-ai2.tsv", (0.92, 0.91, 0.98, 0.93, 3)),
    # tuning set of round 14 (studied, never held out)
    ("questions-aj1.tsv", (0.93, 0.92, 0.98, 0.95, 2)),
    # round 14's held-out check, measured once on the round's first code and once on its
    # final code (README), and studied since
    ("questions-aj2.tsv", (0.95, 0.95, 0.98, 0.97, 1)),
    # round 14's second held-out check, measured once on its final code and once, for
    # comparison, on its first (README)
    ("questions-ak2.tsv", (0.93, 0.94, 0.98, 0.97, 2)),
    # tuning set of round 15 (studied, never held out)
    ("questions-al1.tsv", (0.95, 0.96, 0.98, 0.95, 2)),
    # round 15's held-out check, measured once on the round's first code and once on its
    # final code (README), and studied since
    ("questions-al2.tsv", (0.93, 0.94, 0.98, 0.93, 3)),
    # round 15's second held-out check, written at its end and measured once on the code of
    # that moment (83.8 % right: README), and studied since
    ("questions-am2.tsv", (0.86, 0.92, 0.98, 0.95, 2)),
    # tuning set of round 16 (stories, claims to check, remarks about the speaker's place),
    # measured at the round's start (77.2 % right: README), and studied
    ("questions-an1.tsv", (0.84, 0.9, 0.97, 0.97, 1)),
    # round 16's first held-out check, measured on the round's first code and once later
    # (84.2 % right both times: README), and studied since
    ("questions-an2.tsv", (0.87, 0.95, 0.98, 0.93, 2)),
    # second tuning set of round 16 (mixed styles), measured on the code of its arrival
    # (89.6 % right), and studied
    ("questions-ao1.tsv", (0.9, 0.93, 0.98, 0.97, 1)),
    # round 16's final held-out check, measured on the round's first code (90.4 % right),
    # its middle (91.3 %) and its final code (92.2 %: README); not studied
    ("questions-ao2.tsv", (0.9, 0.95, 0.98, 0.93, 2)),
    # tuning set of round 17, measured on its arrival (89.6 % right), and studied
    ("questions-ap1.tsv", (0.96, 0.93, 0.98, 0.95, 1)),
    # round 17's first held-out check, measured on the round's first code, its middle and its
    # end (94.8 % right, 91.1 % refused, 4 wrong each time: README), and studied since
    ("questions-ap2.tsv", (0.94, 0.96, 0.98, 0.93, 3)),
    # round 17's tuning set of mostly near misses (100 of 160 unanswerable), measured on its
    # arrival (90.0 % right, 6 wrong), and studied
    ("questions-aq1.tsv", (0.91, 0.93, 0.98, 0.96, 2)),
    # round 17's second held-out check of that kind, measured on the round's first code and
    # its end (83.3 % right, 6 wrong both times: README), and studied since
    ("questions-aq2.tsv", (0.85, 0.95, 0.98, 0.93, 5)),
    # round 17's last check, written after its last rule and measured once on its final code
    # (93.1 % right, 95.5 % refused, 2 wrong: README); not studied
    ("questions-ar2.tsv", (0.92, 0.95, 0.98, 0.93, 2)),
    # tuning set of round 18 (one voice mixes Spanish into English), measured on its arrival
    # (80.0 % right, 3 wrong), and studied
    ("questions-as1.tsv", (0.82, 0.92, 0.98, 0.95, 3)),
    # round 18's held-out check, measured on the round's first code (90.4 % right, 100 %
    # refused, none wrong) and its final code (91.3 %: README); not studied
    ("questions-as2.tsv", (0.91, 0.94, 0.98, 0.97, 0)),
    # tuning set of round 19 (a voice mixes French into English; texting shorthand),
    # measured on its arrival (79.8 % right, 4 wrong), and studied
    ("questions-at1.tsv", (0.84, 0.86, 0.97, 0.93, 3)),
    # round 19's held-out check, measured on the round's first code (91.3 % right, 3 wrong)
    # and its final code (92.2 %, 2 wrong: README); not studied
    ("questions-at2.tsv", (0.91, 0.96, 0.97, 0.97, 2)),
    # tuning set of round 20, measured on its arrival (88.7 % right, 4 wrong), and studied
    ("questions-au1.tsv", (0.93, 0.98, 0.99, 0.95, 3)),
    # round 20's held-out check, measured on the round's first code (84.2 % right, 93.5 %
    # refused, 4 wrong) and its final code (84.2 %, 95.7 %, 3: README); not studied
    ("questions-au2.tsv", (0.83, 0.94, 0.99, 0.95, 3)),
    # tuning set of round 23 (Spanish, pasted lines), measured on its arrival (78.3 % right,
    # 1 wrong), and studied
    ("questions-ay1.tsv", (0.95, 0.90, 0.98, 0.97, 1)),
    # round 23's held-out check, measured on the round's first code and again after the
    # tuning set's rules (78.3 % right both times, 93.3 % refused, 4 wrong: README), then
    # studied (82.6 %, 95.6 %, 3)
    ("questions-ay2.tsv", (0.82, 0.87, 0.97, 0.95, 3)),
    # tuning set of round 24 (chatbot prompts, Korean with hanja, Russian in Latin letters,
    # French), measured on its arrival (80.0 % right, 2 wrong), and studied
    ("questions-az1.tsv", (0.86, 0.92, 0.98, 0.99, 0)),
    # round 24's held-out check, measured on the round's first code (86.4 % right, 2 wrong)
    # and after the tuning set's rules (87.3 %, 2: README), then studied (94.1 %, 1)
    ("questions-az2.tsv", (0.93, 0.93, 0.99, 0.97, 1)),
    # round 24's last check, held back to the round's last rule and measured on it (80.9 %
    # right, 2 wrong, as on the round's first code: README), then studied (84.3 %, 1)
    ("questions-az3.tsv", (0.83, 0.87, 0.97, 0.99, 1)),
    # tuning set of round 25 (Hinglish, a Tagalog particle, a port of another city),
    # measured on its arrival (86.1 % right, 1 wrong), and studied (94.8 %, 0)
    ("questions-ba1.tsv", (0.93, 0.93, 0.98, 0.97, 1)),
    # round 25's held-out check, measured on the round's first code (88.7 % right, 1 wrong)
    # and after the tuning set's rules (89.6 %, 1: README), then studied (92.2 %, 0)
    ("questions-ba2.tsv", (0.91, 0.92, 0.97, 0.97, 1)),
    # round 25's last checks, held back to 27ac0c8 and measured on it (73.7 % right, 1
    # wrong; 87.7 %, 3 wrong: README), then studied (91.2 %, 1; 90.4 %, 1)
    ("questions-ba3.tsv", (0.90, 0.98, 0.99, 0.95, 1)),
    ("questions-ba4.tsv", (0.89, 0.91, 0.99, 0.95, 1)),
    # tuning set of round 26 (Konglish, Japanese kana, Cantonese), measured on its arrival
    # (84.3 % right, 2 wrong), and studied (93.9 %, 0)
    ("questions-bb1.tsv", (0.93, 0.90, 0.98, 0.97, 1)),
    # round 26's held-out check, measured on the round's first code and after the tuning
    # set's rules (86.1 % right, 0 wrong both times: README), then studied (91.3 %, 0)
    ("questions-bb2.tsv", (0.90, 0.91, 0.99, 0.97, 1)),
    # round 26's last checks, held back to 73f3d0a and measured on it (91.3 % right, 5
    # wrong; 90.4 %, 2 wrong: README), then studied (95.7 %, 2; 93.0 %, 0)
    ("questions-bb3.tsv", (0.94, 0.92, 0.99, 0.93, 2)),
    ("questions-bb4.tsv", (0.92, 0.94, 0.99, 0.97, 1)),
    # round 27's tuning sets (English without Chinese, Indonesian, Scots; analysts and
    # fact-checkers), measured on arrival (75.7 and 83.5 % right), and studied
    ("questions-bc2.tsv", (0.86, 0.90, 0.97, 0.97, 1)),
    ("questions-bc4.tsv", (0.91, 0.91, 0.99, 0.93, 2)),
    # round 27's held-out checks, measured on the round's first code and after the tuning
    # sets' rules (92.2 % and 88.6 % right: README), then studied
    ("questions-bc1.tsv", (0.96, 0.91, 0.97, 0.97, 1)),
    ("questions-bc3.tsv", (0.93, 0.93, 0.99, 0.97, 1)),
    # round 27's last checks, held back to 5e706a5 and measured on it (74.8 % right, 5
    # wrong; 79.8 %, 3 wrong: README), then studied
    ("questions-bd1.tsv", (0.86, 0.90, 0.97, 0.93, 2)),
    ("questions-bd2.tsv", (0.82, 0.85, 0.96, 0.95, 1)),
    # round 28's tuning set (a rival port's analyst, officialese, a Russian trader's pinyin),
    # measured on arrival (79.8 % right, 5 wrong), and studied
    ("questions-be2.tsv", (0.85, 0.86, 0.97, 0.93, 2)),
    # round 28's held-out check, measured on the round's first code and after the tuning
    # set's rules (87.8 and 88.7 % right: README), then studied
    ("questions-be1.tsv", (0.88, 0.94, 0.98, 0.97, 1)),
    # round 28's last sets, held back to 53452d0 and measured on it (BF2, 87.8 % right, 3
    # wrong; BF1, steered to the round's classes, 83.6 %, 1: README), then studied
    ("questions-bf2.tsv", (0.88, 0.90, 0.98, 0.95, 1)),
    ("questions-bf1.tsv", (0.82, 0.85, 0.98, 0.97, 1)),
    # round 29's tuning set (a cook's chatter, a cork exporter's emails, run-on pinyin),
    # measured on arrival (89.7 % right, 0 wrong), and studied
    ("questions-bg1.tsv", (0.96, 0.93, 0.98, 0.97, 1)),
    # round 29's held-out check, measured on the round's first code and after the tuning
    # set's rules (91.3 % right both times: README), then studied
    ("questions-bg2.tsv", (0.91, 0.93, 0.98, 0.95, 2)),
    # round 29's last sets, held back to the tuning set's last rule and measured on it
    # (BH1 87.7 % right, 0 wrong; BH2 85.2 %, 3 wrong: README), then studied
    ("questions-bh1.tsv", (0.88, 0.93, 0.97, 0.97, 1)),
    ("questions-bh2.tsv", (0.85, 0.94, 0.97, 0.95, 2)),
    # round 30's tuning set (a bathhouse masseur's gossip, hyphenated pinyin, Taiwan's
    # particles), measured on arrival (83.5 % right, 1 wrong), and studied
    ("questions-bi1.tsv", (0.92, 0.94, 0.98, 0.97, 1)),
    # round 30's held-out check (87.0 % on the round's first code, 87.8 % after the
    # tuning set's rules: README), then studied
    ("questions-bi2.tsv", (0.90, 0.94, 0.98, 0.97, 1)),
    # round 30's sets held back to the tuning set's rules (BJ1 89.6 % right, 4 wrong; BJ2
    # 84.5 %, 3 wrong: README), then studied (Shanghainese, the northwest's words)
    ("questions-bj1.tsv", (0.94, 0.95, 0.98, 0.97, 1)),
    ("questions-bj2.tsv", (0.89, 0.93, 0.97, 0.97, 1)),
    # round 30's last sets, written when its code was final and measured on it before
    # anyone read them (BK1 88.7 % right, 6 wrong; BK2 95.7 %, 0: README), then studied
    ("questions-bk1.tsv", (0.91, 0.94, 0.98, 0.96, 1)),
    ("questions-bk2.tsv", (0.96, 0.92, 0.98, 0.97, 1)),
    # round 31's tuning sets, taken in turn, the lowest first (BL2 77.4 %, BM1 82.6 %, BM2
    # 87.7 %, BO1 80.0 % right on the round's first code: README), then studied
    ("questions-bl2.tsv", (0.87, 0.93, 0.96, 0.97, 1)),
    ("questions-bm1.tsv", (0.92, 0.94, 0.98, 0.97, 1)),
    ("questions-bm2.tsv", (0.92, 0.93, 0.98, 0.97, 1)),
    ("questions-bo1.tsv", (0.88, 0.95, 0.98, 0.97, 2)),
    # round 31's held-out checks, never read: BL1 (93.0 % all round), BO2 (held out from
    # BO1's rules), BN1 and BN2 (written during the round, first scored on its final code)
    ("questions-bl1.tsv", (0.92, 0.98, 0.98, 0.95, 2)),
    ("questions-bo2.tsv", (0.91, 0.97, 0.98, 0.97, 2)),
    ("questions-bn1.tsv", (0.90, 0.93, 0.98, 0.95, 3)),
    ("questions-bn2.tsv", (0.87, 0.94, 0.98, 0.97, 1)),
    # round 32's tuning set (BP1: 84.3 % right on the round's first code: README), studied
    ("questions-bp1.tsv", (0.94, 0.95, 0.98, 0.95, 2)),
    # round 32's held-out checks, never read: BP2 (written with BP1), BQ1 and BQ2 (written
    # with them, scored on the round's first code and its final one only)
    # (BP2 and BQ1 then studied, in round 33, with BR2: 91.2 %, 93.9 %, 93.0 % right)
    ("questions-bp2.tsv", (0.91, 0.95, 0.98, 0.97, 1)),
    ("questions-bq1.tsv", (0.93, 0.92, 0.98, 0.97, 1)),
    ("questions-bq2.tsv", (0.90, 0.98, 0.99, 0.97, 1)),
    # round 32's last sets, written after its rules with every voice before them listed
    # (the Tongyong and Shetland ones too), measured on the round's first and final code
    # only: unchanged (BR1 87.0 %, 3 wrong; BR2 88.7 %, 0: README)
    ("questions-br1.tsv", (0.88, 0.97, 0.99, 0.95, 2)),
    ("questions-br2.tsv", (0.92, 0.98, 0.99, 0.97, 1)),
    # round 33's tuning set (BT2: 89.6 % right on the round's first code: README), studied
    ("questions-bt2.tsv", (0.95, 0.97, 0.99, 0.97, 1)),
    # round 33's held-out checks, never read: BT1 (written with BT2), BS1 and BS2, scored on
    # the round's first code and its final one only
    ("questions-bt1.tsv", (0.92, 0.93, 0.99, 0.95, 2)),
    ("questions-bs1.tsv", (0.87, 0.96, 0.99, 0.97, 0)),
    ("questions-bs2.tsv", (0.88, 0.98, 0.99, 0.97, 1)),
    # (BT1, BS1, BS2 and round 32's BQ2 and BR1 then studied, in round 34: 91.3 %, 87.8 %,
    # 88.7 %, 90.4 %, 88.7 % right; 2, 0, 0, 1, 2 wrong)
    # round 34's tuning sets, the lower of each pair (BU2 94.8 %, 3 wrong; BV2 81.7 %, 2
    # wrong on the round's first code: README), studied
    ("questions-bu2.tsv", (0.96, 0.97, 0.99, 0.95, 2)),
    ("questions-bv2.tsv", (0.86, 0.93, 0.99, 0.97, 1)),
    # round 34's held-out checks, never read: BU1 (ordinary readers, written with BU2) and
    # BV1 (written with BV2), scored on the round's first code and its final one only
    ("questions-bu1.tsv", (0.97, 0.98, 0.99, 0.97, 0)),
    ("questions-bv1.tsv", (0.90, 0.93, 0.99, 0.95, 3)),
    # (BU1 and BV1 then studied, in round 35, with BU2 and BV2: 97.4 %, 90.4 %, 96.5 %,
    # 87.0 % right)
    # round 35's tuning sets, the lower of each pair (BW1, ordinary readers, 86.0 %, 2 wrong;
    # BX1, new voices, 80.0 %, 1 wrong on the round's first code: README), studied
    ("questions-bw1.tsv", (0.90, 0.96, 0.99, 0.97, 1)),
    ("questions-bx1.tsv", (0.82, 0.91, 0.93, 0.97, 1)),
    # round 35's held-out checks, never read: BW2 (ordinary readers, written with BW1) and
    # BX2 (written with BX1), scored on the round's first code and its final one only (then
    # the one answer BW2 lost read, and its class mended: README)
    ("questions-bw2.tsv", (0.92, 0.93, 0.99, 0.97, 2)),
    ("questions-bx2.tsv", (0.87, 0.97, 0.99, 0.97, 0)),
])
def test_once_held_out_sets_keep_their_level(name: str,
                                             overall: Tuple[float, float, float, float, int]
                                             ) -> None:
    assert_overall(scores_by_class(name), overall)


@pytest.mark.parametrize("name", ["questions.tsv", "questions-holdout.tsv"])
def test_ask_answers_most_answerable_questions(name: str) -> None:
    """ask may refuse where unsure, but not often: it answers 95 % of the answerable ones
    right (the rest it refuses, naming the closest facts), and never a wrong one."""
    assert accuracy(name)[2] >= 0.95
    assert sum(score.wrong for score in scores_by_class(name).values()) == 0


@pytest.mark.parametrize("question, first_line, second_line", [
    ("锦州现在有几家高新技术企业？", "高新技术企业：188家（2023-01）",
     "  “高新技术企业188家” — 牢牢把握“创新主体培育这个关键”"),
    ("how many gazelle companies are there", "Gazelle (fast-growing) enterprises "
     "cultivated: 26 organisations (2023-01)", "  瞪羚企业: “瞪羚企业26家” — "
     "牢牢把握“创新主体培育这个关键”"),
    ("企业参加了多少场对接活动", "企业参加的科技成果对接活动：超过20场",
     "  “组织企业参加各类科技成果对接活动20余场” — 牢牢把握“科技创新成果转化这个重点”"),
    # an ordinal as the page says one (第7批), a year once, an amount's thousands grouped
    ("锦州是第几批全程机械化示范市", "全程机械化示范县(市)区名单批次：第7批（2023-01）", None),
    ("义县哪年认定为示范县", "义县获认定全程机械化示范县的年份：2020年", None),
    ("中谷福州载箱量多少", "“中谷福州”轮载箱量：4,636标准箱（2023-01）", None),
])
def test_ask_prints_one_line_and_the_page_s_words(run, question: str, first_line: str,  # type: ignore[no-untyped-def]
                                                   second_line: Optional[str]) -> None:
    result = run("ask", question, facts=None)
    assert (result.exit_code, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0] == first_line and len(lines) == 2
    assert second_line is None or lines[1] == second_line


def test_ask_json(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ask", "瞪羚企业有几家", "--json", facts=None)
    document = json.loads(result.stdout)
    assert result.exit_code == 0
    assert set(document) == {"question", "answer", "confidence", "alternatives"}
    assert document["question"] == "瞪羚企业有几家"
    assert document["answer"]["id"] == "enterprises.gazelle"
    assert document["answer"]["quote"] == "瞪羚企业26家"
    assert 0.75 <= document["confidence"] <= 1  # decide.ANSWER
    assert all(isinstance(fact["id"], str) for fact in document["alternatives"])


@pytest.mark.parametrize("question, named", [
    ("锦州有多少人口", "closest: "),
    ("沈阳有多少家高新技术企业？", "no figure on the page mentions 沈阳"),
    ("how many tourists visited Jinzhou", "the page does not say"),
])
def test_ask_refuses_what_the_page_does_not_say(run, question: str, named: str) -> None:  # type: ignore[no-untyped-def]
    result = run("ask", question, "--json", facts=None)
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["answer"] is None and len(document["alternatives"]) <= 3
    assert result.stderr.startswith(f"jzfacts: the page does not say: '{question}'")
    assert named in result.stderr and result.stderr.count("\n") == 1
    plain = run("ask", question, facts=None)
    assert (plain.exit_code, plain.stdout) == (1, "")


def test_ask_in_batch(run) -> None:  # type: ignore[no-untyped-def]
    result = run("batch", input="ask 瞪羚企业有几家\nask 锦州有多少人口\n", facts=None)
    replies = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert replies[0]["ok"] and replies[0]["result"]["answer"]["id"] == "enterprises.gazelle"
    assert not replies[1]["ok"] and replies[1]["code"] == 1
    assert replies[1]["error"].startswith("the page does not say")


def test_questions_read_the_same_through_the_index(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from jzfacts.search import store

    monkeypatch.setattr(store, "LARGE_FILE", 0)
    path = tmp_path / "facts.toml"
    shutil.copy(shipped_path(), path)
    indexed = store.open_base(path)
    asked = questions("questions.tsv")[:40] + questions("questions-tune.tsv") + \
        questions("questions-tune-c.tsv")
    for question, _ in asked:
        plain = ask_answer(BASE, question=[question])
        through = ask_answer(indexed, question=[question])
        assert (through.result.answer, through.result.confidence, through.nothing) == (
            plain.result.answer, plain.result.confidence, plain.nothing), question
