"""Window scores, Trending, the best-of rule, eligibility, and rounding: the one copy of each.

Every route to a score (an estimate's combinations of hidden ratings, a timeline's expected
outcomes, the list of counted contracts) adds weights per window *segment* (counted in the last
3 months, 3-6, 6-12, 12-24) and hands the sums to :func:`from_segments`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from .dates import add_months
from .outcomes import OUTCOME_VALUE, Outcome
from .rules import WINDOW_MONTHS, RuleSet

__all__ = [
    "SEGMENTS", "Counted", "Scored", "client_key", "eligibility", "eligibility_text", "enough",
    "from_segments", "in_window", "round_score", "segment_of", "shown", "window_scores",
]

#: The window segments, shortest window first; a window is the sum of its segment and the
#: shorter ones (the 12-month window holds segments 3m, 6m and 12m).
SEGMENTS: tuple[str, ...] = ("3m", "6m", "12m", "24m")

#: A score as every route gives it: the score shown (``None``: no score), its window, and each
#: window's rounded score in :data:`calculator.rules.WINDOW_NAMES` order.
Scored = tuple[int | None, str | None, tuple[int | None, ...]]


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


def segment_of(on: date, as_of: date, rules: RuleSet) -> int | None:
    """The index in :data:`SEGMENTS` of the shortest window holding a contract placed ``on``
    (``None``: outside every window, or placed after ``as_of``)."""
    if on > as_of:
        return None
    for i, cutoff in _cutoffs(as_of, rules.trending):
        if cutoff < on:
            return i
    return None


@lru_cache(maxsize=256)
def _cutoffs(day: date, trending: bool) -> tuple[tuple[int, date], ...]:
    """Each segment's first excluded day, shortest window first (computed once a day)."""
    return tuple((i, add_months(day, -WINDOW_MONTHS[name])) for i, name in enumerate(SEGMENTS)
                 if name != "3m" or trending)


def enough(count: float, clients: int, rules: RuleSet) -> bool:
    """The eligibility rule: enough counted contracts and clients in 24 months for a score."""
    return count >= rules.min_contracts - 0.5 and clients >= rules.min_clients


def from_segments(num: Sequence[float], den: Sequence[float], count: float, clients: int,
                  rules: RuleSet) -> Scored:
    """The score shown, its window and every window, from weighted sums per segment.

    ``num[i]`` is the weighted success and ``den[i]`` the weight counted in segment ``i``;
    ``count`` and ``clients`` are the counted contracts and clients in 24 months. The best-of
    rule: the highest candidate window (unrounded), a tie going to the longer window; no score
    when :func:`enough` says so.

    >>> from calculator.rules import rule_set
    >>> from_segments([100, 0, 0, 0], [100, 0, 0, 0], 1, 1, rule_set("2025"))
    (None, None, (100, 100, 100, 100, 100))
    """
    n0, n1, n2, n3 = num
    d0, d1, d2, d3 = den
    w3 = 100.0 * n0 / d0 if d0 > 1e-9 else None
    n, d = n0 + n1, d0 + d1
    w6 = 100.0 * n / d if d > 1e-9 else None
    n, d = n + n2, d + d2
    w12 = 100.0 * n / d if d > 1e-9 else None
    n, d = n + n3, d + d3
    w24 = 100.0 * n / d if d > 1e-9 else None
    trend = (w6 + w3) / 2 if rules.trending and w6 is not None and w3 is not None else None
    rounded = (round_score(w24), round_score(w12), round_score(w6), round_score(w3),
               round_score(trend))
    if not enough(count, clients, rules):
        return None, None, rounded
    best: float | None = None
    window = None
    # The candidates longest first, so a tie goes to the longer window (the best-of rule).
    for name, value in (("24m", w24), ("12m", w12), ("6m", w6), ("trending", trend)):
        if value is not None and (best is None or value > best + 1e-9):
            best, window = value, name
    return round_score(best), window, rounded


def _sums(counted: Sequence[Counted], as_of: date, rules: RuleSet
          ) -> tuple[list[float], list[float], int, int]:
    num, den = [0.0] * 4, [0.0] * 4
    count = 0
    clients = set()
    for item in counted:
        i = segment_of(item.on, as_of, rules)
        if i is None:
            continue
        num[i] += item.weight * OUTCOME_VALUE[item.outcome]
        den[i] += item.weight
        count += 1
        clients.add(client_key(item.client))
    return num, den, count, len(clients)


def window_scores(counted: Sequence[Counted], as_of: date,
                  rules: RuleSet) -> dict[str, float | None]:
    """Unrounded score of each window (``None`` when it holds no counted contract)."""
    num, den, _, _ = _sums(counted, as_of, rules)
    scores: dict[str, float | None] = {}
    n = d = 0.0
    for i, name in enumerate(SEGMENTS):
        n, d = n + num[i], d + den[i]
        scores[name] = 100.0 * n / d if d > 1e-9 else None
    if not rules.trending:
        scores["3m"] = None
    six, three = scores["6m"], scores["3m"]
    scores["trending"] = (six + three) / 2 if six is not None and three is not None else None
    return scores


def shown(scores: Mapping[str, float | None], rules: RuleSet) -> tuple[str | None, float | None]:
    """The best-of rule on window scores: the highest candidate; on a tie, the longer window.

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
    """Whether these counted contracts give a score (:func:`enough`), and why, in words."""
    _, _, count, clients = _sums(counted, as_of, rules)
    ok = enough(count, clients, rules)
    return ok, eligibility_text(ok, count, clients, rules)


def eligibility_text(ok: bool, count: int, clients: int, rules: RuleSet, *, maybe: int = 0,
                     p_no_score: float = 0.0) -> str:
    """The eligibility sentence: ``count`` contracts with ``clients`` clients count for sure;
    ``maybe`` more count only in some of the ways the hidden ratings can go."""
    have = (f"{count} counted contract{'s' * (count != 1)} with {clients} "
            f"client{'s' * (clients != 1)} in the last 24 months")
    if maybe:
        have += (f", and {maybe} more that count{'s' * (maybe == 1)} only if "
                 f"{'its' if maybe == 1 else 'their'} hidden feedback is poor")
    need = f"at least {rules.min_contracts} contracts with {rules.min_clients} different clients"
    if ok:
        chance = (f" There is a {p_no_score:.0%} chance of no score at all."
                  if p_no_score >= 0.005 else "")
        return f"Enough for a score: {have} (these rules need {need}).{chance}"
    chance = (f" In {1 - p_no_score:.0%} of the ways the hidden feedback can go there is one."
              if p_no_score < 0.995 else "")
    return f"No score yet: {have}; these rules need {need}.{chance}"


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
