"""Window scores, Trending, the best-of rule, eligibility, and rounding."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .dates import add_months
from .outcomes import OUTCOME_VALUE, Outcome
from .rules import WINDOW_MONTHS, RuleSet

__all__ = [
    "Counted", "client_key", "eligibility", "in_window", "round_score", "shown", "window_scores",
]


@dataclass(frozen=True, slots=True)
class Counted:
    """A contract that counts: its outcome, weight, client and the day that places it."""

    outcome: Outcome
    weight: float
    client: str
    on: date


def in_window(on: date, as_of: date, months: int) -> bool:
    """Whether a contract placed ``on`` a day is inside the window ending ``as_of``.

    >>> in_window(date(2023, 6, 2), date(2025, 6, 1), 24), in_window(date(2023, 6, 1),
    ...     date(2025, 6, 1), 24)
    (True, False)
    """
    return add_months(as_of, -months) < on <= as_of


def window_scores(counted: Sequence[Counted], as_of: date,
                  rules: RuleSet) -> dict[str, float | None]:
    """Unrounded score of each window (``None`` when it holds no counted contract)."""
    scores: dict[str, float | None] = {}
    for name, months in WINDOW_MONTHS.items():
        if name == "3m" and not rules.trending:
            scores[name] = None
            continue
        cutoff = add_months(as_of, -months)
        total = value = 0.0
        for item in counted:
            if cutoff < item.on <= as_of:  # in_window, with the cutoff computed once
                total += item.weight
                value += item.weight * OUTCOME_VALUE[item.outcome]
        scores[name] = 100.0 * value / total if total else None
    six, three = scores["6m"], scores["3m"]
    scores["trending"] = (six + three) / 2 if rules.trending and six is not None \
        and three is not None else None
    return scores


def shown(scores: Mapping[str, float | None], rules: RuleSet) -> tuple[str | None, float | None]:
    """The best-of rule: the highest candidate window; on a tie, the longer window.

    Upwork's own example (24m 92, 12m 88, 6m 94, 3m 98) shows Trending, 96:

    >>> from calculator.rules import rule_set
    >>> shown({"24m": 92, "12m": 88, "6m": 94, "3m": 98, "trending": 96}, rule_set("2021"))
    ('trending', 96)
    """
    best: tuple[str | None, float | None] = (None, None)
    for name in rules.shown_candidates:
        value = scores.get(name)
        if value is not None and (best[1] is None or value > best[1] + 1e-9):
            best = (name, value)
    return best


def eligibility(counted: Sequence[Counted], as_of: date, rules: RuleSet) -> tuple[bool, str]:
    """Whether the history has enough counted contracts and clients in 24 months, and why."""
    cutoff = add_months(as_of, -WINDOW_MONTHS["24m"])
    recent = [c for c in counted if cutoff < c.on <= as_of]
    clients = {client_key(c.client) for c in recent}
    have = (f"{len(recent)} counted contract{'s' * (len(recent) != 1)} with {len(clients)} "
            f"client{'s' * (len(clients) != 1)} in the last 24 months")
    need = f"at least {rules.min_contracts} contracts with {rules.min_clients} different clients"
    if len(recent) >= rules.min_contracts and len(clients) >= rules.min_clients:
        return True, f"Enough for a score: {have} (these rules need {need})."
    return False, f"No score yet: {have}; these rules need {need}."


def client_key(name: str) -> str:
    """One key per client: two spellings that differ only in spaces or case are one client.

    >>> client_key(" Acme  Inc ") == client_key("acme inc") == client_key("AcmeInc")
    True
    """
    return "".join(name.split()).casefold()


def round_score(value: float | None) -> int | None:
    """Whole percent, half up (assumption ``rounding``).

    >>> round_score(89.5), round_score(89.49), round_score(None)
    (90, 89, None)
    """
    return None if value is None else math.floor(value + 0.5 + 1e-9)
