"""The linkable answers: one record per question, the single source of each short answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from calculator.arbitration import FEE_2025_USD, FEE_AAA_USD

from .numbers import fill

__all__ = [
    "ANSWERS",
    "ERAS",
    "GRADES",
    "PAGES",
    "PAGE_TITLES",
    "POPULAR",
    "TOPICS",
    "UPDATED",
    "Answer",
    "by_id",
]

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
    "first-score": "Changed in November 2020 and December 2023: each era explained",
    "auto-pause": "Auto-pause from 2015, and today's 30-day warning: both explained",
    "fees": "Service fees: sliding tiers (June 2016 to May 2023), then a flat 10%",
    # --- imp ---
    "exports": "Upwork's reports and profile page as read in 2025-2026",
}

#: The topics an answer can be filed under (answers.json ``topics``), for readers and tools.
TOPICS: Final[tuple[str, ...]] = (
    "score", "eligibility", "windows", "job-weights", "top-rated", "contracts", "feedback",
    "refunds", "disputes", "hourly", "fixed-price", "mediation", "arbitration", "fees",
    "money-after-release", "account", "history",
)

#: The date every answer was last checked against its sources (answers.json ``updated``).
UPDATED: Final = "2026-11-23"

#: The pages that hold answers (docs/<page>.md, published at <page>/), with their titles.
PAGE_TITLES: Final[dict[str, str]] = {
    "jss": "How the JSS works",
    "outcomes": "Contract outcomes",
    "feedback": "Feedback",
    "disputes": "Disputes",
    "mediation": "Mediation",
    "arbitration": "Arbitration",
    "history": "Rule history",
    # --- imp ---
    "import": "Import your history",
}
PAGES: Final[tuple[str, ...]] = tuple(PAGE_TITLES)

#: The answers the home page lists first: the questions forum helpers answer most.
POPULAR: Final[tuple[str, ...]] = (
    "accept-lower-offer",
    "open-contract-bad-outcome",
    "refund-remove-feedback",
    "small-history-swings",
    "five-stars-lower-score",
    "unusual-date-drop",
    "top-rated-recovery",
    "money-after-release",
    "hourly-dispute-flow",
    "fee-worth-it",
)

_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
    topics: tuple[str, ...] = ()
    updated: str = UPDATED

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
            "topics": list(self.topics),
            "updated": self.updated,
        }


#: The topic each page's answers are filed under unless they name their own.
_PAGE_TOPICS: Final[dict[str, tuple[str, ...]]] = {
    "jss": ("score",), "outcomes": ("contracts",), "feedback": ("feedback",),
    "disputes": ("disputes",), "mediation": ("mediation",), "arbitration": ("arbitration",),
    "history": ("history",),
}


def _a(id_: str, page: str, question: str, short: str, sources: tuple[str, ...], grade: str,
       era: str, topics: tuple[str, ...] = ()) -> Answer:
    # Rule numbers ({{ rules.gap_days }}) come from the package's rule table, once.
    return Answer(id_, page, question, fill(" ".join(short.split()), f"answer {id_}"), sources,
                  grade, era, topics or _PAGE_TOPICS.get(page, ()))


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
    _a("how-windows-work", "jss",
       "How do the windows and the Trending score work?",
       """Upwork computes a score over the last 24, 12 and 6 months and a Trending score, the
       mean of the 6- and 3-month scores, and shows the highest. A contract stays in a window
       until it is older than the window, so the score moves as contracts age out.""",
       ("release-trending", "help-why-changed", "blog-2015", "help-jss"), OFFICIAL,
       "since-2021", ("score", "windows")),
    _a("when-first-score", "jss",
       "When do I get a Job Success Score?",
       """Once you have enough counted contracts with enough different clients within 24
       months: today {{ rules.min_contracts }} contracts with {{ rules.min_clients }} clients
       (since December 2023). Until then no score
       is shown, which is not the same as a low score.""",
       ("help-jss", "bulletin-2023-12", "announce-2020-11", "blog-2015"), OFFICIAL,
       "first-score", ("score", "eligibility")),
    _a("first-score-minimum", "jss",
       "Which contracts count toward the minimum for a first score?",
       """Only contracts that count in the score itself: ended contracts with feedback and,
       today, long-term contracts paid at least every {{ rules.gap_days }} days. Open contracts,
       offers,
       contracts ended without feedback (since November 2020) and $0 contracts without negative
       private feedback do not, so five finished jobs can still leave you without a score.""",
       ("help-jss", "release-trending", "announce-2020-11", "moderator-2025-zero"), OFFICIAL,
       "first-score", ("score", "eligibility")),
    _a("top-rated-requirements", "jss",
       "What do I need for Top Rated?",
       """A current score of 90% or more, and 90% or more (or Rising Talent) in 13 of the last
       16 weeks; $1,000 earned in 12 months; a first project over 90 days ago; a complete
       profile; no recent account holds; and some activity in the last 90 days.""",
       ("help-top-rated", "resource-top-rated", "expert-top-rated-criteria"), OFFICIAL,
       "current", ("top-rated",)),
    _a("top-rated-recovery", "jss",
       "My score fell below 90%: when do I get Top Rated back?",
       """Only when the weeks below 90% have left the 16-week window and your score is 90% or
       more again. Each new good week pushes out only the week from 16 weeks before, so four or
       more weeks below 90% keep the badge away for about three months after the score
       recovers.""",
       ("help-top-rated", "resource-top-rated", "expert-top-rated-weeks", "seed-004"),
       CONSENSUS, "current", ("top-rated",)),
    # --- Contract outcomes ---------------------------------------------------------------------
    _a("open-contract-bad-outcome", "outcomes",
       "Does an open or idle contract count as a bad outcome?",
       """Not today: an open contract counts only if it is a long-term one with regular
       payments, and then it helps. Before 8 November 2020 an open contract with no payment for
       several months was counted like an ended one without feedback, and as a bad outcome if it
       had earned nothing, which is where the old warnings come from.""",
       ("help-jss", "help-why-changed", "announce-2020-11", "seed-001"), OFFICIAL,
       "changed-2020-11"),
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
       """Leaving it open only delays the outcome: the client can end it and rate you whenever
       they like, and before November 2020 an unpaid contract left idle for months counted
       against you anyway. First submit the work you agreed to for payment; an unpaid contract
       that ends with poor feedback counts against you under every rule set.""",
       ("seed-003", "moderator-2025-zero", "help-why-changed", "help-fixed-review"), CONSENSUS,
       "all", ("contracts", "fixed-price")),
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
       """Not by itself: how many contracts end on one day is not a factor, and each counts by
       its own feedback. Experienced helpers still advise spacing closures out, so that if the
       score drops you can tell which client's private rating caused it.""",
       ("seed-004", "help-factors", "expert-stagger-closures"), CONSENSUS, "all"),
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
    _a("idle-after-payment", "outcomes",
       "Can an idle contract that already paid me hurt my score?",
       """Not today. Before 8 November 2020 it could: once several months had passed since the
       last payment, Upwork counted the open contract like an ended one without feedback, and
       many of those could pull the score down.""",
       ("help-why-changed", "announce-2020-11", "seed-001", "reports-fees-open"), OFFICIAL,
       "changed-2020-11"),
    _a("paused-contract-counts", "outcomes",
       "Does a paused contract count against me?",
       """Not as a pause. In 2015 Upwork said contracts paused because of poor client behaviour
       are not counted against you; otherwise a paused contract is an open one, and it counts
       by how it ends (or, before November 2020, by going months without a payment).""",
       ("announce-2015-insight", "blog-2015", "help-contract-paused", "help-why-changed"),
       OFFICIAL, "changed-2020-11"),
    _a("auto-pause", "outcomes",
       "Does Upwork pause idle hourly contracts automatically?",
       """It used to: from 2015 an hourly contract with no activity for 30 days was paused by
       Upwork. Now Upwork only warns the client after 30 days and suggests pausing or ending it,
       though it still pauses contracts when the client's account or billing has a problem.""",
       ("announce-2015-insight", "support-inactive-hourly", "help-contract-paused",
        "support-fixed-auto-close"), OFFICIAL, "auto-pause", ("contracts", "hourly")),
    _a("fee-tiers-open-contracts", "outcomes",
       "Why do freelancers keep contracts open, and does it hurt?",
       """From June 2016 to May 2023 the service fee fell from 20% to 10% to 5% as billings with
       a client grew, and some kept contracts open to keep the lower rate, although the tiers
       counted per client, not per contract. Idle open contracts could cost score before
       November 2020; today they are left out, and a flat 10% fee replaced the tiers.""",
       ("help-fees-2016", "help-fees-2023", "announce-fees-2023", "reports-fees-open",
        "announce-2020-11"), OFFICIAL, "fees", ("contracts", "fees")),
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
    _a("feedback-to-client", "feedback",
       "Does the feedback I give a client affect my own score?",
       """Not directly: your score is read from your clients' feedback on you. The feedback you
       give clients is used to flag clients with a history of poor collaboration, and a flagged
       client's feedback does not count against you.""",
       ("help-jss", "help-long-term", "help-give-feedback"), OFFICIAL, "current"),
    _a("report-review", "feedback",
       "Can a client's review be removed, and how do I report it?",
       """Only if it breaks the Terms of Service: manipulation (bribes, threats, fake contracts),
       abusive language, feedback unrelated to the contract, or insider feedback. Report it
       once, from Job Success insights, with your evidence; Upwork aims to decide within about
       seven business days.""",
       ("help-feedback-removal", "help-respond-feedback", "help-insights"), OFFICIAL,
       "current"),
    _a("reply-to-review", "feedback",
       "How do I reply to a bad review?",
       """Post one public reply within 28 days of the contract ending; it cannot be edited
       afterwards, so keep it calm and factual. The reply helps future clients read the review;
       it does not change the score.""",
       ("help-respond-feedback",), OFFICIAL, "current"),
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
       """Only during the review week after the billing week. Hours tracked with the desktop
       app, with memos, fair activity and within the weekly limit, for a client with a verified
       billing method, are the ones Hourly Protection can cover; manual time is not.""",
       ("help-hourly-dispute", "help-hourly-protection"), OFFICIAL, "dispute-process",
       ("disputes", "hourly")),
    _a("hourly-dispute-flow", "disputes",
       "What happens when a client disputes my hours?",
       """Upwork pauses the contract and sets its weekly limit to zero. You have 3 days to accept
       or decline; if you decline or do not answer, a dispute specialist checks the Work Diary
       against Hourly Protection, usually within one business day, and refunds only the hours
       that do not qualify.""",
       ("help-hourly-dispute", "release-dispute-2023", "help-hourly-protection",
        "help-client-hourly-dispute"), OFFICIAL, "dispute-process", ("disputes", "hourly")),
    _a("hourly-protection-limits", "disputes",
       "Is Hourly Protection a guarantee of payment?",
       """No. It covers only hours that meet its conditions, and freelancers report payments
       reversed when the client's payment failed or Upwork judged the client a fraud, even for
       tracked hours with memos. Stop work as soon as a contract is paused.""",
       ("help-hourly-protection", "help-contract-paused", "reports-hourly-bluff",
        "reports-hourly-reversal", "reports-payment-protection"), REPORT, "current",
       ("hourly", "money-after-release")),
    _a("money-after-release", "disputes",
       "Can a client get money back after it was released to me?",
       """Yes, in four ways: a refund you agree to (up to 180 days after the payment),
       mediation asked for within 30 days of the payment, arbitration on a fixed-price contract,
       or a chargeback through the client's bank. Only the refund is your choice.""",
       ("help-request-refund", "help-released-payments", "help-arbitration",
        "help-chargebacks"), OFFICIAL, "current", ("money-after-release", "refunds")),
    _a("chargeback", "disputes",
       "What happens if a client files a chargeback?",
       """The client's bank decides, not Upwork. Work covered by Payment Protection is
       protected; otherwise Upwork may ask you to return the amount and hold your account until
       you do, while the client's own account is suspended.""",
       ("help-chargebacks", "help-client-chargebacks", "reports-chargebacks"), OFFICIAL,
       "current", ("money-after-release", "account")),
    _a("partial-refund", "disputes",
       "Can I refund or release only part of the money?",
       """Yes. You can refund any part of what a contract earned in the last 180 days, and on a
       fixed-price milestone you can request less than the escrow, the rest going back to the
       client. The amount changes only the contract's weight; the client's feedback decides
       how it counts.""",
       ("help-give-refund", "expert-partial-amount", "help-jss"), OFFICIAL, "current",
       ("refunds", "fixed-price")),
    _a("pro-rata-settlement", "disputes",
       "How do I settle a dispute for part of the escrow?",
       """Offer the share that matches the work delivered, in writing, with what was done:
       three quarters of the work for three quarters of the escrow is the usual basis. Refuse a
       full refund request within 7 days or it goes through, and let the mediator carry the
       counter-offers.""",
       ("expert-pro-rata", "help-refund-request", "help-fixed-dispute"), CONSENSUS,
       "dispute-process", ("disputes", "refunds", "fixed-price")),
    _a("account-health", "disputes",
       "Can a low score, a dispute or an unpaid award get my account suspended?",
       """A low score alone does not, Upwork's moderators say. What does: not complying with an
       arbitration outcome (a suspension that can block withdrawals), an unpaid chargeback
       balance, and negative feedback from several clients, which pauses new proposals until a
       course is done.""",
       ("moderator-low-jss", "help-arbitration", "help-chargebacks",
        "help-negative-feedback-hold", "legal-respondent-suspended"), OFFICIAL, "current",
       ("account",)),
    _a("profile-private", "disputes",
       "Why was my profile set to private?",
       """For inactivity, not for your score: a profile with no recent activity or earnings is
       switched to private, and you can ask for it to be made public again. Clients you send
       proposals to can still see it.""",
       ("moderator-low-jss", "reports-profile-private"), OFFICIAL, "current", ("account",)),
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
       f"Is a ${FEE_AAA_USD:,.0f} (or ${FEE_2025_USD:,.2f}) fee worth paying for $350 in escrow?",
       """Only if the escrow is big enough: paying pays on average when the escrow is more than
       the fee times the chance the client pays too, divided by the chance you end up with the
       escrow. $350 against $291 passes while the client probably will not pay; if the client
       is sure to pay and the odds are even, the escrow must be twice the fee.""",
       ("seed-002", "help-arbitration", "community-arbitration-fee",
        "reports-2025-arbitration", "expert-small-disputes"), CONSENSUS, "arbitration",
       ("arbitration", "fees")),
    _a("other-party-not-paying", "arbitration",
       "What happens if one side does not pay the arbitration fee?",
       """The side that paid gets the money in dispute and its own fee back, and no arbitration
       takes place. If neither side pays, the escrow goes back to the client.""",
       ("help-arbitration", "seed-002"), OFFICIAL, "arbitration"),
    _a("future-milestones", "arbitration",
       "Can I arbitrate future milestones or unfunded work?",
       """No. Arbitration decides money that exists on a fixed-price contract: what is in
       escrow and, after mediation, payments already released; unfunded milestones and work you
       hoped to be paid for later are outside it.""",
       ("help-arbitration", "seed-002", "expert-arbitration-released"), OFFICIAL,
       "arbitration"),
    _a("winning-keeps-review", "arbitration",
       "Does winning arbitration remove the client's review?",
       """No. Arbitration decides who gets the money in dispute; the client's feedback stays,
       and it is the feedback that counts for the score.""",
       ("reports-2025-arbitration", "seed-000"), REPORT, "arbitration"),
    _a("arbitrate-released", "arbitration",
       "Can arbitration take back money already paid to me?",
       """Yes, on a fixed-price contract. Upwork offers arbitration after mediation even when
       the money is no longer in escrow, and an arbitrator can order released payments
       returned, so the worst case is losing the fee and what was already paid.""",
       ("help-arbitration", "expert-arbitration-released", "help-released-payments"),
       OFFICIAL, "arbitration", ("arbitration", "money-after-release")),
    _a("split-award", "arbitration",
       "Can an arbitrator split the money?",
       """Yes. The arbitrator decides where the money goes and can give part to each side, such
       as pay for the finished share of the work and a refund of the rest; the fees are spent
       either way.""",
       ("help-arbitration", "expert-arbitration-released"), CONSENSUS, "arbitration"),
    _a("neither-side-pays", "arbitration",
       "What happens if neither side pays for arbitration?",
       """The escrow goes back to the client. With no decision the money returns to the side
       that funded it, so declining arbitration is conceding.""",
       ("help-arbitration", "seed-002"), OFFICIAL, "arbitration"),
    _a("fee-back", "arbitration",
       "Do I get my arbitration fee back?",
       """Only if the other side does not pay theirs: then no arbitration takes place, you get
       the money in dispute and your fee is returned. Once both have paid, the fee is spent,
       even for the winner.""",
       ("moderator-fee-refund", "community-arbitration-fee", "help-arbitration"), OFFICIAL,
       "arbitration", ("arbitration", "fees")),
    _a("fee-above-escrow", "arbitration",
       "Is arbitration worth it when the escrow is smaller than the fee?",
       """Only as a bet that the client will not pay. If the client pays too you lose money
       even when you win, because the award cannot exceed the money in dispute; so keep early
       milestones with a new client small, and walking away costs little.""",
       ("expert-small-disputes", "reports-small-dispute", "help-arbitration"), CONSENSUS,
       "arbitration", ("arbitration", "fees")),
    # --- Rule history --------------------------------------------------------------------------
    _a("old-thread-advice", "history",
       "Is the advice in an old forum thread still right?",
       """Check its date against the rule history first. The rules changed in 2020 (job size,
       contracts without feedback), about 2021 (Trending), December 2023 (eligibility),
       September 2024 (the removal perk ended) and 2025 (daily updates, published weights).""",
       ("announce-2020-03", "announce-2020-11", "release-trending", "bulletin-2023-12",
        "help-feedback-removal", "help-jss"), OFFICIAL, "all"),
    # --- imp ---
    _a("get-your-history-out-of-upwork", "import",
       "How do I get my contract history out of Upwork?",
       """Download the earnings report (a CSV under Reports, one file per year) for payments
       and their dates, and save the work-history JSON your public profile page loads for
       clients, end dates and stars. The calculator's Import panel reads both in your browser,
       merges them by contract and marks what neither holds.""",
       ("help-view-invoices", "help-weekly-summary-report", "sample-earnings-csv",
        "sample-work-history-json"), REPORT, "exports", ("contracts", "account")),
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
        if not answer.topics or not set(answer.topics) <= set(TOPICS):
            raise ValueError(f"answer {answer.id!r}: topics must be some of {TOPICS}")
        if not _DATE.match(answer.updated):
            raise ValueError(f"answer {answer.id!r}: updated must be a YYYY-MM-DD date")
        found[answer.id] = answer
    unknown = [i for i in POPULAR if i not in found]
    if unknown:
        raise ValueError(f"POPULAR names unknown answers: {unknown}")
    return found
