"""What-if: two histories compared, and one history's score month by month."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Final

from .dates import add_months
from .estimate import Estimate, counted, estimate, resolve_rules, score_counted, score_only
from .model import UNKNOWN, Contract, History
from .outcomes import classify
from .rules import WINDOW_MONTHS, WINDOW_NAMES, RuleSet, rules_in_force
from .windows import Counted, round_score

__all__ = ["Comparison", "Departure", "TimelinePoint", "compare", "departures", "timeline"]

#: A timeline longer than this many monthly points is refused (ten years).
MAX_TIMELINE_MONTHS: Final = 120


@dataclass(frozen=True, slots=True)
class Comparison:
    """Two estimates and what changes from ``a`` to ``b`` (``b`` minus ``a``)."""

    a: Estimate
    b: Estimate
    score_delta: int | None
    window_deltas: dict[str, int | None]

    def to_dict(self) -> dict[str, object]:
        return {
            "a": self.a.to_dict(),
            "b": self.b.to_dict(),
            "score_delta": self.score_delta,
            "window_deltas": dict(self.window_deltas),
        }


def compare(a: History, b: History, rules: str | RuleSet | None = None) -> Comparison:
    """Estimate both histories under the same choice of rules and subtract."""
    ea, eb = estimate(a, rules), estimate(b, rules)
    return Comparison(ea, eb, _delta(ea.score, eb.score),
                      {n: _delta(ea.windows[n], eb.windows[n]) for n in WINDOW_NAMES})


def _delta(x: int | None, y: int | None) -> int | None:
    return None if x is None or y is None else y - x


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """The estimate on one day of a timeline."""

    date: date
    score: int | None
    shown_window: str | None
    windows: dict[str, int | None]
    rules: str

    def to_dict(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), "score": self.score,
                "shown_window": self.shown_window, "windows": dict(self.windows),
                "rules": self.rules}


@dataclass(frozen=True, slots=True)
class Departure:
    """The day a counted contract with a bad outcome leaves a window."""

    contract_id: str
    outcome: str
    window: str
    date: date

    def to_dict(self) -> dict[str, str]:
        return {"contract": self.contract_id, "outcome": self.outcome, "window": self.window,
                "date": self.date.isoformat()}


def timeline(history: History, start: date, end: date,
             rules: str | RuleSet | None = None) -> tuple[TimelinePoint, ...]:
    """The score on ``start`` and each month after it up to ``end``, with no new contracts.

    Days before ``history.as_of`` see the history as it was then: contracts not yet started are
    left out and contracts not yet ended are open. Without a rule choice each day uses the rules
    in force on it.

    Raises:
        ValueError: when ``end`` is before ``start`` or the span exceeds ten years.
    """
    if end < start:
        raise ValueError("the timeline ends before it starts")
    if add_months(start, MAX_TIMELINE_MONTHS) < end:
        raise ValueError(f"a timeline covers at most {MAX_TIMELINE_MONTHS} months")
    fixed = None if rules is None and history.rules is None else resolve_rules(history, rules)
    points = []
    step = 0
    day = start
    # An ended contract counts the same whatever the day: classify it once per rule set.
    ended: dict[str, list[Counted]] = {}
    still_open = [c for c in history.contracts if c.end is None]
    while day <= end:
        ruleset = fixed or rules_in_force(day)
        if day >= history.as_of:
            if ruleset.id not in ended:
                ended[ruleset.id] = counted((c for c in history.contracts if c.end is not None),
                                            ruleset, history.as_of)
            items = ended[ruleset.id] + counted(still_open, ruleset, day)
            score, window, raw = score_counted(items, day, ruleset)
        else:
            score, window, raw = score_only(_as_of(history, day), ruleset)
        points.append(TimelinePoint(day, score, window,
                                    {n: round_score(raw[n]) for n in WINDOW_NAMES}, ruleset.id))
        step += 1
        day = add_months(start, step)
    return tuple(points)


def departures(history: History, start: date, end: date,
               rules: str | RuleSet | None = None) -> tuple[Departure, ...]:
    """When each negative or neutral contract counted on ``history.as_of`` leaves each window,
    for the days between ``start`` and ``end``."""
    ruleset = resolve_rules(history, rules)
    out = []
    for contract in history.contracts:
        c = classify(contract, ruleset, history.as_of)
        if c.counted_on is None or c.outcome not in ("negative", "neutral"):
            continue
        for name, months in WINDOW_MONTHS.items():
            if name == "3m" and not ruleset.trending:
                continue
            leaves = add_months(c.counted_on, months)
            if start <= leaves <= end:
                out.append(Departure(contract.id, c.outcome, name, leaves))
    return tuple(sorted(out, key=lambda d: (d.date, d.contract_id, d.window)))


def _as_of(history: History, day: date) -> History:
    if day >= history.as_of:
        return replace(history, as_of=day)
    return replace(history, as_of=day, contracts=tuple(
        _then(c, day) for c in history.contracts if c.start <= day))


def _then(contract: Contract, day: date) -> Contract:
    if contract.end is not None and contract.end <= day:
        return contract
    paid = contract.last_payment
    return replace(contract, end=None, public_rating=None, private_rating=UNKNOWN,
                   last_payment=min(paid, day) if paid else None)

