"""What the model assumes where Upwork publishes nothing, listed as data for the page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from . import rules as _table
from .explain import TOLERANCE
from .private import DISPUTE_COUNTS, NO_FEEDBACK_COUNTS, PRIVATE_PRIORS, UNSURE_STARS_ONLY
from .rules import RuleSet
from .summary import RANGE_LEVEL, RANGE_MASS

__all__ = ["ASSUMPTIONS", "Assumption", "assumptions"]


@dataclass(frozen=True, slots=True)
class Assumption:
    """One assumption, with the sources that make it the best available guess."""

    id: str
    text: str
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return {"id": self.id, "text": self.text, "sources": list(self.sources)}


def assumptions(rules: RuleSet | None = None) -> tuple[Assumption, ...]:
    """The assumptions, with the numbers of ``rules`` (the current rules by default) filled in."""
    if rules is None:
        rules = _table.RULE_SETS[-1]  # read at call time, so a changed table is followed
    n = rules.numbers()
    good = next(p for p in PRIVATE_PRIORS if p.id == "good-paid")
    return (
        Assumption(
            "share-of-success",
            "A window's score is the weighted share of successful outcomes: a positive contract "
            "counts 1, a neutral one 1/2, a negative one 0. Upwork's 2015 wording (successful "
            "minus unsuccessful, over all outcomes) read literally would put one bad contract in "
            "ten at 80%; freelancers with that history report about 90%, which this reading "
            "gives.",
            ("blog-2015", "seed-001"),
        ),
        Assumption(
            "feedback-bands",
            f"Public stars: {n['public_good']} or more is good, {n['public_mixed']} up to "
            f"{n['public_good']} mixed, below {n['public_mixed']} poor. Private 'likely to "
            f"recommend' (0-10): {n['private_good']}-10 good, {n['private_mixed']}-"
            f"{rules.private_good_min - 1} mixed, 0-{rules.private_mixed_min - 1} poor (the "
            "usual reading of such scales).",
            ("help-factors", "seed-004"),
        ),
        Assumption(
            "private-decides",
            "A poor private rating makes a contract unsuccessful whatever its stars; a good one "
            "makes it successful unless the stars are poor (then neutral); a mixed one follows "
            "the stars. Freelancers report full drops after five-star reviews, which a half "
            "failure cannot produce. Upwork said in December 2023 that public feedback gets more "
            "emphasis, without a number: not modelled.",
            ("help-what-is-js", "seed-004", "bulletin-2023-12", "reports"),
        ),
        Assumption(
            "private-chances",
            "You cannot see private ratings. Each unknown one gets a chance of being good, mixed "
            f"or poor, by its public band and by whether the contract kept any money (behind "
            f"five paid stars: poor {good.poor:.0%}). The chances are listed on the model page "
            "with how they were set.",
            ("help-what-is-js", "seed-001", "seed-004", "reports"),
        ),
        Assumption(
            "range-level",
            "The score is the average of the scores these chances give, rounded (it missed "
            "reported scores by less than the middle score did). The range is the central "
            f"{RANGE_MASS:.0%} of them, meant to hold the score Upwork shows about "
            f"{RANGE_LEVEL:.0%} of the time: the model's own central {RANGE_LEVEL:.0%} held "
            "reported scores less often than that. How often it held on reports kept apart "
            "from the tuning is on the model page.",
            ("reports",),
        ),
        Assumption(
            "shown-fit",
            f"Given the score Upwork shows, the combinations of hidden ratings within "
            f"{TOLERANCE} points of it are the ones that fit; the model's own error (weights "
            "Upwork does not publish) is why it is not held to the exact point. The model "
            "counts each contract as a whole success, half or failure, so its scores come in "
            "steps; a shown score between the lowest and highest this history can give (with "
            f"{TOLERANCE} points either side) is read as the nearer steps, never as a mistake "
            "in what you entered. The score shown is the one you entered for that day.",
            ("reports",),
        ),
        Assumption(
            "no-feedback-chance",
            "Before November 2020, a contract that ended, or sat idle for "
            f"{n['gap_days']} days, with earnings but no feedback was mostly left out, yet many "
            "could lower the score: each has a "
            f"{NO_FEEDBACK_COUNTS:.0%} chance of counting as a failure. With no earnings it "
            "counted as a failure.",
            ("help-why-changed", "blog-2015", "seed-001"),
        ),
        Assumption(
            "job-size-bands",
            "From March 2020 jobs are weighted by size, but the weights were only published in "
            f"2025 ({n['bands']} by earnings; plus 1 for every {n['step_months']} months of "
            f"paid length, up to {n['max_weight']}). The model uses the earnings bands from 2020 "
            "and adds the length bonus from 2025.",
            ("announce-2020-03", "help-jss"),
        ),
        Assumption(
            "paid-length",
            "A contract's paid length runs from its start to its latest payment, but not past "
            "its end (a late bonus does not lengthen it). A contract is long-term when that is "
            f"at least {n['gap_days']} days and it was paid within the last {n['gap_days']} "
            f"days; an open contract is idle when nothing was paid for {n['gap_days']} days. "
            "Payment dates in between are not asked for, so regular payment is assumed.",
            ("help-jss", "seed-001"),
        ),
        Assumption(
            "window-date",
            "An ended contract belongs to the windows that contain its end date; a counted open "
            "contract to those that contain the day it became idle or, if active, the as-of "
            "date.",
            ("help-why-changed",),
        ),
        Assumption(
            "no-window-minimum",
            "Any window with at least one counted contract has a score; no source gives a "
            "minimum number of contracts for a short window, though Upwork may use one.",
            ("release-trending",),
        ),
        Assumption(
            "rounding",
            "Scores are shown in whole percent, rounded half up; Trending and the best-of choice "
            "use the unrounded window scores.",
            ("release-trending",),
        ),
        Assumption(
            "form-era",
            "Upwork removed the 0-10 private rating from the end-of-contract form; clients now "
            "leave 1-5 public stars and may add a private note (Help 211062188, undated). The "
            "model dates the change to about "
            f"{_table.FORM_CHANGE:%B %Y} (approximate; you can set the date, or mark a "
            "contract's form): a contract that ended from then on has no hidden rating, and its "
            "stars, refund and dispute decide. One that ended before keeps its hidden rating "
            "until it leaves the 24-month window: Upwork does not say, and that is the reading "
            "that changes least. A contract whose form you are not sure of is read as the "
            f"stars-only form with a {UNSURE_STARS_ONLY:.0%} chance. Upwork's pages disagree: "
            "the factors page was reworded to 'good feedback' and 'Negative client feedback', "
            "while the Job Success Score page still lists private feedback; the model follows "
            "the newer wording.",
            ("help-leave-feedback", "help-factors-2026", "help-jss"),
        ),
        Assumption(
            "disputes",
            "Upwork's factors page lists disputed contracts among what lowers the score; staff "
            "answers say the dispute itself is not an input, only the feedback. The model gives "
            f"a disputed contract a {DISPUTE_COUNTS:.0%} chance of counting as a failure, "
            "whether it was settled, won or lost, and otherwise reads its feedback. It weighs "
            "what the contract was worth (kept plus refunded), so winning never scores worse "
            "than losing. A refund hides the public review from the profile, but the client's "
            "feedback still counts; a full refund makes it a $0 contract; a hidden private "
            "rating behind a refund or a dispute is read with the chances of a $0 contract.",
            ("help-factors", "seed-000", "seed-001", "seed-002"),
        ),
        Assumption(
            "not-modelled",
            "Not modelled: feedback removed with the Top Rated perk, end reasons other than "
            "through the ratings, and account-level factors.",
            ("seed-001", "help-feedback-removal"),
        ),
    )


ASSUMPTIONS: Final[tuple[Assumption, ...]] = assumptions()
