"""How well the model's range and score match scores freelancers reported (the reports file)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from math import log
from typing import Final

from .distribution import Evaluation, as_seen_on, distribution
from .explain import TOLERANCE
from .parse import from_dict
from .rules import rules_in_force
from .summary import RANGE_LEVEL, summarise

__all__ = ["Check", "Metrics", "check_case", "metrics", "split"]

#: The kept-apart share: within each rule set, cases sorted by id, every third is kept apart.
HOLDOUT_EVERY: Final = 3


@dataclass(frozen=True, slots=True)
class Check:
    """One shown score against the model's answer for the history as it was that day."""

    case: str
    day: date
    shown: int | None
    score: int | None
    low: int | None
    high: int | None
    #: The chance the model gives to a score within TOLERANCE points of the shown one.
    p_near: float

    @property
    def held(self) -> bool:
        """Whether the range holds the shown score (or both say there is no score)."""
        if self.shown is None or self.low is None or self.high is None:
            return self.shown is None and self.score is None
        return self.low <= self.shown <= self.high


@dataclass(frozen=True, slots=True)
class Metrics:
    """The figures "About the model" shows for a set of checks."""

    cases: int
    checks: int
    held: int
    mean_error: float | None
    baseline_error: float | None
    median_width: float | None
    log_score: float
    changes: int
    same_direction: int

    @property
    def held_share(self) -> float:
        return self.held / self.checks if self.checks else 0.0

    def to_dict(self) -> dict[str, object]:
        return {"cases": self.cases, "checks": self.checks, "held": self.held,
                "held_share": round(self.held_share, 3), "range_level": RANGE_LEVEL,
                "mean_error": self.mean_error, "baseline_error": self.baseline_error,
                "median_width": self.median_width, "log_score": round(self.log_score, 3),
                "changes": self.changes, "same_direction": self.same_direction}


def split(cases: Sequence[Mapping[str, object]]) -> tuple[list[Mapping[str, object]],
                                                           list[Mapping[str, object]]]:
    """(tuning, kept apart): per rule set, sorted by id, every third case is kept apart."""
    tune: list[Mapping[str, object]] = []
    kept: list[Mapping[str, object]] = []
    by_rules: dict[str, list[Mapping[str, object]]] = {}
    for case in cases:
        by_rules.setdefault(str(case["rules"]), []).append(case)
    for group in by_rules.values():
        for i, case in enumerate(sorted(group, key=lambda c: str(c["id"]))):
            (kept if i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1 else tune).append(case)
    return tune, kept


def check_case(case: Mapping[str, object]) -> list[Check]:
    """Check every shown score of a case against the model on that day."""
    history = from_dict(case["history"])
    shown = case["shown"]
    assert isinstance(shown, list)
    out = []
    for entry in shown:
        day = date.fromisoformat(entry["date"])
        seen = as_seen_on(history, day)
        dist = distribution(seen, [Evaluation(day, rules_in_force(day))])
        summary = summarise(dist)
        chances = dist.scores(0)
        target = entry["score"]
        if target is None:
            p_near = chances.get(None, 0.0)
        else:
            p_near = sum(p for s, p in chances.items()
                         if s is not None and abs(s - target) <= TOLERANCE)
        low, high = summary.range if summary.range else (None, None)
        out.append(Check(str(case["id"]), day, target, summary.score, low, high, p_near))
    return out


def metrics(cases: Iterable[Mapping[str, object]]) -> Metrics:
    """Coverage, typical error (with "always 100" beside it), and direction of changes."""
    checks: list[Check] = []
    changes = same = n_cases = 0
    for case in cases:
        n_cases += 1
        mine = check_case(case)
        checks.extend(mine)
        for before, after in pairwise(mine):
            if before.shown is None or after.shown is None or before.shown == after.shown:
                continue
            changes += 1
            if before.score is not None and after.score is not None and (
                    (after.score - before.score) * (after.shown - before.shown) > 0):
                same += 1
    errors = [abs(c.score - c.shown) for c in checks
              if c.shown is not None and c.score is not None]
    baseline = [100 - c.shown for c in checks if c.shown is not None]
    widths = sorted(c.high - c.low for c in checks if c.high is not None and c.low is not None)
    return Metrics(
        cases=n_cases,
        checks=len(checks),
        held=sum(c.held for c in checks),
        mean_error=_mean(errors) if errors else None,
        baseline_error=_mean(baseline) if baseline else None,
        median_width=float(widths[len(widths) // 2]) if widths else None,
        log_score=sum(log(max(c.p_near, 1e-4)) for c in checks) / max(len(checks), 1),
        changes=changes,
        same_direction=same,
    )


def _mean(values: Sequence[int]) -> float:
    return round(sum(values) / len(values), 1)
