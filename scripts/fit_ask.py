"""Fit the decision `ask` makes (jzfacts/decide.py): answer with the best candidate, or
refuse. Development-time tool; no dependency beyond jzfacts (Newton's method on a logistic
regression of a few features needs no numpy).

    python scripts/fit_ask.py              # fit on the tuning part, report the part held aside
    python scripts/fit_ask.py --all        # fit on every labelled question
    python scripts/fit_ask.py --write      # … and write the weights into jzfacts/decide.py

Every labelled question of tests/data whose best candidate ask judges (one fitting, in scope,
not tied) is an example: its features (decide.Features) and whether that candidate is the
right fact. The part held aside is the odd rows of each class of questions-tune-c.tsv
(the fourth set): nothing is fitted or chosen on it unless --all is given. The L2 strength
is chosen by cross-validation (ten folds) on the fitting part, by the cost a wrong answer
(three) and a refusal of an answerable question (one) have; the threshold is fixed by that
cost (decide.ANSWER = 3 / (3 + 1))."""

from __future__ import annotations

import argparse
import math
import random
import sys
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from jzfacts import decide  # noqa: E402
from jzfacts.ask import consider  # noqa: E402
from jzfacts.factbase import load, shipped_path  # noqa: E402

DATA = ROOT / "tests" / "data"
SETS = ("questions.tsv", "questions-holdout.tsv", "questions-tune.tsv",
        "questions-tune-c.tsv")
HELD_ASIDE = "questions-tune-c.tsv"
WRONG_COST = 3.0
PENALTIES = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
#: Features computed but left out of the decision (weight 0): leaving each out cost
#: nothing in cross-validation (--ablate), and fewer weights generalise better.
LEFT_OUT = ("guessed", "absent_other", "margin", "typed")

Example = Tuple[Tuple[float, ...], int, str, str]  # features, right, set, class


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


def examples(base: object) -> Tuple[List[Example], List[Example]]:
    """(fitting examples, held-aside examples)."""
    fitting: List[Example] = []
    aside: List[Example] = []
    for name in SETS:
        for question, want, kind, held in rows(name):
            considered = consider(base, question)
            if considered.features is None or considered.tied:
                continue  # refused by rule: nothing to decide
            right = int(considered.eligible[0].hit.fact.id == want)
            (aside if held else fitting).append(
                (tuple(considered.features), right, name, kind))
    return fitting, aside


def fit(data: Sequence[Example], penalty: float) -> List[float]:
    """Logistic regression by Newton's method, L2 on the weights (not the intercept)."""
    width = len(data[0][0]) + 1
    weights = [0.0] * width
    for _ in range(50):
        gradient = [0.0] * width
        hessian = [[0.0] * width for _ in range(width)]
        for features, right, _, _ in data:
            x = (1.0, *features)
            p = _sigmoid(sum(w * v for w, v in zip(weights, x)))
            for i in range(width):
                gradient[i] += (p - right) * x[i]
                for j in range(width):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
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
            factor = a[r][col] / a[col][col]
            for c in range(col, n + 1):
                a[r][c] -= factor * a[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (a[r][n] - sum(a[r][c] * x[c] for c in range(r + 1, n))) / a[r][r]
    return x


def predict(weights: Sequence[float], features: Sequence[float]) -> float:
    return _sigmoid(weights[0] + sum(w * v for w, v in zip(weights[1:], features)))


def cost(weights: Sequence[float], data: Sequence[Example]) -> Tuple[float, int, int]:
    """(cost, wrong answers, refusals of the right candidate) at decide.ANSWER."""
    wrong = refused = 0
    for features, right, _, _ in data:
        answered = predict(weights, features) >= decide.ANSWER
        wrong += answered and not right
        refused += right and not answered
    return WRONG_COST * wrong + refused, wrong, refused


def cross_validated(data: Sequence[Example], penalty: float, folds: int = 10,
                    repeats: int = 5) -> float:
    """The cost of the examples each fold held out, summed, averaged over `repeats`
    shuffles (a few wrong answers more or less decide: one shuffle is too noisy)."""
    total = 0.0
    for repeat in range(repeats):
        shuffled = list(data)
        random.Random(16 + repeat).shuffle(shuffled)
        for fold in range(folds):
            test = shuffled[fold::folds]
            train = [e for i, e in enumerate(shuffled) if i % folds != fold]
            total += cost(fit(train, penalty), test)[0]
    return total / repeats


def only(data: Sequence[Example], kept: Sequence[int]) -> List[Example]:
    """The examples with only some features (the others zero: their weights stay 0)."""
    return [(tuple(v if i in kept else 0.0 for i, v in enumerate(features)), right, name,
             kind) for features, right, name, kind in data]


def ablation(fitting: Sequence[Example], aside: Sequence[Example], penalty: float) -> None:
    """What leaving each feature out costs, cross-validated (and on the part held aside)."""
    used = [i for i, name in enumerate(decide.FEATURES) if name not in LEFT_OUT]
    unused = [i for i, name in enumerate(decide.FEATURES) if name in LEFT_OUT]
    for change in [None, *used, *unused]:
        kept = [i for i in used if i != change] + ([change] if change in unused else [])
        data = only(fitting, kept)
        weights = fit(data, penalty)
        name = "nothing" if change is None else \
            f"{'with' if change in unused else 'without'} {decide.FEATURES[change]}"
        held = cost(weights, only(aside, kept))[0] if aside else float("nan")
        print(f"  {name:21s}: cross-validated {cross_validated(data, penalty):5.1f}"
              f"  held aside {held:4.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--all", action="store_true", help="fit on the held-aside part too")
    parser.add_argument("--ablate", action="store_true",
                        help="also show what leaving out each feature costs")
    parser.add_argument("--write", action="store_true",
                        help="write the weights into jzfacts/decide.py (WEIGHTS)")
    arguments = parser.parse_args()
    base = load(shipped_path())
    fitting, aside = examples(base)
    every_fitting, every_aside = (fitting + aside, []) if arguments.all else (fitting, aside)
    used = [i for i, name in enumerate(decide.FEATURES) if name not in LEFT_OUT]
    fitting, aside = only(fitting, used), only(aside, used)
    if arguments.all:
        fitting, aside = fitting + aside, []
    print(f"{len(fitting)} examples to fit ({sum(e[1] for e in fitting)} right), "
          f"{len(aside)} held aside")
    scores = {penalty: cross_validated(fitting, penalty) for penalty in PENALTIES}
    for penalty, total in scores.items():
        print(f"  L2 {penalty:<5}: cross-validated cost {total:.0f}")
    penalty = min(scores, key=lambda p: (scores[p], -p))
    weights = fit(fitting, penalty)
    if arguments.ablate:
        ablation(every_fitting, every_aside, penalty)
    print(f"L2 {penalty}: fitting part cost, wrong, refused: {cost(weights, fitting)}")
    if aside:
        print(f"held aside: cost, wrong, refused: {cost(weights, aside)}")
    names = ("intercept", *decide.FEATURES)
    for name, weight in zip(names, weights):
        print(f"  {name:13s} {weight:+.3f}")
    line = "WEIGHTS: Tuple[float, ...] = (" + ", ".join(f"{w:.2f}" for w in weights) + ")"
    print(line)
    if arguments.write:
        import re

        path = ROOT / "jzfacts" / "decide.py"
        text = path.read_text(encoding="utf-8")
        path.write_text(re.sub(r"^WEIGHTS: Tuple\[float, \.\.\.\] = \([^)]*\)", line, text,
                               count=1, flags=re.M), encoding="utf-8")
        print(f"written to {path}")


if __name__ == "__main__":
    main()
