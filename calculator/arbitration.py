"""The arbitration decision in money: accept the offer, pay the fee, or let the escrow go."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from .errors import FieldError

__all__ = [
    "DEFAULT_FEE_ERA",
    "FEES_USD",
    "FEE_2025_USD",
    "FEE_AAA_USD",
    "FEE_ERAS",
    "FEE_SOURCES",
    "ArbitrationAdvice",
    "FeeEra",
    "Option",
    "arbitration",
    "break_even_escrow",
]

@dataclass(frozen=True, slots=True)
class FeeEra:
    """Who ran Upwork's arbitration in one period, and the fee per party reported for it."""

    id: str
    label: str
    organisation: str
    period: str
    fee_usd: float
    #: What the sources leave open about the fee in this era.
    note: str
    #: Ids on the guide's sources page.
    sources: tuple[str, ...]


#: Fee per party while arbitration ran through the American Arbitration Association (about 2016
#: to 2021): seed 002 and community-arbitration-fee (Community m-p/524994).
FEE_AAA_USD: Final = 291.0
#: Fee per party reported by freelancers in 2025 (reports-2025-arbitration); Upwork's help page
#: (help-arbitration) says the fee is split and Upwork pays part of it above some contract value.
FEE_2025_USD: Final = 337.5
#: The arbitration eras, today's first: the helper starts from today's fee and offers the older.
FEE_ERAS: Final[tuple[FeeEra, ...]] = (
    FeeEra("2025", "Today", "Brief, a neutral third-party organisation", "2025 on",
           FEE_2025_USD,
           "Upwork's help page says the fee is split between the parties and that Upwork pays "
           "part of it on contracts above an amount it does not publish; $337.50 each is what "
           "freelancers reported in April 2025. On a large contract your share may be lower.",
           ("help-arbitration", "help-fixed-dispute", "reports-2025-arbitration")),
    FeeEra("aaa-era", "AAA era", "the American Arbitration Association", "about 2016 to 2021",
           FEE_AAA_USD,
           "Each party, Upwork included, paid $291; the source threads of that time quote it.",
           ("seed-002", "community-arbitration-fee")),
)
#: The era the helper starts in: today's.
DEFAULT_FEE_ERA: Final = FEE_ERAS[0].id
#: The fee by era, for the helper's presets.
FEES_USD: Final[dict[str, float]] = {e.id: e.fee_usd for e in FEE_ERAS}
#: The sources of each era's fee (ids on the guide's sources page).
FEE_SOURCES: Final[dict[str, tuple[str, ...]]] = {e.id: e.sources for e in FEE_ERAS}
SOURCES: Final = ("help-arbitration", "seed-002")


@dataclass(frozen=True, slots=True)
class Option:
    """One choice and the money it brings the freelancer, net of the fee."""

    id: str
    label: str
    expected_usd: float
    best_usd: float
    worst_usd: float
    explanation: str

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "label": self.label, "expected_usd": self.expected_usd,
                "best_usd": self.best_usd, "worst_usd": self.worst_usd,
                "explanation": self.explanation}


@dataclass(frozen=True, slots=True)
class ArbitrationAdvice:
    """Every option, the one with the highest expected money, and the break-even chance."""

    escrow_usd: float
    fee_usd: float
    offer_usd: float | None
    p_other_pays: float
    p_win: float
    options: tuple[Option, ...]
    best_expected: str
    break_even_p_win: float | None
    notes: tuple[str, ...]
    #: Payments already released on the contract that the client's claim covers.
    released_usd: float = 0.0
    #: The smallest escrow for which paying the fee beats letting it go, on average.
    break_even_escrow_usd: float | None = None

    def option(self, option_id: str) -> Option:
        return next(o for o in self.options if o.id == option_id)

    def to_dict(self) -> dict[str, object]:
        return {
            "escrow_usd": self.escrow_usd, "fee_usd": self.fee_usd, "offer_usd": self.offer_usd,
            "p_other_pays": self.p_other_pays, "p_win": self.p_win,
            "options": [o.to_dict() for o in self.options],
            "best_expected": self.best_expected,
            "break_even_p_win": self.break_even_p_win,
            "released_usd": self.released_usd,
            "break_even_escrow_usd": self.break_even_escrow_usd,
            "notes": list(self.notes),
            "sources": list(SOURCES),
        }


def arbitration(escrow_usd: float, fee_usd: float, offer_usd: float | None = None,
                p_other_pays: float = 0.5, p_win: float = 0.5,
                released_usd: float = 0.0) -> ArbitrationAdvice:
    """Compare the freelancer's options once mediation has failed.

    The published rules (Help 14044146250259): arbitration is for fixed-price contracts, for
    money in escrow and also for payments already released; if only one party pays the fee, it
    gets the disputed funds and its fee back; once both pay, the fee is spent whoever wins and the
    arbitrator decides where the money goes, released payments included; if both decline, the
    escrow goes back to the client.

    Args:
        escrow_usd: the money in escrow (unfunded milestones cannot be arbitrated).
        fee_usd: the fee each party pays.
        offer_usd: the client's offer on the table, if any.
        p_other_pays: the chance the client pays its fee too.
        p_win: the chance of winning the award if both pay.
        released_usd: payments already released to you on this contract that the client also
            claims; an arbitrator can order them returned, and declining concedes them.

    >>> a = arbitration(350, 291, offer_usd=100, p_other_pays=0.2, p_win=0.6)
    >>> a.option("arbitrate").expected_usd, a.best_expected
    (263.8, 'arbitrate')
    >>> arbitration(350, 291, released_usd=500).option("arbitrate").worst_usd
    -791.0
    """
    escrow = _amount(escrow_usd, "escrow")
    fee = _amount(fee_usd, "fee")
    offer = None if offer_usd is None else _amount(offer_usd, "offer")
    q = _chance(p_other_pays, "p_other_pays")
    p = _chance(p_win, "p_win")
    released = _amount(released_usd, "released")
    if escrow <= 0 and released <= 0:
        raise FieldError("escrow", "expected the amount in escrow, above 0 (or an amount already "
                                   "released that the client claims): unfunded work cannot be "
                                   "arbitrated")

    # Money relative to now: released payments are already yours, so losing them is negative.
    outcomes = [(1 - q, escrow), (q * p, escrow - fee), (q * (1 - p), -fee - released)]
    possible = [v for chance, v in outcomes if chance > 0]
    at_stake = f"${escrow:,.2f} in escrow"
    if released:
        at_stake += f" and the ${released:,.2f} already released"
    arbitrate = Option(
        "arbitrate", "Pay the arbitration fee",
        _cents(sum(chance * v for chance, v in outcomes)), _cents(max(possible)),
        _cents(min(possible)),
        f"If the client does not pay its fee you keep {at_stake} and get your fee back; if both "
        f"pay, the ${fee:,.2f} fee is spent whoever wins and the arbitrator decides.",
    )
    if released:
        decline = Option("decline", "Decline arbitration", _cents(-q * released),
                         0.0, _cents(-released if q > 0 else 0.0),
                         "The escrow returns to the client; if the client pays for arbitration "
                         "and you do not, the released payments it claims go back too.")
    else:
        decline = Option("decline", "Let the escrow go back", 0.0, 0.0, 0.0,
                         "If nobody pays for arbitration the escrow returns to the client.")
    options = [arbitrate, decline]
    if offer is not None:
        options.insert(0, Option("accept", "Accept the offer", _cents(offer), _cents(offer),
                                 _cents(offer), "Certain money now, and the dispute ends."))
    best = max(options, key=lambda o: (o.expected_usd, o.worst_usd)).id
    return ArbitrationAdvice(escrow, fee, offer, q, p, tuple(options), best,
                             _break_even(escrow, fee, offer, q, released),
                             _notes(escrow, fee, offer, released), released,
                             break_even_escrow(fee, q, p, released))


def break_even_escrow(fee_usd: float, p_other_pays: float, p_win: float,
                      released_usd: float = 0.0) -> float | None:
    """The smallest escrow for which paying the fee is worth more, on average, than declining.

    Paying brings the escrow when the client does not pay (chance 1 - q), the escrow minus the
    fee when both pay and you win (q * p), and minus the fee (and any released payments claimed)
    when both pay and you lose. Declining concedes the escrow, and the released payments if the
    client pays. So paying is worth it when the escrow is above
    ``q * (fee - p * released) / (1 - q + q * p)``. ``None`` when no escrow is enough (the client
    is sure to pay and you are sure to lose).

    >>> break_even_escrow(291, p_other_pays=1.0, p_win=0.5)  # a client sure to pay: twice the fee
    582.0
    >>> break_even_escrow(291, p_other_pays=0.5, p_win=0.5)
    194.0
    """
    fee = _amount(fee_usd, "fee")
    q = _chance(p_other_pays, "p_other_pays")
    p = _chance(p_win, "p_win")
    released = _amount(released_usd, "released")
    share = 1 - q + q * p
    if share == 0:
        return None
    return _cents(max(0.0, q * (fee - p * released) / share))


def _break_even(escrow: float, fee: float, offer: float | None, q: float,
                released: float) -> float | None:
    """The chance of winning at which paying the fee pays as much, on average, as the offer."""
    if offer is None or q == 0 or escrow + released == 0:
        return None
    p = (offer - (1 - q) * escrow + q * fee + q * released) / (q * (escrow + released))
    return round(p, 4) if 0 <= p <= 1 else None


def _notes(escrow: float, fee: float, offer: float | None, released: float) -> tuple[str, ...]:
    notes = ["Winning arbitration does not remove the client's feedback; only money is decided."]
    if fee >= escrow:
        notes.append("The fee is at least the escrow: if the client pays too, even a win loses "
                     "money.")
    if released == 0:
        notes.append("This worst case counts only the escrow. On a fixed-price contract the client "
                     "can also claim payments already released to you, and an arbitrator can "
                     "order them returned, so you can lose more than the fee.")
    if offer is not None and offer > escrow + released:
        notes.append("The offer is above the money in dispute: arbitration can award no more.")
    return tuple(notes)


def _amount(value: float, path: str) -> float:
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or not math.isfinite(value) or not 0 <= value <= 100_000_000):
        raise FieldError(path, "expected an amount in USD from 0 to 100,000,000")
    return float(value)


def _chance(value: float, path: str) -> float:
    if (isinstance(value, bool) or not isinstance(value, int | float)
            or not math.isfinite(value) or not 0 <= value <= 1):
        raise FieldError(path, "expected a chance from 0 to 1 (for example 0.5 for 50%)")
    return float(value)


def _cents(value: float) -> float:
    return round(value + 0.0, 2)
