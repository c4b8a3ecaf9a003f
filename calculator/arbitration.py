"""The arbitration decision in money: accept the offer, pay the fee, or let the escrow go."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from .errors import FieldError

__all__ = ["FEES_USD", "ArbitrationAdvice", "Option", "arbitration"]

#: Fee per party: $291 in the AAA era (seed 002), reported $337.50 in 2025 (Help 14044146250259).
FEES_USD: Final[dict[str, float]] = {"aaa-era": 291.0, "2025": 337.5}
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

    def option(self, option_id: str) -> Option:
        return next(o for o in self.options if o.id == option_id)

    def to_dict(self) -> dict[str, object]:
        return {
            "escrow_usd": self.escrow_usd, "fee_usd": self.fee_usd, "offer_usd": self.offer_usd,
            "p_other_pays": self.p_other_pays, "p_win": self.p_win,
            "options": [o.to_dict() for o in self.options],
            "best_expected": self.best_expected,
            "break_even_p_win": self.break_even_p_win,
            "notes": list(self.notes),
            "sources": list(SOURCES),
        }


def arbitration(escrow_usd: float, fee_usd: float, offer_usd: float | None = None,
                p_other_pays: float = 0.5, p_win: float = 0.5) -> ArbitrationAdvice:
    """Compare the freelancer's options once mediation has failed.

    The published rules: only funds in escrow can be arbitrated; if only one party pays the fee,
    it gets the escrow and its fee back; once both pay, the fee is spent whoever wins; if both
    decline, the escrow goes back to the client.

    Args:
        escrow_usd: the money in escrow (future milestones cannot be arbitrated).
        fee_usd: the fee each party pays.
        offer_usd: the client's offer on the table, if any.
        p_other_pays: the chance the client pays its fee too.
        p_win: the chance of winning the award if both pay.

    >>> a = arbitration(350, 291, offer_usd=100, p_other_pays=0.2, p_win=0.6)
    >>> a.option("arbitrate").expected_usd, a.best_expected
    (263.8, 'arbitrate')
    """
    escrow = _amount(escrow_usd, "escrow")
    fee = _amount(fee_usd, "fee")
    offer = None if offer_usd is None else _amount(offer_usd, "offer")
    q = _chance(p_other_pays, "p_other_pays")
    p = _chance(p_win, "p_win")
    if escrow <= 0:
        raise FieldError("escrow", "expected the amount in escrow, above 0: only escrowed "
                                   "funds can be arbitrated")

    outcomes = [(1 - q, escrow), (q * p, escrow - fee), (q * (1 - p), -fee)]
    possible = [v for chance, v in outcomes if chance > 0]
    arbitrate = Option(
        "arbitrate", "Pay the arbitration fee",
        _cents(sum(chance * v for chance, v in outcomes)), _cents(max(possible)),
        _cents(min(possible)),
        f"If the client does not pay its fee you get the ${escrow:,.2f} in escrow and your fee "
        f"back; if both pay, the ${fee:,.2f} fee is spent whoever wins.",
    )
    decline = Option("decline", "Let the escrow go back", 0.0, 0.0, 0.0,
                     "If nobody pays for arbitration the escrow returns to the client.")
    options = [arbitrate, decline]
    if offer is not None:
        options.insert(0, Option("accept", "Accept the offer", _cents(offer), _cents(offer),
                                 _cents(offer), "Certain money now, and the dispute ends."))
    best = max(options, key=lambda o: (o.expected_usd, o.worst_usd)).id
    return ArbitrationAdvice(escrow, fee, offer, q, p, tuple(options), best,
                             _break_even(escrow, fee, offer, q), _notes(escrow, fee, offer))


def _break_even(escrow: float, fee: float, offer: float | None, q: float) -> float | None:
    """The chance of winning at which paying the fee pays as much, on average, as the offer."""
    if offer is None or q == 0:
        return None
    p = (offer - (1 - q) * escrow + q * fee) / (q * escrow)
    return round(p, 4) if 0 <= p <= 1 else None


def _notes(escrow: float, fee: float, offer: float | None) -> tuple[str, ...]:
    notes = ["Winning arbitration does not remove the client's feedback; only money is decided."]
    if fee >= escrow:
        notes.append("The fee is at least the escrow: if the client pays too, even a win loses "
                     "money.")
    if offer is not None and offer > escrow:
        notes.append("The offer is above the escrow: arbitration can only award the escrow.")
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
