"""The linkable answers: one record per question, the single source of each short answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

__all__ = ["ANSWERS", "ERAS", "GRADES", "PAGES", "PAGE_TITLES", "POPULAR", "Answer", "by_id"]

#: How strong the evidence is, strongest first. Every answer names exactly one.
GRADES: Final[tuple[str, ...]] = (
    "Upwork's own statement",
    "long-standing expert consensus",
    "individual report",
)
OFFICIAL, CONSENSUS, REPORT = GRADES

#: The eras an answer can apply to (see history.md). Short, so a helper can quote them.
ERAS: Final[dict[str, str]] = {
    "all": "All eras (2015 to today)",
    "current": "Current rules (2025 help page)",
    "since-2020-11": "Since 8 November 2020",
    "changed-2020-11": "Changed on 8 November 2020: both eras explained",
    "since-2024-09": "Since 3 September 2024",
    "since-2021": "Since the Trending score (about 2021)",
    "arbitration": "Arbitration process: AAA era (2016-2021) and 2025 reports",
    "dispute-process": "Current dispute process (Help Center)",
}

#: The pages that hold answers (docs/<page>.md, published at <page>/), with their titles.
PAGE_TITLES: Final[dict[str, str]] = {
    "jss": "How the JSS works",
    "outcomes": "Contract outcomes",
    "feedback": "Feedback",
    "disputes": "Disputes",
    "mediation": "Mediation",
    "arbitration": "Arbitration",
    "history": "Rule history",
}
PAGES: Final[tuple[str, ...]] = tuple(PAGE_TITLES)

#: The answers the home page lists first: the questions forum helpers answer most.
POPULAR: Final[tuple[str, ...]] = (
    "accept-lower-offer",
    "open-contract-bad-outcome",
    "refund-remove-feedback",
    "small-history-swings",
    "fee-worth-it",
    "five-stars-lower-score",
    "unusual-date-drop",
    "top-rated-removal-perk",
)

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Answer:
    """One question from the threads, answered. ``id`` is its published anchor: never change it."""

    id: str
    page: str
    question: str
    short_answer: str
    sources: tuple[str, ...]
    grade: str
    era: str  # a key of ERAS

    @property
    def url(self) -> str:
        """Site-relative address of the answer, as forum helpers paste it."""
        return f"{self.page}/#{self.id}"

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "question": self.question,
            "short_answer": self.short_answer,
            "url": self.url,
            "sources": list(self.sources),
            "era": ERAS[self.era],
            "grade": self.grade,
        }


def _a(id_: str, page: str, question: str, short: str, sources: tuple[str, ...], grade: str,
       era: str) -> Answer:
    return Answer(id_, page, question, " ".join(short.split()), sources, grade, era)


ANSWERS: Final[tuple[Answer, ...]] = (
    # --- How the JSS works -------------------------------------------------------------------
    _a("small-history-swings", "jss",
       "Why does one bad contract move my score so much?",
       """Because with a short history each contract is a big share of the window: one bad
       outcome among ten contracts is a tenth of everything counted, one among fifty is a
       fiftieth. A freelancer in the source thread with about ten contracts and one bad outcome
       was shown 91%.""",
       ("seed-001", "blog-2015", "help-jss"), CONSENSUS, "all"),
    _a("unusual-date-drop", "jss",
       "Why did my score drop on an odd day, with no new contract?",
       """The score is recomputed from windows of past contracts, so it moves when a good
       contract leaves a window, when an older contract's feedback arrives, or when the best-of
       rule switches to another window. Today it updates daily, so no day is unusual.""",
       ("help-why-changed", "help-jss", "seed-004"), OFFICIAL, "current"),
    _a("free-work-profile", "jss",
       "Does working cheaply or for free help build a profile?",
       """No. Contracts are weighted by what they paid and how long they ran, so underpaid work
       adds little when it goes well, while a long, badly paid contract that ends with an
       unhappy client can become the heaviest entry in your history.""",
       ("seed-002", "help-jss", "announce-2020-03"), CONSENSUS, "since-2020-11"),
    _a("when-score-updates", "jss",
       "When does the score update?",
       """Every day under the current help page. Older threads speak of a run every two weeks,
       often at the weekend: that was the original schedule, so advice to wait for "the next
       run" belongs to that era.""",
       ("help-jss", "blog-2015", "seed-000"), OFFICIAL, "current"),
    # --- Contract outcomes ---------------------------------------------------------------------
    _a("open-contract-bad-outcome", "outcomes",
       "Does an open or idle contract count as a bad outcome?",
       """Not today: an open contract counts only if it is a long-term one with regular
       payments, and then it helps. Before November 2020 an open contract left idle with
       nothing earned could count against you, which is where the old warnings come from.""",
       ("help-jss", "blog-2015", "announce-2020-11", "seed-001"), OFFICIAL, "changed-2020-11"),
    _a("earnings-no-feedback", "outcomes",
       "Do contracts with earnings but no feedback count?",
       """No: since 8 November 2020 a contract that ends without feedback is left out, paid or
       not. Before that they were mostly left out, but having many of them could pull the
       score down a little.""",
       ("announce-2020-11", "seed-001", "help-jss"), OFFICIAL, "changed-2020-11"),
    _a("no-earnings-no-feedback", "outcomes",
       "Do contracts with no earnings and no feedback count?",
       """Today they are left out. Until November 2020 they could lower the score a lot,
       because Upwork read an unpaid, unrated contract as an unhappy client; old threads that
       warn about them describe that era.""",
       ("announce-2020-11", "blog-2015", "moderator-2025-zero", "seed-001"), OFFICIAL,
       "changed-2020-11"),
    _a("close-unpaid-or-leave-open", "outcomes",
       "Should I close an unpaid fixed-price contract and take a poor review, or leave it open?",
       """Leaving it open only delays the outcome: an open contract does not count, but the
       client can end it and rate you whenever they like. First submit the work you agreed to
       for payment; an unpaid contract that ends with poor feedback counts against you under
       every rule set.""",
       ("seed-003", "moderator-2025-zero", "help-jss", "help-fixed-review"), CONSENSUS, "all"),
    _a("cancel-to-avoid-feedback", "outcomes",
       "Can I cancel a contract so the client cannot leave feedback?",
       """No. However a contract ends, and whoever ends it, the client can still give feedback,
       and on an unpaid contract the private part still counts even though no public review
       shows. The only way to avoid bad feedback is to settle things with the client.""",
       ("seed-002", "seed-001", "moderator-2025-zero"), CONSENSUS, "all"),
    _a("withdrawn-offer", "outcomes",
       "Does a withdrawn or declined offer affect my score?",
       """No. An offer is not a contract until it is accepted, so withdrawn and declined offers
       never enter the score; look for the cause among contracts that ended or got feedback
       recently.""",
       ("seed-004",), CONSENSUS, "all"),
    _a("ending-many-contracts", "outcomes",
       "Does ending many contracts at once hurt?",
       """No. How many contracts end on the same day is not a factor; each one counts by its
       own feedback and outcome, so closing finished work in a batch is safe.""",
       ("seed-004", "help-factors"), CONSENSUS, "all"),
    _a("who-ends-contract", "outcomes",
       "Does it matter who ends the contract?",
       """No. The score reads the client's feedback and the reason given for ending, not which
       side pressed the button.""",
       ("help-jss", "seed-004"), CONSENSUS, "all"),
    _a("flagged-client-feedback", "outcomes",
       "Does feedback from a flagged or suspended client count?",
       """No. Upwork leaves out feedback from clients it has flagged for a history of poor
       collaboration, and from clients suspended for Terms of Service or fraud reasons; a client
       suspended over a payment problem, such as an expired card, still counts.""",
       ("seed-002", "help-factors"), OFFICIAL, "current"),
    # --- Feedback ------------------------------------------------------------------------------
    _a("refund-remove-feedback", "feedback",
       "Does refunding the client remove bad feedback?",
       """No. A full refund hides the public review from your profile, but the private
       feedback still counts, and the refunded contract becomes a $0 contract, which counts
       against you when that private feedback is negative.""",
       ("seed-001", "seed-002", "moderator-2025-zero"), CONSENSUS, "all"),
    _a("five-stars-lower-score", "feedback",
       "Can five-star reviews still lower my score?",
       """Yes. The public stars are only part of it: the private "would you recommend" score
       and the reason for ending also count, and you never see them, so a five-star contract
       can still count as a weak or bad outcome.""",
       ("help-jss", "help-factors", "seed-001", "seed-004"), OFFICIAL, "all"),
    _a("top-rated-removal-perk", "feedback",
       "Is there still a Top Rated feedback-removal perk?",
       """No. Upwork ended it on 3 September 2024. Advice to wait for Top Rated and then have a
       bad contract removed from the score comes from before that date.""",
       ("help-feedback-removal", "seed-003", "seed-001"), OFFICIAL, "since-2024-09"),
    # --- Disputes ------------------------------------------------------------------------------
    _a("accept-lower-offer", "disputes",
       "Should I accept a lower dispute offer or keep fighting for the full amount?",
       """Decide on the money, not the score. The client's feedback is what counts and it is
       already given; settling for less changes the score at most slightly, since a larger
       unhappy contract weighs only a little more, so take whichever option pays you more for
       the effort and risk.""",
       ("seed-000", "help-jss", "announce-2020-03"), CONSENSUS, "since-2020-11"),
    _a("dispute-affects-jss", "disputes",
       "Does opening a dispute lower my score?",
       """No. A dispute is not an input to the score; the client's feedback and the way the
       contract ends are. A dispute matters only because it tends to come with poor
       feedback.""",
       ("seed-000", "seed-001", "help-jss"), CONSENSUS, "all"),
    _a("scope-change", "disputes",
       "What should I do when a client changes the scope?",
       """Deliver and submit the work you originally agreed to for payment, then price the new
       work as a new milestone or a higher weekly limit. Say so early and politely; it is a
       contract conversation, not yet a dispute.""",
       ("seed-003", "seed-002", "help-fixed-review"), CONSENSUS, "all"),
    _a("ignore-refund-request", "disputes",
       "What happens if I do not answer a refund request?",
       """The refund goes through. You have 7 days to answer a client's request for escrowed
       funds; with no answer the money goes back to the client.""",
       ("help-refund-request",), OFFICIAL, "dispute-process"),
    _a("milestone-not-approved", "disputes",
       "What if the client neither approves nor rejects a submitted milestone?",
       """After 14 days without an answer the payment is released to you automatically. If the
       client asks for changes or refuses instead, talk first, then open a dispute for the
       escrowed amount.""",
       ("help-fixed-review", "help-fixed-dispute", "seed-000"), OFFICIAL, "dispute-process"),
    _a("hourly-disputed-hours", "disputes",
       "Can a client dispute hours I already billed?",
       """Only during the review week after the billing week. Hours logged with the desktop
       app, with memos and within the weekly limit, are covered by Hourly Protection; manual
       time is not.""",
       ("help-hourly-dispute", "help-hourly-protection"), OFFICIAL, "dispute-process"),
    # --- Mediation -----------------------------------------------------------------------------
    _a("who-is-right", "mediation",
       "Does the dispute process decide who is right?",
       """No. Mediation only helps the two of you agree and may end with a recommendation
       neither side has to follow; only arbitration, by an independent arbitrator, makes a
       binding decision about the escrowed money.""",
       ("help-fixed-dispute", "help-arbitration", "seed-000", "seed-002"), OFFICIAL,
       "dispute-process"),
    # --- Arbitration ---------------------------------------------------------------------------
    _a("escrow-decision", "arbitration",
       "Who decides where the escrow money goes?",
       """You and the client, by agreement. If you cannot agree, only an arbitrator can decide,
       and only if you pay for arbitration; the mediator cannot award the money, except that
       Upwork may act on its own where it believes fraud or a Terms of Service breach
       happened.""",
       ("help-arbitration", "help-fixed-dispute", "escrow-instructions", "seed-002"), OFFICIAL,
       "dispute-process"),
    _a("fee-worth-it", "arbitration",
       "Is a $291 (or $337.50) fee worth paying for $350 in escrow?",
       """Often yes, because paying first calls the client's bluff: if they do not pay their
       share, you get the escrow and your fee back. If both pay, you can lose money even when
       you win, so the answer depends on how likely the client is to pay.""",
       ("seed-002", "help-arbitration", "community-arbitration-fee",
        "reports-2025-arbitration"), CONSENSUS, "arbitration"),
    _a("other-party-not-paying", "arbitration",
       "What happens if one side does not pay the arbitration fee?",
       """The side that paid gets the escrowed funds and its own fee back. If neither side
       pays, the escrow goes back to the client.""",
       ("help-arbitration", "seed-002"), OFFICIAL, "arbitration"),
    _a("future-milestones", "arbitration",
       "Can I arbitrate future milestones or unfunded work?",
       """No. Arbitration covers only money already in escrow on a fixed-price contract;
       unfunded milestones and work you hoped to be paid for later are outside it.""",
       ("help-arbitration", "seed-002"), OFFICIAL, "arbitration"),
    _a("winning-keeps-review", "arbitration",
       "Does winning arbitration remove the client's review?",
       """No. Arbitration decides who gets the escrowed money; the client's feedback stays, and
       it is the feedback that counts for the score.""",
       ("reports-2025-arbitration", "seed-000"), REPORT, "arbitration"),
    # --- Rule history --------------------------------------------------------------------------
    _a("old-thread-advice", "history",
       "Is the advice in an old forum thread still right?",
       """Check its date against the rule history first. The rules changed in 2020 (job size,
       contracts without feedback), about 2021 (Trending), December 2023 (eligibility),
       September 2024 (the removal perk ended) and 2025 (daily updates, published weights).""",
       ("announce-2020-03", "announce-2020-11", "release-trending", "bulletin-2023-12",
        "help-feedback-removal", "help-jss"), OFFICIAL, "all"),
)


def by_id() -> dict[str, Answer]:
    """The answers by id.

    Raises:
        ValueError: on a malformed or repeated id, an unknown page, grade or era.
    """
    found: dict[str, Answer] = {}
    for answer in ANSWERS:
        if not _ID.match(answer.id) or len(answer.id) > 32:
            raise ValueError(f"answer id {answer.id!r}: use short lowercase-hyphen words")
        if answer.id in found:
            raise ValueError(f"answer id {answer.id!r} is used twice")
        if answer.page not in PAGES:
            raise ValueError(f"answer {answer.id!r}: unknown page {answer.page!r}")
        if answer.grade not in GRADES:
            raise ValueError(f"answer {answer.id!r}: grade must be one of {GRADES}")
        if answer.era not in ERAS:
            raise ValueError(f"answer {answer.id!r}: unknown era {answer.era!r}")
        if not answer.sources:
            raise ValueError(f"answer {answer.id!r} cites no source")
        found[answer.id] = answer
    unknown = [i for i in POPULAR if i not in found]
    if unknown:
        raise ValueError(f"POPULAR names unknown answers: {unknown}")
    return found
