"""The sources the guide cites: the package's own list, plus what each supports for the reader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["EXTRA", "GUIDE_ONLY", "Source", "all_sources"]

_HELP: Final = "https://support.upwork.com/hc/en-us/articles/"


@dataclass(frozen=True, slots=True)
class Source:
    """One cited source. The id is also its anchor on sources.md, so it never changes."""

    id: str
    title: str
    where: str
    url: str | None
    kind: str  # "official", "thread" or "report"
    supports: str


#: What each of the package's sources (calculator/sources.py, same ids) supports in the guide.
#: Titles, places and addresses come from the package so the two lists cannot drift apart.
EXTRA: Final[dict[str, tuple[str, str]]] = {
    "help-jss": ("official",
                 "The current rules: daily updates, job weights by earnings and paid length, "
                 "which jobs are eligible, the 24-month look-back, and that satisfaction is "
                 "read from public feedback, private feedback and the reason a contract ended."),
    "help-factors": ("official",
                     "What raises and lowers the score today: feedback of both kinds, long-term "
                     "relationships, larger projects weighing more."),
    "help-why-changed": ("official",
                         "Why a score moves with no new contract: older contracts leave a "
                         "window and the best-of rule can switch to another window."),
    "help-what-is-js": ("official",
                        "How clients read the score (90 and above, the 80s, 79 and below), and "
                        "that private feedback is part of it."),
    "help-top-rated": ("official", "The Top Rated and Top Rated Plus requirements."),
    "help-feedback-removal": ("official",
                              "The former Top Rated feedback-removal perk, its limits, and the "
                              "date it ended (3 September 2024)."),
    "help-fixed-review": ("official",
                          "A client has 14 days to review a submitted milestone; then the "
                          "payment is released automatically."),
    "help-refund-request": ("official",
                            "A freelancer has 7 days to answer a refund request on escrow; "
                            "silence means the refund goes through."),
    "help-fixed-dispute": ("official",
                           "The client has 5 business days to answer a freelancer's dispute; "
                           "mediation is free and may end in a non-binding recommendation."),
    "help-arbitration": ("official",
                         "Binding arbitration by an independent third party, for fixed-price "
                         "escrow only; each party pays a fee; what happens when one side or "
                         "neither side pays."),
    "help-hourly-dispute": ("official",
                            "The client's review week for hourly work and the freelancer's 3 "
                            "days to respond."),
    "help-hourly-protection": ("official",
                               "Which hours the Work Diary protects, and which it does not "
                               "(manual time, missing memos, hours over the limit)."),
    "blog-2015": ("official",
                  "The original design: 6-, 12- and 24-month windows, the best one shown, the "
                  "high-level formula, updates every two weeks, the first eligibility minimum."),
    "announce-2020-03": ("official",
                         "From March 2020 outcomes are weighted by job size, and $0 contracts "
                         "with good feedback are left out."),
    "announce-2020-11": ("official",
                         "From 8 November 2020 contracts ending without feedback are left out, "
                         "and two different clients are enough for a score."),
    "release-trending": ("official",
                         "The Trending score (6- and 3-month scores averaged) and the best-of "
                         "rule across four scores, with Upwork's own worked example."),
    "bulletin-2023-12": ("official",
                         "A score can appear after 2 contracts with 2 clients; more weight on "
                         "public feedback."),
    "moderator-2025-zero": ("official",
                            "A moderator's answer on $0 contracts today: left out unless the "
                            "private feedback is negative."),
    "seed-000": ("thread",
                 "A $400 fixed-price contract closed unpaid with a bad review and a $100 offer "
                 "in the dispute; the review, not the dispute, moves the score; mediation does "
                 "not judge who is right."),
    "seed-001": ("thread",
                 "Open and idle contracts, the no-earnings and no-feedback rules of the time, "
                 "about 10 contracts with 1 bad outcome shown as 91%, refunds hiding only the "
                 "public review."),
    "seed-002": ("thread",
                 "Scope creep and unpaid work, the largest contract weighing most, mediation "
                 "versus arbitration, a $291 fee for $350 in escrow, escrow-only arbitration, "
                 "the escrow fraud clause, flagged clients."),
    "seed-003": ("thread",
                 "A client changed the terms of an unpaid fixed-price contract: close it or "
                 "leave it open; the old removal perk; submitting the agreed work for payment."),
    "seed-004": ("thread",
                 "A withdrawn offer blamed for a drop from 100% to 89%; offers are not "
                 "contracts; ending many contracts at once is not a cause."),
}

#: Sources only the guide cites (the model does not rest on them).
GUIDE_ONLY: Final[tuple[Source, ...]] = (
    Source("help-long-term", "Long-term clients and the score (topic)",
           "Upwork Help Center, article 41946128518035", _HELP + "41946128518035", "official",
           "Long-term relationships help, and not having long-term clients does not count "
           "against you."),
    Source("help-security-hold", "Payment security hold (topic)",
           "Upwork Help Center, article 211068218", _HELP + "211068218", "official",
           "A released fixed-price payment is held for 5 days before it can be withdrawn."),
    Source("help-released-payments", "Refunds of released payments (topic)",
           "Upwork Help Center, article 360000361107", _HELP + "360000361107", "official",
           "Mediation is available within 30 days of a payment; later refunds are voluntary."),
    Source("help-insights", "Job Success insights (topic)",
           "Upwork Help Center, article 32389629156755", _HELP + "32389629156755", "official",
           "Upwork's own page with your real score and which jobs it includes or leaves out."),
    Source("resource-top-rated", "How to maintain your Top Rated status",
           "Upwork Resources",
           "https://www.upwork.com/resources/how-to-maintain-your-top-rated-status", "official",
           "The Top Rated requirements in plain words, including the 13-of-16-weeks rule."),
    Source("escrow-instructions", "Fixed Price Service Contract Escrow Instructions",
           "Upwork legal terms (section 5.1, item 7 for the fraud clause)",
           "https://www.upwork.com/legal", "official",
           "How escrow is released and disputed, and the clause that lets Upwork act where it "
           "believes fraud or a Terms of Service violation happened."),
    Source("community-arbitration-fee", "Paid for arbitration...",
           "Upwork Community (m-p/524994)", None, "official",
           "Once both parties have paid, the arbitration fee is spent whoever wins."),
    Source("reports-2025-arbitration", "Freelancers' reports after arbitration (topic)",
           "Upwork Community and Reddit, 2025", None, "report",
           "Winning arbitration did not remove the client's review; the fee reported as "
           "$337.50 per party."),
)


def all_sources() -> dict[str, Source]:
    """Every citable source by id: the package's list with what each supports, then the guide's.

    Raises:
        ValueError: if ``EXTRA`` describes a source the package no longer has, or an id is
            used twice.
    """
    from calculator.sources import SOURCES as PACKAGE

    stale = sorted(set(EXTRA) - set(PACKAGE))
    if stale:
        raise ValueError(f"EXTRA describes sources calculator/sources.py no longer has: {stale}")
    merged = {
        sid: Source(sid, src.title, src.where, src.url,
                    *EXTRA.get(sid, (_kind(sid), "Cited by the model's rules and assumptions.")))
        for sid, src in PACKAGE.items()
    }
    for src in GUIDE_ONLY:
        if src.id in merged:
            raise ValueError(f"duplicate source id {src.id!r}")
        merged[src.id] = src
    return merged


def _kind(source_id: str) -> str:
    return "thread" if source_id.startswith("seed-") else "official"
