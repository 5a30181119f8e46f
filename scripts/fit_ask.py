"""Fit the decision `ask` makes (jzfacts/search/decide.py): answer with the best candidate, or
refuse. Development-time tool; no dependency beyond jzfacts (Newton's method on a logistic
regression of a few features needs no numpy).

    python scripts/fit_ask.py              # fit on the tuning part, report the part held aside
    python scripts/fit_ask.py --ablate     # … and what leaving out (or adding) a feature does
    python scripts/fit_ask.py --all        # fit on every labelled question
    python scripts/fit_ask.py --write      # … and write the weights into jzfacts/decide.py

Examples. Every labelled question of tests/data whose best candidate ask judges (one
fitting, in scope, not tied: the rules refuse the rest) is an example: its features
(decide.Features) and whether that candidate is the right fact. The rules leave few wrong
candidates to learn from, so each answerable question of the fitting part also gives one
made-up example of a question the page does not answer: the same question asked of the
base without its fact (so its words only that fact had are words the page lacks), whose
best candidate is wrong by construction. These weigh AUGMENTED each, chosen with the L2
strength by cross-validation.

Choosing. Ten folds, five shuffles, over the real examples of the fitting part (a made-up
example goes with its question's fold and is never scored): the cost of a fold is three
per wrong answer and one per refusal of the right candidate, at the threshold that cost
fixes (decide.ANSWER = 3 / (3 + 1)). The part held aside is the odd rows of each class of
questions-d.tsv (the fifth set): nothing is fitted or chosen on it unless --all is given."""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
from pathlib import Path
from typing import Any, Dict, List, NamedTuple, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jzfacts.base.factbase import shipped_path  # noqa: E402
from jzfacts.search import decide  # noqa: E402
from jzfacts.search.ask import consider  # noqa: E402
from jzfacts.search.loaded import SearchableBase, load  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = ("questions.tsv", "questions-holdout.tsv", "questions-tune.tsv",
        "questions-tune-c.tsv", "questions-heldout-a.tsv", "questions-d.tsv")
HELD_ASIDE = "questions-d.tsv"
WRONG_COST = 3.0
PENALTIES = (0.01, 0.03, 0.1, 0.3, 1.0)
AUGMENTED = (0.0, 0.1, 0.3, 1.0)
#: Features computed but left out of the decision (weight 0): adding each raised the
#: cross-validated cost (--ablate), or (unmatched: a number of the question that is not
#: the candidate's value) the examples hold almost none to fit it on.
LEFT_OUT = ("guessed", "margin", "typed", "unmatched", "head")


class Example(NamedTuple):
    features: Tuple[float, ...]
    right: int
    question: int       # which question it comes from (its fold)
    made_up: bool       # asked of the base without its fact


def rows(name: str) -> List[Tuple[str, str, str, bool]]:
    """(question, fact id or '-', class, held aside) of a question set."""
    found = []
    seen: Dict[str, int] = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        kind = fields[2] if len(fields) > 2 else "all"
        count = seen.get(kind, 0)
        seen[kind] = count + 1
        found.append((fields[0], fields[1], kind, name == HELD_ASIDE and count % 2 == 1))
    return found


def example(base: Any, question: str, want: str, number: int, made_up: bool) -> List[Example]:
    considered = consider(base, question)
    if considered.features is None or considered.tied:
        return []  # refused by rule: nothing to decide
    right = int(considered.eligible[0].hit.fact.id == want)
    return [Example(tuple(considered.features), right, number, made_up)]


def examples(base: Any) -> Tuple[List[Example], List[Example]]:
    """(fitting examples with the made-up ones, held-aside examples)."""
    fitting: List[Example] = []
    aside: List[Example] = []
    number = 0
    for name in SETS:
        for question, want, _, held in rows(name):
            number += 1
            found = example(base, question, want, number, False)
            if held:
                aside += found
                continue
            fitting += found
            if want != "-":
                without = SearchableBase(base.names, tuple(fact for fact in base.facts
                                                     if fact.id != want), base.sources)
                fitting += example(without, question, want, number, True)
    return fitting, aside


def fit(data: Sequence[Example], penalty: float, augmented: float) -> List[float]:
    """Logistic regression by Newton's method, L2 on the weights (not the intercept); a
    made-up example weighs `augmented`."""
    width = len(data[0].features) + 1
    weights = [0.0] * width
    for _ in range(50):
        gradient = [0.0] * width
        hessian = [[0.0] * width for _ in range(width)]
        for item in data:
            share = augmented if item.made_up else 1.0
            if not share:
                continue
            x = (1.0, *item.features)
            p = _sigmoid(sum(w * v for w, v in zip(weights, x)))
            for i in range(width):
                gradient[i] += share * (p - item.right) * x[i]
                for j in range(width):
                    hessian[i][j] += share * p * (1 - p) * x[i] * x[j]
        for i in range(1, width):
            gradient[i] += penalty * weights[i]
            hessian[i][i] += penalty
        step = _solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step)]
        if max(abs(s) for s in step) < 1e-8:
            break
    return weights


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def _solve(matrix: List[List[float]], vector: List[float]) -> List[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(col + 1, n):
            factor = a[r][col] / a[col][col] if a[col][col] else 0.0
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / (a[r][r] or 1e-12)
    return x


def predict(weights: Sequence[float], features: Sequence[float]) -> float:
    return _sigmoid(weights[0] + sum(w * v for w, v in zip(weights[1:], features)))


def cost(weights: Sequence[float], data: Sequence[Example]) -> Tuple[float, int, int]:
    """(cost, wrong answers, refusals of the right candidate) at decide.ANSWER, over the
    real examples."""
    wrong = refused = 0
    for item in data:
        if item.made_up:
            continue
        answered = predict(weights, item.features) >= decide.ANSWER
        wrong += answered and not item.right
        refused += item.right and not answered
    return WRONG_COST * wrong + refused, wrong, refused


def cross_validated(data: Sequence[Example], penalty: float, augmented: float,
                    folds: int = 10, repeats: int = 5) -> float:
    """The cost of the real examples each fold held out, summed, averaged over `repeats`
    shuffles of the questions (a few wrong answers decide: one shuffle is too noisy)."""
    questions = sorted({item.question for item in data})
    total = 0.0
    for repeat in range(repeats):
        order = list(questions)
        random.Random(16 + repeat).shuffle(order)
        fold_of = {question: i % folds for i, question in enumerate(order)}
        for fold in range(folds):
            train = [item for item in data if fold_of[item.question] != fold]
            test = [item for item in data if fold_of[item.question] == fold]
            total += cost(fit(train, penalty, augmented), test)[0]
    return total / repeats


def only(data: Sequence[Example], kept: Sequence[int]) -> List[Example]:
    """The examples with only some features (the others zero: their weights stay 0)."""
    return [item._replace(features=tuple(v if i in kept else 0.0
                                         for i, v in enumerate(item.features)))
            for item in data]


def ablation(fitting: Sequence[Example], aside: Sequence[Example], penalty: float,
             augmented: float) -> None:
    """What leaving out each feature used (or adding each left out) costs."""
    used = [i for i, name in enumerate(decide.FEATURES) if name not in LEFT_OUT]
    unused = [i for i, name in enumerate(decide.FEATURES) if name in LEFT_OUT]
    for change in [None, *used, *unused]:
        kept = [i for i in used if i != change] + ([change] if change in unused else [])
        data = only(fitting, kept)
        weights = fit(data, penalty, augmented)
        name = "nothing" if change is None else \
            f"{'with' if change in unused else 'without'} {decide.FEATURES[change]}"
        held = cost(weights, only(aside, kept))[0] if aside else float("nan")
        print(f"  {name:21s}: cross-validated {cross_validated(data, penalty, augmented):5.1f}"
              f"  held aside {held:4.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="fit on the held-aside part too")
    parser.add_argument("--ablate", action="store_true",
                        help="also show what leaving out (or adding) each feature costs")
    parser.add_argument("--write", action="store_true",
                        help="write the weights into jzfacts/decide.py (WEIGHTS)")
    arguments = parser.parse_args()
    base = load(shipped_path())
    every_fitting, every_aside = examples(base)
    if arguments.all:
        every_fitting, every_aside = every_fitting + every_aside, []
    used = [i for i, name in enumerate(decide.FEATURES) if name not in LEFT_OUT]
    fitting, aside = only(every_fitting, used), only(every_aside, used)
    real = [item for item in fitting if not item.made_up]
    print(f"{len(real)} examples to fit ({sum(item.right for item in real)} right), "
          f"{len(fitting) - len(real)} made up, {len(aside)} held aside")
    scores = {(penalty, augmented): cross_validated(fitting, penalty, augmented)
              for penalty in PENALTIES for augmented in AUGMENTED}
    for (penalty, augmented), total in scores.items():
        print(f"  L2 {penalty:<5} made-up weight {augmented:<4}: cross-validated cost "
              f"{total:.1f}")
    penalty, augmented = min(scores, key=lambda key: (scores[key], -key[0], -key[1]))
    weights = fit(fitting, penalty, augmented)
    if arguments.ablate:
        ablation(every_fitting, every_aside, penalty, augmented)
    print(f"L2 {penalty}, made-up weight {augmented}: fitting part cost, wrong, refused: "
          f"{cost(weights, fitting)}")
    if aside:
        print(f"held aside: cost, wrong, refused: {cost(weights, aside)}")
    for name, weight in zip(("intercept", *decide.FEATURES), weights):
        print(f"  {name:13s} {weight:+.3f}")
    line = "WEIGHTS: tuple[float, ...] = (\n    " + ", ".join(f"{w:.2f}" for w in weights) + ")"
    print(line)
    if arguments.write:
        path = ROOT / "jzfacts" / "search" / "decide.py"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"^WEIGHTS: tuple\[float, \.\.\.\] = \([^)]*\)", line, text,
                               count=1, flags=re.M), encoding="utf-8")
        print(f"written to {path}")


if __name__ == "__main__":
    main()
