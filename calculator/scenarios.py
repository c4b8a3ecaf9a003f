"""What-if: two histories compared, and one history's score month by month."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final, Literal

from .dates import add_months
from .estimate import Estimate, counted, estimate, resolve_rules, score_counted, score_only
from .model import UNKNOWN, Contract, History
from .outcomes import classify
from .rules import WINDOW_MONTHS, WINDOW_NAMES, RuleSet, rules_in_force
from .weights import weight_of
from .windows import Counted, round_score

__all__ = [
    "OPEN_CONTRACTS", "Comparison", "Departure", "OpenContracts", "TimelinePoint", "compare",
    "departures", "timeline",
]

#: A timeline longer than this many monthly points is refused (ten years).
MAX_TIMELINE_MONTHS: Final = 120
#: What a timeline assumes of a contract still open on ``as_of``: it keeps being paid (its last
#: payment moves with each day), or it stops today (it goes idle, and may turn negative, as the
#: months pass). The package's default is "stop" (what the command line always printed); the
#: calculator page offers both and states its choice on the chart.
OpenContracts = Literal["keep-paying", "stop"]
OPEN_CONTRACTS: Final[tuple[OpenContracts, ...]] = ("keep-paying", "stop")


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
             rules: str | RuleSet | None = None,
             open_contracts: OpenContracts = "stop") -> tuple[TimelinePoint, ...]:
    """The score on ``start`` and each month after it up to ``end``, with no new contracts.

    Days before ``history.as_of`` see the history as it was then: contracts not yet started are
    left out and contracts not yet ended are open. Without a rule choice each day uses the rules
    in force on it. After ``as_of`` a contract still open was last paid when it was
    (``open_contracts="stop"``, the default: it goes idle as the months pass) or keeps being paid
    up to each day (``"keep-paying"``).

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
            items = ended[ruleset.id] + counted(_paid_until(still_open, day, open_contracts),
                                                ruleset, day)
            score, window, raw = score_counted(items, day, ruleset)
        else:
            score, window, raw = score_only(_as_of(history, day), ruleset)
        points.append(TimelinePoint(day, score, window,
                                    {n: round_score(raw[n]) for n in WINDOW_NAMES}, ruleset.id))
        step += 1
        day = add_months(start, step)
    return tuple(points)


def departures(history: History, start: date, end: date,
               rules: str | RuleSet | None = None, *,
               changing_score: bool = False) -> tuple[Departure, ...]:
    """When contracts counted on ``history.as_of`` leave a window, between ``start`` and ``end``.

    By default: each negative or neutral contract, whatever its leaving does. With
    ``changing_score``: every contract, good ones too, on the days when the leavings change the
    score shown (a good contract leaving can lower the score as surely as a bad one leaving raises
    it; a leaving that changes nothing shown is left out). Contracts leaving on the same day are
    judged together.
    """
    ruleset = resolve_rules(history, rules)
    items: list[Counted] = []
    leaving: dict[date, list[Departure]] = {}
    for contract in history.contracts:
        c = classify(contract, ruleset, history.as_of)
        if c.counted_on is None or c.outcome == "excluded":
            continue
        items.append(Counted(c.outcome, weight_of(contract, ruleset), contract.client,
                             c.counted_on))
        if not changing_score and c.outcome not in ("negative", "neutral"):
            continue
        for name, months in WINDOW_MONTHS.items():
            if name == "3m" and not ruleset.trending:
                continue
            leaves = add_months(c.counted_on, months)
            if start <= leaves <= end:
                leaving.setdefault(leaves, []).append(
                    Departure(contract.id, c.outcome, name, leaves))
    out: list[Departure] = []
    for day, group in leaving.items():
        # The same counted contracts the day before and on the day itself, so the difference
        # is what leaving the windows did.
        if not changing_score or (score_counted(items, day - timedelta(days=1), ruleset)[0]
                                  != score_counted(items, day, ruleset)[0]):
            out.extend(group)
    return tuple(sorted(out, key=lambda d: (d.date, d.contract_id, d.window)))


def _paid_until(contracts: list[Contract], day: date,
                open_contracts: OpenContracts) -> list[Contract]:
    if open_contracts == "stop":
        return contracts
    return [replace(c, last_payment=day) if c.last_payment is not None and c.earnings_usd > 0
            else c for c in contracts]


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

