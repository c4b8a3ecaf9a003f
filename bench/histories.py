"""Deterministic contract histories for the benchmarks (the same on CPython and in Pyodide).

`history(n)` gives `n` contracts spread over the two years before `AS_OF`, with a mix of fixed and
hourly, open and ended, paid and unpaid, rated and unrated, known and unknown private ratings, a
few excluded clients, and (drawn apart, so the other fields stay as they were) a few review forms
set by hand, refunds and disputes: every path of the model is taken. A small linear congruential
generator (not `random`) keeps the histories byte-identical on every Python.
"""

from __future__ import annotations

from datetime import date, timedelta

from calculator import UNKNOWN, Contract, History
from calculator.model import Dispute, ReviewForm

AS_OF = date(2025, 6, 1)
SPAN_DAYS = 2 * 365


class _Lcg:
    """Numerical Recipes' 32-bit LCG: tiny, portable, and good enough for test data."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFF

    def below(self, n: int) -> int:
        self.state = (1664525 * self.state + 1013904223) & 0xFFFFFFFF
        return (self.state >> 8) % n


def contract(i: int, rng: _Lcg, later: _Lcg | None = None) -> Contract:
    start = AS_OF - timedelta(days=1 + rng.below(SPAN_DAYS))
    open_ = rng.below(10) == 0
    end = None if open_ else min(AS_OF, start + timedelta(days=1 + rng.below(120)))
    earnings = 0.0 if rng.below(15) == 0 else float(50 + rng.below(5000))
    paid_until = end or AS_OF - timedelta(days=rng.below(200))
    last_payment = None if earnings == 0 else max(start, paid_until)
    # Mostly five stars, some lower, one in five without public feedback.
    stars = rng.below(10)
    public = None if stars < 2 else 5.0 if stars < 7 else (10 + rng.below(41)) / 10
    choice = rng.below(4)
    private = UNKNOWN if choice < 2 else None if choice == 2 else 5 + rng.below(6)
    if open_:  # no feedback while a contract is open (the JSON format refuses it)
        public, private = None, UNKNOWN
    extra = _Lcg(i) if later is None else later
    form = extra.below(10)
    review_form: ReviewForm | None = ("private" if form == 0 else "unsure" if form == 1
                   else "stars" if form == 2 and not isinstance(private, int) else None)
    refunded = float(10 + extra.below(500)) if not open_ and extra.below(20) == 0 else 0.0
    disputes: tuple[Dispute, ...] = ("none", "settled", "won", "lost")
    dispute = disputes[extra.below(4)] \
        if not open_ and extra.below(30) == 0 else "none"
    return Contract(
        id=str(i + 1),
        client=f"Client {i % 97}",
        kind="hourly" if rng.below(3) == 0 else "fixed",
        start=start,
        end=end,
        earnings_usd=earnings,
        last_payment=last_payment,
        public_rating=public,
        private_rating=private,
        client_excluded=rng.below(40) == 0,
        review_form=review_form,
        refunded_usd=refunded,
        dispute=dispute,
    )


def history(n: int, seed: int = 20250601) -> History:
    """`n` contracts, the same ones for the same `n` and `seed` on every run and every Python.

    Valid in the JSON format (`from_dict(to_dict(history(n)))` round-trips for n up to
    MAX_CONTRACTS); larger histories are only for the model's own functions.
    """
    rng, later = _Lcg(seed + n), _Lcg(seed + n + 0x5F3759DF)
    return History(as_of=AS_OF, contracts=tuple(contract(i, rng, later) for i in range(n)))
