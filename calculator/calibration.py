"""How well the model's range and score match scores freelancers reported (the reports file).

Three ways of answering are checked on the same cases, so the model is judged against simpler
answers, not only against itself:

- ``always-100``: every history gets 100 (range 100-100);
- ``no-hidden``: the model with every hidden private rating read as agreeing with the stars
  (good stars, a good private rating; middling, middling; poor, poor), so nothing is uncertain
  but what the rules themselves leave open;
- ``model``: the calculator as shipped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from math import log
from typing import Final, Literal

from .distribution import Evaluation, as_seen_on, distribution
from .explain import TOLERANCE
from .outcomes import public_band
from .parse import from_dict
from .rules import RuleSet, rules_in_force
from .summary import RANGE_LEVEL, RANGE_MASS, summarise

__all__ = [
    "BASELINES", "HOLDOUT_EVERY", "SHAPED", "TARGET_DIRECTION", "TARGET_MAE", "Baseline", "Check",
    "Metrics", "agreeing_history", "check_case", "metrics", "needed_mass", "split",
]

Baseline = Literal["always-100", "no-hidden", "model"]
#: The answers compared, simplest first, with the name "About the model" gives each.
BASELINES: Final[tuple[tuple[Baseline, str], ...]] = (
    ("always-100", "always 100"),
    ("no-hidden", "no hidden ratings"),
    ("model", "the model"),
)

#: Within each rule set, sorted by id, the 1st, 4th, 7th, ... case is kept apart. Starting at
#: the first case means every rule set with a case has one kept apart (issue 16), which the
#: earlier rule (the 3rd, 6th, ...) did not give; the rule was fixed before any figure under it
#: was computed.
HOLDOUT_EVERY: Final = 3
#: Cases that shaped a hand-set assumption: they always tune and are never kept apart. r003 is
#: seed thread 001, the source behind the "$0 contract" priors (calculator/private.py).
SHAPED: Final = frozenset({"r003"})

#: The targets of issue 16 on kept-apart cases. The benchmark reports them; no test asserts them.
TARGET_MAE: Final = 7.0
TARGET_DIRECTION: Final = 0.5


@dataclass(frozen=True, slots=True)
class Check:
    """One shown score against an answer for the history as it was that day."""

    case: str
    day: date
    shown: int | None
    score: int | None
    low: int | None
    high: int | None
    #: The chance the answer gives to a score within TOLERANCE points of the shown one.
    p_near: float

    @property
    def held(self) -> bool:
        """Whether the range holds the shown score (or both say there is no score)."""
        if self.shown is None or self.low is None or self.high is None:
            return self.shown is None and self.score is None
        return self.low <= self.shown <= self.high


@dataclass(frozen=True, slots=True)
class Metrics:
    """The figures "About the model" shows for one answer on a set of cases."""

    cases: int
    checks: int
    held: int
    #: Checks where both the answer and Upwork give a score (the mean error is over these).
    scored: int
    mean_error: float | None
    #: The mean error of "always 100" over the shown scores of the same checks.
    baseline_error: float | None
    median_width: float | None
    log_score: float
    changes: int
    same_direction: int
    baseline: Baseline = "model"

    @property
    def held_share(self) -> float:
        return self.held / self.checks if self.checks else 0.0

    @property
    def direction_share(self) -> float | None:
        return self.same_direction / self.changes if self.changes else None

    def to_dict(self) -> dict[str, object]:
        return {"baseline": self.baseline, "cases": self.cases, "checks": self.checks,
                "held": self.held, "held_share": round(self.held_share, 3),
                "range_level": RANGE_LEVEL, "scored": self.scored,
                "mean_error": self.mean_error, "baseline_error": self.baseline_error,
                "median_width": self.median_width, "log_score": round(self.log_score, 3),
                "changes": self.changes, "same_direction": self.same_direction}


def split(cases: Sequence[Mapping[str, object]]) -> tuple[list[Mapping[str, object]],
                                                           list[Mapping[str, object]]]:
    """(tuning, kept apart): per rule set, sorted by id, the 1st, 4th, 7th, ... is kept apart.

    Cases in SHAPED always tune and are not counted in the positions.
    """
    tune: list[Mapping[str, object]] = [c for c in cases if str(c["id"]) in SHAPED]
    kept: list[Mapping[str, object]] = []
    by_rules: dict[str, list[Mapping[str, object]]] = {}
    for case in cases:
        if str(case["id"]) not in SHAPED:
            by_rules.setdefault(str(case["rules"]), []).append(case)
    for group in by_rules.values():
        for i, case in enumerate(sorted(group, key=lambda c: str(c["id"]))):
            (kept if i % HOLDOUT_EVERY == 0 else tune).append(case)
    return tune, kept


def _agreeing(stars: object, rules: RuleSet) -> object:
    """The private rating that agrees with these stars (None: no stars, no private rating)."""
    if not isinstance(stars, int | float) or isinstance(stars, bool):
        return None
    band = public_band(float(stars), rules)
    return {"good": 10, "mixed": rules.private_mixed_min, "poor": 0}[band or "poor"]


def agreeing_history(doc: Mapping[str, object]) -> dict[str, object]:
    """The history JSON with every unknown private rating read as agreeing with the stars."""
    out = dict(doc)
    as_of = date.fromisoformat(str(doc["as_of"]))
    rules = rules_in_force(as_of)
    contracts = doc["contracts"]
    assert isinstance(contracts, list)
    rows = []
    for contract in contracts:
        row = dict(contract)
        # A contract reviewed on the stars-only form has no private rating to read.
        if row.get("private_rating", "unknown") == "unknown" and row.get("review_form") != "stars":
            row["private_rating"] = _agreeing(row.get("public_rating"), rules)
        rows.append(row)
    out["contracts"] = rows
    return out


def check_case(case: Mapping[str, object], baseline: Baseline = "model",
               mass: float = RANGE_MASS) -> list[Check]:
    """Check every shown score of a case against one answer on that day.

    ``mass`` is the share of the answer's distribution its range covers (the package's own
    RANGE_MASS unless asked otherwise, see :func:`needed_mass`).
    """
    shown = case["shown"]
    assert isinstance(shown, list)
    doc = case["history"]
    assert isinstance(doc, Mapping)
    history = from_dict(agreeing_history(doc) if baseline == "no-hidden" else doc)
    out = []
    for entry in shown:
        day = date.fromisoformat(entry["date"])
        target = entry["score"]
        if baseline == "always-100":
            near = target is not None and abs(100 - target) <= TOLERANCE
            out.append(Check(str(case["id"]), day, target, 100, 100, 100, float(near)))
            continue
        seen = as_seen_on(history, day)
        dist = distribution(seen, [Evaluation(day, rules_in_force(day))])
        summary = summarise(dist, level=mass)
        chances = dist.scores(0)
        if target is None:
            p_near = chances.get(None, 0.0)
        else:
            p_near = sum(p for s, p in chances.items()
                         if s is not None and abs(s - target) <= TOLERANCE)
        low, high = summary.range if summary.range else (None, None)
        out.append(Check(str(case["id"]), day, target, summary.score, low, high, p_near))
    return out


def metrics(cases: Iterable[Mapping[str, object]], baseline: Baseline = "model") -> Metrics:
    """Coverage, typical error (with "always 100" beside it), and direction of changes."""
    checks: list[Check] = []
    changes = same = n_cases = 0
    for case in cases:
        n_cases += 1
        mine = check_case(case, baseline)
        checks.extend(mine)
        for before, after in pairwise(mine):
            if before.shown is None or after.shown is None or before.shown == after.shown:
                continue
            changes += 1
            if before.score is not None and after.score is not None and (
                    (after.score - before.score) * (after.shown - before.shown) > 0):
                same += 1
    pairs = [(c.score, c.shown) for c in checks if c.shown is not None and c.score is not None]
    errors = [abs(score - shown) for score, shown in pairs]
    always = [100 - c.shown for c in checks if c.shown is not None]
    widths = sorted(c.high - c.low for c in checks if c.high is not None and c.low is not None)
    return Metrics(
        cases=n_cases,
        checks=len(checks),
        held=sum(c.held for c in checks),
        scored=len(pairs),
        mean_error=_mean(errors) if errors else None,
        baseline_error=_mean(always) if always else None,
        median_width=float(widths[len(widths) // 2]) if widths else None,
        log_score=sum(log(max(c.p_near, 1e-4)) for c in checks) / max(len(checks), 1),
        changes=changes,
        same_direction=same,
        baseline=baseline,
    )


def needed_mass(cases: Sequence[Mapping[str, object]],
                masses: Sequence[float] = (0.8, 0.9, 0.95, 0.99, 1.0)) -> float | None:
    """The smallest of ``masses`` whose range holds the shown scores of ``cases`` at least
    RANGE_LEVEL of the time (None if none does): how wide the model's range would have to be."""
    checks = [[c.held for case in cases for c in check_case(case, mass=m)] for m in masses]
    for m, held in zip(masses, checks, strict=True):
        if held and sum(held) >= RANGE_LEVEL * len(held):
            return m
    return None


def _mean(values: Sequence[int]) -> float:
    return round(sum(values) / len(values), 1)
