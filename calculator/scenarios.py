"""What-if: two histories compared, and one history's score month by month."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Final, Literal

from .dates import add_months, window_exit
from .distribution import (
    Evaluation,
    Expected,
    as_seen_on,
    distribution,
    expected_score,
    expected_scores,
)
from .estimate import Estimate, estimate, resolve_rules
from .model import Contract, History
from .outcomes import Classified, Option, classify, with_forms
from .rules import WINDOW_MONTHS, WINDOW_NAMES, RuleSet, rules_in_force
from .summary import summarise

__all__ = [
    "OPEN_CONTRACTS", "Comparison", "Departure", "OpenContracts", "TimelinePoint", "compare",
    "departures", "posterior", "timeline",
]

#: Up to this many contracts with a hidden outcome, every timeline point gets the full
#: distribution (a score and a range); beyond it, points other than ``as_of`` use the
#: expected-outcome stand-in (a score, no range), so a long history's timeline stays quick.
TIMELINE_EXACT_HIDDEN: Final = 12
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
    """Estimate both histories under the same choice of rules and subtract.

    When ``a`` carries the score Upwork shows, ``b``'s contracts that are also in ``a`` (same
    id) keep what that score taught about their hidden ratings.
    """
    ea = estimate(a, rules)  # given a's shown score, this is already the score it implies
    if a.shown:
        # The scores Upwork showed are facts about A's history: B reuses what they taught, and
        # never conditions on them a second time (its own copy of them is A's).
        b = replace(b, shown=())
    if b == replace(a, shown=()):
        # Nothing changed: B is A, figure for figure, with or without a shown score (what A's
        # shown score taught holds jointly; passing it on contract by contract would lose that).
        eb = ea
    else:
        # Only a contract B kept exactly as it was in A keeps what A's shown score taught about
        # it: an edited one (refunded, re-rated) is a different contract, with its own chances.
        same = {a.contracts[i]: o for i, o in ea.learnt.items()}
        overrides = {j: same[c] for j, c in enumerate(b.contracts) if c in same} or None
        eb = estimate(b, rules, overrides=overrides)
    return Comparison(ea, eb, _delta(ea.score, eb.score),
                      {n: _delta(ea.windows[n], eb.windows[n]) for n in WINDOW_NAMES})


def _delta(x: int | None, y: int | None) -> int | None:
    return None if x is None or y is None else y - x


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    """The estimate on one day of a timeline: the most likely score and its range."""

    date: date
    score: int | None
    shown_window: str | None
    windows: dict[str, int | None]
    rules: str
    range: tuple[int, int] | None = None
    p_at_least_90: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"date": self.date.isoformat(), "score": self.score,
                "range": list(self.range) if self.range else None,
                "p_at_least_90": round(self.p_at_least_90, 4),
                "shown_window": self.shown_window, "windows": dict(self.windows),
                "rules": self.rules}


@dataclass(frozen=True, slots=True)
class Departure:
    """The day a counted contract leaves a window, and whether that moves the score."""

    contract_id: str
    outcome: str
    window: str
    date: date

    def to_dict(self) -> dict[str, str]:
        return {"contract": self.contract_id, "outcome": self.outcome, "window": self.window,
                "date": self.date.isoformat()}


def timeline(history: History, start: date, end: date,
             rules: str | RuleSet | None = None,
             open_contracts: OpenContracts = "stop", *,
             estimated: Estimate | None = None) -> tuple[TimelinePoint, ...]:
    """The score on ``start`` and each month after it up to ``end``, with no new contracts.

    Days before ``history.as_of`` see the history as it was then: contracts not yet started are
    left out and contracts not yet ended are open. After ``as_of`` a contract still open was last
    paid when it was (``open_contracts="stop"``, the default: it goes idle as the months pass) or
    keeps being paid up to each day (``"keep-paying"``). Without a rule choice each day uses the
    rules in force on it. When the history carries the score Upwork shows, every point uses what
    that score taught about the hidden ratings. ``estimated``: ``estimate(history)`` when the
    caller has it already; its figures are the point on ``as_of`` (so the timeline and the
    estimate agree there) and its learnt chances serve the other days.

    Raises:
        ValueError: when ``end`` is before ``start`` or the span exceeds ten years.
    """
    if end < start:
        raise ValueError("the timeline ends before it starts")
    if add_months(start, MAX_TIMELINE_MONTHS) < end:
        raise ValueError(f"a timeline covers at most {MAX_TIMELINE_MONTHS} months")
    fixed = None if rules is None and history.rules is None else resolve_rules(history, rules)
    now = resolve_rules(history, rules)
    history = with_forms(history, now)  # every day reads the contracts' forms as as_of does
    if estimated is not None and (estimated.as_of != history.as_of
                                  or estimated.rules.id != now.id):
        raise ValueError("the estimate given is of another day or rule set")
    if estimated is None and start <= history.as_of <= end:
        # The point on as_of is the estimate itself, whatever the route (the command line, the
        # page): the same figures, given the same shown scores.
        estimated = estimate(history, rules)
    learnt = estimated.learnt if estimated is not None else posterior(history, rules)
    hidden = sum(classify(c, now, history.as_of).uncertain for c in history.contracts)
    days: list[date] = []
    while (day := add_months(start, len(days))) <= end:
        days.append(day)
    cheap = hidden > TIMELINE_EXACT_HIDDEN
    # Long histories: each contract at its expected outcome on the days other than as_of; the
    # days after it in one sweep per rule set.
    swept: dict[date, Expected] = {}
    later: dict[str, tuple[RuleSet, list[date]]] = {}
    for day in days:
        if cheap and day > history.as_of:
            ruleset = fixed or rules_in_force(day)
            later.setdefault(ruleset.id, (ruleset, []))[1].append(day)
    for ruleset, some in later.values():
        swept.update(expected_scores(history, some, ruleset, overrides=learnt or None,
                                     keep_paying=open_contracts == "keep-paying"))
    points = []
    memo: dict[tuple[Contract, str], tuple[Classified, float]] = {}
    for day in days:
        ruleset = fixed or rules_in_force(day)
        if day in swept or (cheap and day != history.as_of):
            if day not in swept:
                seen, overrides = _seen_on(history, day, open_contracts, learnt)
                swept[day] = expected_score(seen, Evaluation(day, ruleset), overrides, memo)
            score, window, rounded = swept[day]
            points.append(TimelinePoint(day, score, window,
                                        dict(zip(WINDOW_NAMES, rounded, strict=True)),
                                        ruleset.id))
            continue
        if estimated is not None and day == history.as_of:
            summary = estimated.summary
        else:
            seen, overrides = _seen_on(history, day, open_contracts, learnt)
            summary = summarise(distribution(seen, [Evaluation(day, ruleset)], overrides))
        points.append(TimelinePoint(day, summary.score, summary.shown_window, summary.windows,
                                    ruleset.id, summary.range, summary.p_at_least_90))
    return tuple(points)


def posterior(history: History, rules: str | RuleSet | None = None
              ) -> dict[int, tuple[Option, ...]]:
    """Per contract (by index), the chances of its hidden values given the shown score(s);
    empty when the history carries no shown score."""
    return estimate(history, rules).learnt if history.shown else {}


def _seen_on(history: History, day: date, open_contracts: OpenContracts,
             learnt: dict[int, tuple[Option, ...]]
             ) -> tuple[History, dict[int, tuple[Option, ...]] | None]:
    """The history as seen on ``day`` and the learnt chances renumbered to match it."""
    seen, index = _on(history, day, open_contracts)
    return seen, ({index[i]: o for i, o in learnt.items() if i in index} if learnt else None)


def _on(history: History, day: date, open_contracts: OpenContracts
        ) -> tuple[History, dict[int, int]]:
    """The history as seen on ``day`` and the new index of each original contract."""
    if day < history.as_of:
        seen = as_seen_on(history, day)
        kept = [i for i, c in enumerate(history.contracts) if c.start <= day]
        return replace(seen, shown=()), {orig: new for new, orig in enumerate(kept)}
    contracts = history.contracts
    if open_contracts == "keep-paying" and day > history.as_of:
        contracts = tuple(replace(c, last_payment=day) if c.end is None and c.last_payment
                          else c for c in contracts)
    return (replace(history, as_of=day, contracts=contracts, shown=()),
            {i: i for i in range(len(contracts))})


def departures(history: History, start: date, end: date,
               rules: str | RuleSet | None = None, *,
               changing_score: bool = False,
               open_contracts: OpenContracts = "stop") -> tuple[Departure, ...]:
    """When contracts counted on ``history.as_of`` leave a window, between ``start`` and ``end``.

    By default: each negative or neutral contract, whatever its leaving does. With
    ``changing_score``: every contract, good ones too, on the days when the leavings change the
    score shown (a good contract leaving can lower the score as surely as a bad one leaving raises
    it; a leaving that changes nothing shown is left out). Contracts leaving on the same day are
    judged together. ``open_contracts`` is the timeline's assumption, so that the markers and the
    chart rest on the same one: a contract still open that keeps being paid never leaves.
    """
    ruleset = resolve_rules(history, rules)
    history = with_forms(history, ruleset)
    keep_paying = open_contracts == "keep-paying"
    leaving: dict[date, list[Departure]] = {}
    for contract in history.contracts:
        if keep_paying and contract.end is None and contract.last_payment is not None:
            continue  # counted (or not) afresh on each day: it has no day to leave on
        c = classify(contract, ruleset, history.as_of)
        if c.counted_on is None or c.outcome == "excluded":
            continue
        if not changing_score and c.outcome not in ("negative", "neutral"):
            continue
        for name, months in WINDOW_MONTHS.items():
            if name == "3m" and not ruleset.trending:
                continue
            leaves = window_exit(c.counted_on, months)
            if start <= leaves <= end:
                leaving.setdefault(leaves, []).append(
                    Departure(contract.id, c.outcome, name, leaves))
    out: list[Departure] = []
    if changing_score:
        # The score the day before and on the day itself (each contract at its expected
        # outcome), so the difference is what leaving the windows did.
        scores = _scores_around(history, sorted(leaving), ruleset, keep_paying)
        for day, group in leaving.items():
            if scores[day - timedelta(days=1)] != scores[day]:
                out.extend(group)
    else:
        out = [d for group in leaving.values() for d in group]
    return tuple(sorted(out, key=lambda d: (d.date, d.contract_id, d.window)))


def _scores_around(history: History, days: list[date], ruleset: RuleSet,
                   keep_paying: bool = False) -> dict[date, int | None]:
    """The expected-outcome score on each of ``days`` and the day before each, nothing new
    added and open contracts paid as the timeline assumes: in one sweep from ``as_of`` on, day
    by day before it."""
    wanted = sorted({d for day in days for d in (day - timedelta(days=1), day)})
    later = [d for d in wanted if d >= history.as_of]
    out = {day: e[0] for day, e in expected_scores(history, later, ruleset,
                                                   keep_paying=keep_paying).items()}
    memo: dict[tuple[Contract, str], tuple[Classified, float]] = {}
    for day in wanted[:len(wanted) - len(later)]:
        seen = _on(history, day, "stop")[0]
        out[day] = expected_score(seen, Evaluation(day, ruleset), memo=memo)[0]
    return out
