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
    # --- g-new ---
    "badges-2020": "Top Rated Plus and Expert-Vetted: since July 2020",
    "feedback-hold": "Negative-feedback holds: three undated versions, the first about 2024",
    "fees-2025": "Fees: sliding tiers to 3 May 2023, a flat 10% since, a variable fee reported "
                 "in 2025",
    "direct-2024": "Direct Contracts: before and since 22 April 2024",
    # --- g-cover ---
    "profile-visibility": "Profile visibility: 30 days without earnings (about 2018), then two "
                          "years or 90 days (about 2020)",
    "badge-moderators": "Badges: moderators' answers of 2020 (timing) and 2024 (exceptions)",
    # --- g-fix ---
    "form-change": ("Both feedback forms: with a private rating (2015 until its removal, "
                    "undated) and without one (by 2026)"),
    "weights": ("Weighted by pay since March 2020; bands and length step as the current help "
                "page publishes them"),
}

#: The topics an answer can be filed under (answers.json ``topics``), for readers and tools.
TOPICS: Final[tuple[str, ...]] = (
    "score", "eligibility", "windows", "job-weights", "top-rated", "contracts", "feedback",
    "refunds", "disputes", "hourly", "fixed-price", "mediation", "arbitration", "fees",
    "money-after-release", "account", "history",
    # --- g-new ---
    "badges", "agencies", "payments",
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
    # --- g-new ---
    "badges": "Badges",
    "agencies": "Agencies",
    "account": "Account holds",
    "payments": "Getting paid",
    "fees": "Service fees",
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


def _n(id_: str, page: str, question: str, short: str, sources: tuple[str, ...], grade: str,
       era: str, topics: tuple[str, ...] = ()) -> Answer:
    # g-new's answers: written and checked against their sources on 2026-12-06.
    a = _a(id_, page, question, short, sources, grade, era, topics)
    return Answer(a.id, a.page, a.question, a.short_answer, a.sources, a.grade, a.era, a.topics,
                  "2026-12-06")


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
    # --- g-new ---
    "badges": ("badges",), "agencies": ("agencies",), "account": ("account",),
    "payments": ("payments",), "fees": ("fees",),
}


def _a(id_: str, page: str, question: str, short: str, sources: tuple[str, ...], grade: str,
       era: str, topics: tuple[str, ...] = (), updated: str = UPDATED) -> Answer:
    # Rule numbers ({{ rules.gap_days }}) come from the package's rule table, once.
    return Answer(id_, page, question, fill(" ".join(short.split()), f"answer {id_}"), sources,
                  grade, era, topics or _PAGE_TOPICS.get(page, ()), updated)


#: When the answers written or corrected for issue 17 were checked against their sources.
_CHECKED_ISSUE_17: Final = "2026-12-06"


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
       ("seed-002", "help-jss", "announce-2020-03"), CONSENSUS, "weights",
       updated=_CHECKED_ISSUE_17),
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
       offers, contracts ended without feedback (since November 2020) and $0 contracts without
       negative feedback (the private rating, under the old form) do not, so five finished jobs
       can still leave you without a score.""",
       ("help-jss", "release-trending", "announce-2020-11", "moderator-2025-zero"), OFFICIAL,
       "first-score", ("score", "eligibility"),
       updated=_CHECKED_ISSUE_17),
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
       """No: however a contract ends, and whoever ends it, the client has 14 days to
       give feedback. On an unpaid contract no review shows, but the rating still
       reaches Upwork: the private rating under the old form, and under the current form
       Upwork says a $0 contract with negative feedback can lower the score. Only
       settling with the client avoids it.""",
       ("seed-002", "seed-001", "moderator-2025-zero", "help-factors", "help-leave-feedback"),
       CONSENSUS, "form-change",
       updated=_CHECKED_ISSUE_17),
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
       score drops you can tell which client's rating caused it: the unseen private rating on
       contracts ended under the old form, the stars under the current one.""",
       ("seed-004", "help-factors", "expert-stagger-closures", "help-leave-feedback"),
       CONSENSUS, "form-change",
       updated=_CHECKED_ISSUE_17),
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
       """No. A full refund hides the public review, since nothing was paid, but the
       contract becomes a $0 contract, and Upwork says a $0 contract with negative feedback
       can still lower the score. Under the old form that was the private rating, which stayed
       on file; under the current form it is the client's rating itself.""",
       ("seed-001", "seed-002", "moderator-2025-zero", "help-factors", "help-leave-feedback"),
       CONSENSUS, "form-change",
       updated=_CHECKED_ISSUE_17),
    _a("five-stars-lower-score", "feedback",
       "Can five-star reviews still lower my score?",
       """On contracts ended under the old form, yes: the private "would you recommend"
       rating and the reason for ending also counted, and you never saw them, so five stars
       could still count as a weak or bad outcome. The current form has no private rating, so
       for newer contracts the stars carry more of it; the reason for ending and a dispute can
       still count against five stars.""",
       ("help-jss", "help-factors", "help-leave-feedback", "seed-001", "seed-004"), OFFICIAL,
       "form-change",
       updated=_CHECKED_ISSUE_17),
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
       ("seed-000", "help-jss", "announce-2020-03"), CONSENSUS, "weights",
       updated=_CHECKED_ISSUE_17),
    _a("dispute-affects-jss", "disputes",
       "Does opening a dispute lower my score?",
       """It can. Upwork's factors page lists "disputed contracts and poor client
       experiences" among what lowers the score, without saying how much or whether a dispute
       you win counts. Most of the effect still comes through the client's feedback, which
       usually arrives with the dispute and counts on its own.""",
       ("help-factors", "seed-000", "seed-001", "help-jss"), OFFICIAL, "current",
       updated=_CHECKED_ISSUE_17),
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
       """No. The rule (Upwork's help page): only hours that meet its conditions are
       covered, and not freelancers who knew of or took part in fraud. The reports
       (freelancers): payments reversed when the client's payment failed or Upwork
       judged the client a fraud, even for tracked hours with memos, so stop work as
       soon as a contract is paused.""",
       ("help-hourly-protection", "help-contract-paused", "reports-hourly-bluff",
        "reports-hourly-reversal", "reports-payment-protection"), REPORT, "current",
       ("hourly", "money-after-release"),
       updated=_CHECKED_ISSUE_17),
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
       """You and the client, by agreement. If you cannot agree, only an arbitrator can decide
       (today Brief, a neutral third-party organisation), and only if you pay for arbitration;
       the mediator cannot award the money, except that Upwork may act on its own where it
       believes fraud or a Terms of Service breach happened.""",
       ("help-arbitration", "help-fixed-dispute", "escrow-instructions", "seed-002"), OFFICIAL,
       "dispute-process",
       updated=_CHECKED_ISSUE_17),
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
       the money is no longer in escrow, and its arbitration page sets no age limit for
       released payments, although mediation of them is limited to 30 days. An arbitrator can
       order released payments returned, so the worst case is losing the fee and what was
       already paid.""",
       ("help-arbitration", "expert-arbitration-released", "help-released-payments"),
       OFFICIAL, "arbitration", ("arbitration", "money-after-release"),
       updated=_CHECKED_ISSUE_17),
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
       September 2024 (the removal perk ended), 2025 (daily updates, published weights) and,
       undated but by 2026, when the feedback form lost its private rating.""",
       ("announce-2020-03", "announce-2020-11", "release-trending", "bulletin-2023-12",
        "help-feedback-removal", "help-jss", "help-leave-feedback"), OFFICIAL, "all",
       updated=_CHECKED_ISSUE_17),
    # --- g-new ---------------------------------------------------------------------------------
    # --- Badges --------------------------------------------------------------------------------
    _n("badges-and-score", "badges",
       "Which badges depend on the Job Success Score?",
       """Top Rated does directly: it needs a score of 90% or more now and in 13 of the last 16
       weeks. Top Rated Plus requires Top Rated, so it follows the same score; Rising Talent
       exists only while you have no score, and Expert-Vetted names no score threshold at
       all.""",
       ("help-top-rated", "announce-badges-2020", "moderator-rising-talent-jss",
        "help-expert-vetted"), OFFICIAL, "current", ("badges", "top-rated", "score")),
    _n("top-rated-plus", "badges",
       "What do I need for Top Rated Plus?",
       """Top Rated status, over $10,000 earned in the last 12 months ($20,000 for an agency),
       and at least one large contract that earned money in those 12 months without a negative
       outcome. What counts as large depends on the contract's category, from about $5,000 to
       $30,000.""",
       ("moderator-trp-criteria", "moderator-trp-large-contract", "announce-badges-2020",
        "help-top-rated"), OFFICIAL, "badges-2020", ("badges", "top-rated")),
    _n("top-rated-plus-lost", "badges",
       "Why did I lose Top Rated Plus while keeping Top Rated?",
       """Usually because the large contract stopped counting: it must keep earning within the
       last 12 months, and several smaller contracts with the same client are not added
       together. Falling under $10,000 in 12 months removes it too, and losing Top Rated takes
       Top Rated Plus with it.""",
       ("moderator-trp-large-contract", "moderator-trp-criteria"), OFFICIAL, "badges-2020",
       ("badges", "top-rated")),
    _n("top-rated-plus-visible", "badges",
       "Who sees the Top Rated Plus badge?",
       """Clients on Upwork's Enterprise, Business and Plus plans, according to the July 2020
       announcement; every other client sees a Top Rated badge. The same announcement promised
       Top Rated Plus freelancers priority for invitations from Upwork's talent services
       team.""",
       ("announce-badges-2020",), OFFICIAL, "badges-2020", ("badges", "top-rated")),
    _n("expert-vetted", "badges",
       "How do I become Expert-Vetted, and does my score matter?",
       """Mostly by invitation: Upwork picks freelancers and agencies in a set list of
       categories, the top 1% as it puts it, and screens them in an interview on skills and
       reliability. Its help page names no Job Success Score threshold, so any number you read
       for it elsewhere is a guess.""",
       ("help-expert-vetted", "announce-badges-2020"), OFFICIAL, "current"),
    _n("rising-talent-and-score", "badges",
       "Does Rising Talent need a Job Success Score?",
       """No: it is for freelancers and agencies who do not have a score yet. Upwork awards it
       automatically on profile, activity and early feedback, and replaces it with a Job
       Success Score once you have enough history.""",
       ("help-rising-talent", "moderator-rising-talent-jss"), OFFICIAL, "all",
       ("badges", "eligibility")),
    _n("rising-talent-gone", "badges",
       "Why did my Rising Talent badge disappear?",
       """Most often because you now have a Job Success Score, which always replaces it.
       Upwork also names poor client feedback, no proposals or work in 90 days, and a pending
       policy concern.""",
       ("moderator-rising-talent-lost", "moderator-rising-talent-jss", "help-rising-talent"),
       OFFICIAL, "all"),
    _n("badge-lost-off-platform", "badges",
       "Can I lose a badge for reasons other than my score?",
       """Yes. Taking or steering payment outside Upwork, or repeatedly moving conversations off
       Upwork before a contract, removes Rising Talent, Top Rated and Top Rated Plus for six
       months, and Top Rated also requires no recent account holds.""",
       ("help-top-rated",), OFFICIAL, "current", ("badges", "account")),
    # --- Agencies ------------------------------------------------------------------------------
    _n("agency-score", "agencies",
       "How is an agency's Job Success Score calculated?",
       """With the same formula as a freelancer's, applied to every contract done through the
       agency by its exclusive and non-exclusive members. The members' own freelancer scores
       are not inputs; only the agency's contracts are.""",
       ("help-agency-jss", "help-what-is-js", "moderator-agency-new"), OFFICIAL, "all",
       ("agencies", "score")),
    _n("agency-member-score", "agencies",
       "Which score shows on an agency member's profile?",
       """An exclusive member shows the agency's score. A non-exclusive member keeps a
       freelancer score, and Upwork's moderators have described its inputs two ways, so assume
       contracts done for the agency may count in it too.""",
       ("help-agency-jss", "moderator-agency-owner", "moderator-agency-separate",
        "moderator-agency-nonexclusive"), OFFICIAL, "all"),
    _n("agency-owner-score", "agencies",
       "Does owning an agency change my own score?",
       """Only if you make yourself an exclusive member: then your profile shows the agency's
       score instead of your own. An older help page said every owner shows it; Upwork's staff
       corrected that in 2019, and today's page speaks only of exclusive owners.""",
       ("help-long-term", "staff-agency-owner-exclusive", "moderator-agency-owner",
        "help-agency-jss"), OFFICIAL, "all"),
    _n("agency-member-leaves", "agencies",
       "Does the agency's score change when a member leaves or joins?",
       """Not at once. A departing member's agency contracts keep counting until they age out
       of the windows, and a new member with a high score adds nothing until they finish
       contracts for the agency.""",
       ("help-agency-jss", "moderator-agency-new"), OFFICIAL, "all",
       ("agencies", "windows")),
    _n("agency-insights", "agencies",
       "Can an agency see why its score changed?",
       """Not in Job Success insights: Upwork says that page is not yet available to agencies
       or to exclusive agency freelancers. An agency has to reason from its own contract list
       and the published rules.""",
       ("help-jss-2024", "help-insights"), OFFICIAL, "current"),
    _n("agency-badges", "agencies",
       "Can an agency be Rising Talent, Top Rated or Top Rated Plus?",
       """Yes. Rising Talent needs at least two members and complete agency and owner profiles,
       Top Rated Plus needs over $20,000 earned in 12 months instead of $10,000, and members
       without enough history of their own show Rising Talent on a Top Rated agency.""",
       ("help-rising-talent", "moderator-trp-criteria", "help-top-rated"), OFFICIAL, "current",
       ("agencies", "badges")),
    _n("agency-fee", "agencies",
       "Do agencies pay a different service fee?",
       """No: on contracts with clients who are not on Enterprise, an agency pays the same
       freelancer service fee as anyone else, 10% under the newest copy of Upwork's fee page we
       found. Enterprise contracts can carry their own fees.""",
       ("help-fees-newest", "help-fees-2023"), OFFICIAL, "fees", ("agencies", "fees")),
    # --- Account holds -------------------------------------------------------------------------
    _n("negative-feedback-hold", "account",
       "Can negative feedback from clients put my account on hold?",
       """Yes. When several clients report poor skills, experience, availability or
       performance, Upwork can stop you sending proposals and taking new contracts while your
       existing contracts go on; its newest help page calls this a block you can appeal after
       six months.""",
       ("help-poor-outcomes-block", "help-negative-feedback-hold", "help-feedback-hold-14day",
        "help-client-feedback-quality"), OFFICIAL, "feedback-hold", ("account", "feedback")),
    _n("feedback-hold-versions", "account",
       "Is the feedback hold 14 days, a course, or six months?",
       """Each, at a different time: the same help pages first described a 14-day hold, then a
       pause lifted on the Monday after you finish the Upwork Academy path "Reskilling for
       Success", then a block you can appeal after six months. No version is dated, so this
       order is probable, not certain.""",
       ("help-feedback-hold-14day", "help-negative-feedback-hold", "help-poor-outcomes-block",
        "help-client-feedback-quality"), OFFICIAL, "feedback-hold"),
    _n("hold-existing-contracts", "account",
       "Can I keep working on my contracts during a feedback hold?",
       """Yes: every version of the policy leaves existing contracts running and asks you to
       finish them. What stops is new business: proposals, new contracts and, in the 14-day
       version, appearing in search.""",
       ("help-feedback-hold-14day", "help-negative-feedback-hold", "help-poor-outcomes-block"),
       OFFICIAL, "feedback-hold", ("account", "contracts")),
    _n("hold-with-good-reviews", "account",
       "Why was I put on hold when all my reviews are positive?",
       """Because the negative feedback may have been private: Upwork's help pages said some
       clients tell only Upwork that they were unhappy. That explanation belongs to the
       end-of-contract form with a private part; for contracts ended on the newer form, Upwork
       has not said what it counts.""",
       ("help-feedback-hold-14day", "help-negative-feedback-hold",
        "help-client-feedback-quality"), OFFICIAL, "feedback-hold", ("account", "feedback")),
    _n("hold-not-low-score", "account",
       "Is the feedback hold triggered by a low Job Success Score?",
       """Not by the score as such: the hold counts clients who reported a poor experience, and
       a moderator has said a low score alone does not lead to suspension. The threshold is
       not published beyond "multiple" clients, and Upwork says fewer than 1% of freelancers
       are affected.""",
       ("help-feedback-hold-14day", "moderator-low-jss", "help-poor-outcomes-block"),
       OFFICIAL, "feedback-hold", ("account", "score")),
    _n("hold-and-top-rated", "account",
       "Does an account hold cost me Top Rated?",
       """It can. Top Rated requires no recent account holds, and Upwork calls its
       negative-feedback measure a hold on your account, so the badge can go even while your
       score stays at 90% or more.""",
       ("help-top-rated", "help-feedback-hold-14day"), OFFICIAL, "current",
       ("account", "top-rated", "badges")),
    # --- Getting paid --------------------------------------------------------------------------
    _n("hourly-pay-timing", "payments",
       "When is hourly work paid?",
       """About ten days after the work week ends. Weeks run Monday to Sunday UTC, the client
       is invoiced the next Monday at noon and can dispute until Friday, and the money becomes
       available on the Wednesday after that.""",
       ("help-weekly-billing", "help-hourly-get-paid"), OFFICIAL, "current",
       ("payments", "hourly")),
    _n("work-diary-adjust", "payments",
       "Can I correct my Work Diary after the week ends?",
       """Only until Monday 11:59 UTC, the few hours between the end of the billing week and
       the client's invoice. After that the hours are billed as they stand, and only the client
       can dispute them, until Friday 23:59 UTC.""",
       ("help-weekly-billing", "help-client-hourly-dispute"), OFFICIAL, "current",
       ("payments", "hourly")),
    _n("bonus-weekly-protection", "payments",
       "Are bonuses and fixed weekly payments protected like tracked hours?",
       """No. They skip the client's review week and clear after the 5-day security period,
       but Hourly Protection covers only qualifying tracked hours, so a bonus or weekly payment
       that fails is not covered.""",
       ("help-hourly-get-paid", "help-hourly-protection", "help-weekly-billing"), OFFICIAL,
       "current", ("payments", "hourly")),
    _n("hours-over-limit", "payments",
       "Are hours over the weekly limit paid?",
       """Not automatically: hours above the contract's weekly limit stay in the Work Diary,
       where the client can see them, but they are not invoiced and Hourly Protection does not
       cover them. Ask the client to raise the limit before you work over it, or agree a bonus
       for the extra hours.""",
       ("help-hourly-get-paid", "help-hourly-protection"), OFFICIAL, "current",
       ("payments", "hourly")),
    _n("hourly-protection-fraud", "payments",
       "Does Hourly Protection cover me if the client's payment turns out to be fraud?",
       """By its wording, yes if your hours qualify: the help page excludes freelancers who knew
       of or took part in a violation or fraud, not those who were deceived. In practice
       freelancers report payments reversed after a client's card failed or the client was
       judged a fraud, some paid only after pressing support for weeks or months.""",
       ("help-hourly-protection", "reports-hourly-bluff", "reports-hourly-reversal",
        "reports-payment-protection"), REPORT, "current",
       ("payments", "hourly", "money-after-release")),
    _n("milestone-payout-timing", "payments",
       "How long after I submit a milestone can I withdraw the money?",
       """Up to about 19 days after your last submission: the client has 14 days to review,
       silence releases the payment, and every release is then held 5 days for security. An
       approval on the first day makes it about 5 days; a request for changes restarts the 14
       days when you resubmit.""",
       ("help-fixed-review", "help-security-hold", "moderator-resubmit", "help-weekly-billing"),
       OFFICIAL, "current", ("payments", "fixed-price")),
    _n("change-active-milestone", "payments",
       "Can an active, funded milestone be changed?",
       """You can propose it: Upwork lets a freelancer ask to change an active milestone's
       name, due date and description or raise its amount, and the client accepts or declines.
       The client cannot edit an active milestone directly and nobody can delete one; to pay
       less, the client releases part of it.""",
       ("help-milestone-changes", "help-milestones-edit"), OFFICIAL, "current",
       ("payments", "fixed-price")),
    _n("partial-milestone-release", "payments",
       "Can the client release only part of a milestone?",
       """Yes. The client can release any part of a funded milestone; what is left either funds
       the next milestone or goes back to the client through an escrow refund when the
       contract ends.""",
       ("help-milestones-edit", "moderator-partial-release", "expert-partial-amount"),
       OFFICIAL, "current", ("payments", "fixed-price", "refunds")),
    _n("one-milestone-funded", "payments",
       "Why can't the client fund the next milestone yet?",
       """Only one milestone can be funded at a time on a contract, with a $5 minimum, and the
       current one must be released, fully or in part, before the next is funded. Do not start
       the next milestone's work until it is funded.""",
       ("help-milestones-edit", "moderator-resubmit"), OFFICIAL, "current",
       ("payments", "fixed-price")),
    _n("dormant-contract", "payments",
       "What happens to escrow when a fixed-price contract goes quiet?",
       """After 90 days with no activity past the last milestone date it counts as dormant:
       Upwork warns both sides from about day 76, closes the contract, and sends you a refund
       request for the escrow on the client's behalf, which you have 7 days to dispute.""",
       ("help-dormant", "support-fixed-auto-close"), OFFICIAL, "current",
       ("payments", "fixed-price", "contracts")),
    _n("dormant-messages", "payments",
       "Does messaging the client keep a fixed-price contract active?",
       """No. Only contract actions count as activity, such as a payment, a bonus or a
       milestone update; a milestone due within 90 days, or a new or updated one, keeps the
       contract from going dormant.""",
       ("support-fixed-auto-close", "help-dormant"), OFFICIAL, "current",
       ("payments", "fixed-price", "contracts")),
    # --- Service fees --------------------------------------------------------------------------
    _n("fee-history", "fees",
       "What fee has Upwork charged freelancers, and when?",
       """A flat 10% until June 2016; then a sliding fee per client (20% of the first $500, 10%
       up to $10,000, 5% above) until 3 May 2023; since then a flat 10%. Third parties report
       a variable fee of up to 15% in 2025, which the newest copy of Upwork's fee page we found
       does not show.""",
       ("help-fees-2016", "help-fees-2023", "announce-fees-2023", "help-fees-newest",
        "report-fee-variable"), OFFICIAL, "fees-2025", ("fees", "history")),
    _n("sliding-fee", "fees",
       "How did the sliding fee work?",
       """It followed your lifetime billings with each client, across all contracts with them:
       20% on the first $500, 10% up to $10,000 and 5% beyond. A first $600 contract with a
       new client cost $110 in fees ($100 plus $10), leaving $490.""",
       ("help-fees-2016", "reports-fees-open"), OFFICIAL, "fees"),
    _n("fee-change-2023", "fees",
       "What happened to contracts at 20% or 5% on 3 May 2023?",
       """Every contract moved to the flat 10%, except that contracts already at 5% kept 5%
       until the end of 2023. Clients began paying a contract initiation fee a week earlier,
       on 26 April 2023.""",
       ("announce-fees-2023", "help-fees-2023"), OFFICIAL, "fees"),
    _n("variable-fee-2025", "fees",
       "Is Upwork's fee now variable, up to 15%?",
       """Third parties say so: a 2025 blog describes a fee of 0 to 15% set per contract, with
       15% seen and nothing below 10% reported. The newest copy of Upwork's own fee page we
       found still says 10%, so we cannot confirm it; check the fee on your offer before you
       accept.""",
       ("report-fee-variable", "help-fees-newest"), REPORT, "fees-2025"),
    _n("direct-contracts-fee", "fees",
       "What fee do Direct Contracts carry?",
       """5% since 22 April 2024, when the 3.4% processing fee was dropped and clients had to
       create Upwork accounts; a later help page adds that Freelancer Plus members pay 0%.
       Before that date a Direct Contract carried no service fee, only the 3.4% processing
       fee.""",
       ("help-direct-contracts", "help-direct-plus"), OFFICIAL, "direct-2024"),
    # --- g-cover ---
    _a("improve-score", "jss",
       "What can I do to raise my score?",
       """Add good outcomes and wait. Upwork's advice is to take only work you can deliver,
       talk to clients early, and end contracts promptly when work stops; its factors page
       adds that long-term clients paid over 90 days or more, and larger jobs, weigh in your
       favour. Nothing removes an old bad outcome except time: it leaves the 6-, 12- and
       24-month windows as it ages.""",
       ("help-why-changed", "help-factors", "help-jss"), OFFICIAL, "current"),
    _a("fixed-price-deadlines", "disputes",
       "What are the deadlines in a fixed-price dispute?",
       """Since 5 December 2023 the whole dispute runs on Upwork: you have 7 days after the
       client ends the contract to dispute, or the escrow goes back to the client; the client
       then has 5 days to accept or decline; a mediator proposes a settlement within 2 days of
       both sides' evidence; and each side has 2 days to accept or decline it.""",
       ("release-dispute-fixed-2023", "help-dispute-milestone", "help-fixed-dispute"), OFFICIAL,
       "dispute-process", ("disputes", "fixed-price")),
    _a("dispute-feedback-first", "disputes",
       "Do I have to leave feedback for the client before filing a dispute?",
       """Yes, in the current flow: disputing a client's escrow refund request on an ended
       fixed-price contract starts with your feedback on the client, and the dispute
       specialist reads it with the rest of the case. Keep it factual; it does not change
       your own score.""",
       ("help-dispute-milestone", "help-give-feedback"), OFFICIAL, "dispute-process",
       ("disputes", "feedback")),
    _a("mediation-cost", "mediation",
       "Does mediation cost anything?",
       """No. Upwork's dispute assistance and mediation are free for both sides. The only paid
       step is arbitration, where each side pays its share of an outside arbitrator's fee, and
       which neither side has to choose.""",
       ("help-fixed-dispute", "help-arbitration"), OFFICIAL, "dispute-process",
       ("mediation", "fees")),
    _a("profile-private-when", "disputes",
       "How long can I go without earnings before my profile is set to private?",
       """It has changed. When Upwork began hiding inactive profiles, 30 days without earnings
       did it, with a 50-day grace period for new freelancers; in about 2020 Upwork stretched
       that to two years for freelancers with past earnings and 90 days for new ones. We found
       no newer statement, so check the visibility shown on your profile.""",
       ("help-profile-private-2018", "announce-active-earners"), OFFICIAL,
       "profile-visibility", ("account",)),
    _a("badge-appears-when", "jss",
       "How soon does a badge appear once I qualify?",
       """Within about 72 hours of meeting every requirement, a moderator said in the thread that
       announced Top Rated Plus in July 2020. For Top Rated the wait is really the 13 of 16
       eligible weeks: the badge cannot appear before enough weeks at 90% or more have built
       up.""",
       ("moderator-badge-72h", "help-top-rated"), OFFICIAL, "badge-moderators",
       ("top-rated",)),
    _a("trp-no-exception", "jss",
       "Will Upwork make an exception if I fall just short of a Top Rated Plus requirement?",
       """No. Asked (about 2024) by a freelancer whose client left Upwork just short of the
       threshold, a moderator said Upwork has no way to make an exception: every requirement
       has to be met, the large contract included.""",
       ("moderator-trp-no-exception", "help-top-rated"), OFFICIAL, "badge-moderators",
       ("top-rated",)),
    # --- g-fix ---
    _a("private-rating-removed", "feedback",
       "Did Upwork remove private feedback, and what does it mean for my score?",
       """From the form, yes: Upwork's help page for clients says the private rating and
       review are being removed, leaving 1 to 5 public stars and an optional private
       note to you. It gives no date and no word on contracts that ended before, and the
       JSS page still lists private feedback. Read older contracts as carrying their
       private rating, newer ones as resting on the stars.""",
       ("help-leave-feedback", "help-leave-feedback-2023", "help-jss", "help-factors"),
       OFFICIAL, "form-change", ("feedback", "score", "history"),
       updated=_CHECKED_ISSUE_17),
    _a("private-note", "feedback",
       "What is the private note a client can leave now?",
       """An optional message from the client to you, not a rating: it came with the new
       end-of-contract form in place of the private rating, which was for Upwork's eyes only.
       Upwork's page does not say that the note counts in the score, and the copy we read does
       not show its answers on when you see the note or whether it can be edited.""",
       ("help-leave-feedback", "help-leave-feedback-2023"), OFFICIAL, "form-change",
       updated=_CHECKED_ISSUE_17),
    _a("feedback-deadline", "feedback",
       "How long does a client have to leave feedback, and when do I see it?",
       """14 days from the end of the contract, until midnight UTC on the 14th day. Feedback is
       double-blind: neither side sees the other's until both have given it or the 14 days
       have passed. After that nothing can be added unless the other side reopens it.""",
       ("help-give-feedback", "help-leave-feedback-2023", "help-leave-feedback"), OFFICIAL,
       "current",
       updated=_CHECKED_ISSUE_17),
    _a("change-feedback", "feedback",
       "Can a client change the feedback they gave me?",
       """Once per contract, and only if you allow it: you enable the change from the
       contract, and the client then has 14 days to change the public rating and comment, up
       or down. Private feedback under the old form could never be changed.""",
       ("help-enable-change", "help-respond-feedback", "help-leave-feedback-2023"), OFFICIAL,
       "form-change",
       updated=_CHECKED_ISSUE_17),
    _a("mid-contract-feedback", "feedback",
       "Does mid-contract feedback count toward my score?",
       """No: it is public feedback on an open contract, shown in your work history but
       left out of the Job Success Score. A client can give it once the contract is 30
       days old and was paid in the last 30 days, at most once in 30 days. You can
       request it (the client then has 14 days), but you cannot reply to it publicly.""",
       ("help-mid-contract", "help-mid-contract-test", "release-mid-job-feedback"), OFFICIAL,
       "current",
       updated=_CHECKED_ISSUE_17),
    _a("score-disappeared", "jss",
       "Why did my Job Success Score disappear?",
       """Because you no longer meet the minimum, not because it fell to zero. Upwork names
       three causes: fewer than {{ rules.min_contracts }} counted jobs with
       {{ rules.min_clients }} clients in the last 24 months, no new contracts in 24 months, or
       contracts that do not count (no earnings or no feedback). In November 2020 some scores
       vanished when contracts without feedback stopped counting.""",
       ("help-jss-disappear", "help-jss", "moderator-jss-gone-2020", "cm-jss-inactive"),
       OFFICIAL, "current", ("score", "eligibility"),
       updated=_CHECKED_ISSUE_17),
    _a("score-come-back", "jss",
       "How do I get a score back after it disappeared?",
       """Finish contracts that count: ended with feedback, or long-term and paid at least
       every {{ rules.gap_days }} days. Once {{ rules.min_contracts }} of them with
       {{ rules.min_clients }} different clients fall within the last 24 months, the score
       reappears at a daily update, computed only from what is in the windows then.""",
       ("help-jss-disappear", "help-jss", "cm-jss-inactive"), OFFICIAL, "current",
       ("score", "eligibility"),
       updated=_CHECKED_ISSUE_17),
    _a("long-term-clients", "outcomes",
       "Does having no long-term clients lower my score?",
       """Upwork's pages disagree. "What should I know about my JSS" says not having long-term
       relationships does not count against you; "What factors affect my JSS" lists a lack of
       long-term contracts as a negative. Both (read in 2025) say clients who keep paying for
       90 days or more help, so that much is safe.""",
       ("help-long-term", "help-factors", "help-jss"), OFFICIAL, "current",
       ("contracts", "score"),
       updated=_CHECKED_ISSUE_17),
    _a("mediation-length", "mediation",
       "How long does mediation take?",
       """At most 30 days, Upwork's dispute page says, ending with a non-binding
       recommendation if you have not agreed. Since 5 December 2023 the specialist proposes a
       settlement within 2 days of both sides' evidence and each side has 2 days to answer, so
       many end sooner. We found no source for the lower bound of 21 days sometimes quoted.""",
       ("help-fixed-dispute", "release-dispute-fixed-2023"), OFFICIAL, "dispute-process",
       updated=_CHECKED_ISSUE_17),
    _a("mediation-silence", "mediation",
       "What happens if one side goes silent during a dispute?",
       """The deadlines run anyway: a client who does not answer a dispute in time loses
       the escrow to you; a freelancer who ignores a refund request for 7 days loses it
       to the client. After mediation fails each side has 7 days to agree to arbitration
       and pay; if only one does it gets the money, if neither the escrow goes back to
       the client. Upwork does not say what silence on a proposal counts as.""",
       ("help-fixed-dispute", "release-dispute-fixed-2023", "help-refund-request",
        "help-arbitration"), OFFICIAL, "dispute-process", ("mediation", "disputes"),
       updated=_CHECKED_ISSUE_17),
    _a("arbitration-provider", "arbitration",
       "Who runs Upwork arbitration today, and who pays?",
       """Brief, a neutral third-party organisation, according to Upwork's dispute page; from
       about 2016 to 2021 it was the AAA at $291 a party. The fee is divided between you and
       the client, Upwork paying part of it above a certain contract amount, and each side has
       7 days after the notice that mediation failed to agree and pay.""",
       ("help-fixed-dispute", "help-arbitration", "community-arbitration-fee",
        "reports-2025-arbitration"), OFFICIAL, "arbitration", ("arbitration", "fees"),
       updated=_CHECKED_ISSUE_17),
    # --- g-cover2 --- (checked against its sources on 2026-12-06, hence _n)
    _n("agency-closed", "agencies",
       "What happens to members' scores when an agency closes?",
       """Each member keeps the agency work they did: Upwork's agency FAQ says that when an
       agency closes, the contracts its members completed on its behalf count toward each
       member's own Job Success Score. By the usual rules they then count until they are 24
       months old. The part of Upwork's answer we could read ends there, so any condition it
       adds is unknown.""",
       ("help-agencies-faq", "help-jss"), OFFICIAL, "current", ("agencies", "score")),
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
