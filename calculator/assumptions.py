"""What the model assumes where Upwork publishes nothing, listed as data for the page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["ASSUMPTIONS", "Assumption"]


@dataclass(frozen=True, slots=True)
class Assumption:
    """One assumption, with the sources that make it the best available guess."""

    id: str
    text: str
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "text": self.text, "sources": list(self.sources)}


ASSUMPTIONS: Final[tuple[Assumption, ...]] = (
    Assumption(
        "share-of-success",
        "A window's score is the weighted share of successful outcomes: a positive contract "
        "counts 1, a neutral one 1/2, a negative one 0. Upwork's 2015 wording (successful minus "
        "unsuccessful, over all outcomes) read literally would put one bad contract in ten at "
        "80%; freelancers with that history report about 90%, which this reading gives.",
        ("blog-2015", "seed-001"),
    ),
    Assumption(
        "feedback-bands",
        "Public stars: 4.5 or more is good, 3.5 to 4.49 mixed, below 3.5 poor. Private "
        "'likely to recommend' (0-10): 9-10 good, 7-8 mixed, 0-6 poor (the usual reading of "
        "such scales). Both good, or good and mixed: positive. Both poor, or mixed and poor: "
        "negative. Anything else, including good and poor together: neutral.",
        ("help-factors", "seed-004"),
    ),
    Assumption(
        "private-unknown",
        "You cannot see private ratings. Where yours is unknown, the estimate assumes it agrees "
        "with the public rating (none left when there is no public feedback). The range shows "
        "the score if every unknown private rating were poor, and if every one were good.",
        ("help-what-is-js", "seed-001", "seed-004"),
    ),
    Assumption(
        "job-size-bands",
        "From March 2020 jobs are weighted by size, but the weights were only published in "
        "2025 (1, 1.25, 1.5 by earnings; plus 1 for every 3 months of paid length, up to 8). "
        "The model uses the earnings bands from 2020 and adds the length bonus from 2025.",
        ("announce-2020-03", "help-jss"),
    ),
    Assumption(
        "paid-length",
        "A contract's paid length runs from its start to its latest payment. A contract is "
        "long-term when that is at least 90 days and it was paid within the last 90 days; an "
        "open contract is idle when nothing was paid for 90 days.",
        ("help-jss", "seed-001"),
    ),
    Assumption(
        "window-date",
        "An ended contract belongs to the windows that contain its end date; a counted open "
        "contract to those that contain the day it became idle or, if active, the as-of date.",
        ("help-why-changed",),
    ),
    Assumption(
        "no-window-minimum",
        "Any window with at least one counted contract has a score; Upwork may require more.",
        ("release-trending",),
    ),
    Assumption(
        "rounding",
        "Scores are shown in whole percent, rounded half up; Trending and the best-of choice use "
        "the unrounded window scores.",
        ("release-trending",),
    ),
    Assumption(
        "not-modelled",
        "Not modelled: the extra weight on public feedback announced in December 2023, the small "
        "effect many no-feedback contracts could have before November 2020, feedback removed with "
        "the Top Rated perk, and account-level factors. End reasons are read only through the "
        "ratings.",
        ("bulletin-2023-12", "seed-001", "help-feedback-removal"),
    ),
)
