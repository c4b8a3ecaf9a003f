"""The chances of a private rating the freelancer cannot see, given what the freelancer can see."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["DISPUTE_COUNTS", "NO_FEEDBACK_COUNTS", "PRIVATE_PRIORS", "UNSURE_STARS_ONLY", "Band",
           "PrivatePrior", "prior_for"]

Band = Literal["good", "mixed", "poor"]


@dataclass(frozen=True, slots=True)
class PrivatePrior:
    """The chance of each private band for contracts that share what the freelancer can see.

    ``public`` is the public band (``None``: no public feedback); ``zero_earnings`` whether the
    contract kept no money, was refunded in part, or was disputed (a poor client experience,
    Help 38439816969875). ``how`` says how the numbers were set.
    """

    id: str
    public: Band | None
    zero_earnings: bool
    good: float
    mixed: float
    poor: float
    sources: tuple[str, ...]
    how: str

    def chances(self) -> tuple[tuple[Band, float], ...]:
        return (("good", self.good), ("mixed", self.mixed), ("poor", self.poor))

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "public": self.public, "zero_earnings": self.zero_earnings,
                "good": self.good, "mixed": self.mixed, "poor": self.poor,
                "sources": list(self.sources), "how": self.how}


_TUNED: Final = ("The chance of a poor rating behind paid good stars was chosen on the tuning "
                 "half of the reported cases (tests/calculator/data/reports.json) by the best "
                 "mean log score over a grid (tools/calibrate.py --grid). Those reports come "
                 "from freelancers who posted about a surprising score, so this is likely "
                 "higher than for a typical freelancer.")
_SET: Final = ("Not identifiable from the reports (no case depends on it): set by hand so that "
               "worse stars mean a likelier poor private rating, and a $0 contract (usually a "
               "refund or a dispute) likelier still.")

#: The prior of each private band. Reports with good stars and a drop nobody can explain are
#: common (Help 211063558 says clients rate privately; seed 004; reports file), so even five
#: public stars leave a real chance of a poor private rating.
PRIVATE_PRIORS: Final[tuple[PrivatePrior, ...]] = (
    PrivatePrior("good-paid", "good", False, 0.89, 0.05, 0.06,
                 ("help-what-is-js", "seed-004", "reports"), _TUNED),
    PrivatePrior("good-unpaid", "good", True, 0.60, 0.15, 0.25,
                 ("moderator-2025-zero", "seed-001", "reports"), _SET),
    PrivatePrior("mixed-paid", "mixed", False, 0.25, 0.35, 0.40,
                 ("help-factors", "seed-004", "reports"), _SET),
    PrivatePrior("mixed-unpaid", "mixed", True, 0.10, 0.30, 0.60,
                 ("help-factors", "seed-000", "reports"), _SET),
    PrivatePrior("poor-paid", "poor", False, 0.03, 0.07, 0.90,
                 ("help-factors", "seed-000"), _SET),
    PrivatePrior("poor-unpaid", "poor", True, 0.02, 0.03, 0.95,
                 ("help-factors", "seed-000"), _SET),
)
_BY_KEY: Final = {(p.public, p.zero_earnings): p for p in PRIVATE_PRIORS}

#: Before November 2020 a contract that ended (or sat idle) with earnings but no feedback was
#: "mostly excluded", yet many of them could lower the score a little (Help 115006097327 as
#: quoted in seed 001; the 2015 blog: missing feedback is flagged only when it is a significant
#: share). The model gives each such contract this chance of counting as a failure, chosen with
#: the chance above by the grid (tools/calibrate.py --grid); it is the grid's lowest value, and
#: the reports tell the values apart only weakly.
NO_FEEDBACK_COUNTS: Final = 0.05


#: A disputed contract (settled, won or lost, in a dispute, mediation or arbitration) counts
#: as a failure with this chance, whatever its feedback. Upwork's pages disagree: the factors
#: page (Help 38439816969875) lists "Disputed contracts and poor client experiences" among what
#: lowers the score, while staff answers in source thread 000 say the dispute itself is not an
#: input, only the client's feedback. Set by hand at even odds between the two readings (no
#: report can tell them apart); its outcome does not change it, so winning never scores worse
#: than losing (both weigh what the contract was worth).
DISPUTE_COUNTS: Final = 0.5

#: A contract whose review form the freelancer is not sure of had the stars-only form with this
#: chance (set by hand: nothing tells which form a client saw).
UNSURE_STARS_ONLY: Final = 0.5


def prior_for(public: Band | None, zero_earnings: bool) -> PrivatePrior | None:
    """The prior for a contract with this public band; ``None`` when no feedback was left.

    >>> prior_for("good", False).poor
    0.06
    """
    return _BY_KEY.get((public, zero_earnings))
