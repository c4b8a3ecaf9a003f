"""The inputs: one contract and a history of them, as immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Final, Literal

__all__ = ["UNKNOWN", "Contract", "Dispute", "History", "Kind", "PrivateRating", "ReviewForm",
           "ShownScore", "Unknown"]

Kind = Literal["fixed", "hourly"]

#: The end-of-contract form the client filled in: ``"private"`` the older one (stars and a 0-10
#: private rating), ``"stars"`` the streamlined one (1-5 public stars and an optional private
#: note, no private rating), ``"unsure"``; ``None`` on a contract: decided from the end date.
ReviewForm = Literal["private", "stars", "unsure"]

#: A payment dispute, its mediation or an arbitration award: ``"settled"`` (agreed in the
#: dispute or mediation), ``"won"`` (decided or awarded for the freelancer), ``"lost"`` (for the
#: client); ``"none"`` when there was none.
Dispute = Literal["none", "settled", "won", "lost"]


class Unknown(Enum):
    """The private rating the freelancer cannot see (Upwork never shows it)."""

    UNKNOWN = "unknown"

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Final = Unknown.UNKNOWN

#: 0-10, ``None`` when the client left none, ``UNKNOWN`` when the freelancer cannot tell.
PrivateRating = int | None | Unknown


@dataclass(frozen=True, slots=True)
class Contract:
    """One contract as the freelancer sees it.

    ``earnings_usd`` is what was kept after refunds and ``refunded_usd`` what went back to the
    client by refund or dispute; ``end`` is ``None`` while the contract is open;
    ``public_rating`` is the star rating (1.0-5.0) or ``None`` for no public feedback;
    ``review_form`` the end-of-contract form (``None``: decided from the end date).
    """

    id: str
    client: str
    kind: Kind
    start: date
    end: date | None
    earnings_usd: float
    last_payment: date | None = None
    public_rating: float | None = None
    private_rating: PrivateRating = UNKNOWN
    client_excluded: bool = False
    review_form: ReviewForm | None = None
    refunded_usd: float = 0.0
    dispute: Dispute = "none"

    @property
    def is_open(self) -> bool:
        return self.end is None


@dataclass(frozen=True, slots=True)
class ShownScore:
    """A Job Success Score Upwork showed the freelancer on a day; ``None``: no score shown."""

    date: date
    score: int | None


@dataclass(frozen=True, slots=True)
class History:
    """A freelancer's contracts on a given day, and optionally the rule set to apply.

    ``shown`` holds the scores Upwork showed, oldest first, each on or before ``as_of``.
    """

    as_of: date
    contracts: tuple[Contract, ...]
    rules: str | None = None
    shown: tuple[ShownScore, ...] = ()
