"""The sources the guide cites: the package's own list, plus what each supports for the reader."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["EXTRA", "GUIDE_ONLY", "KINDS", "Source", "all_sources"]

_HELP: Final = "https://support.upwork.com/hc/en-us/articles/"
_STAGE: Final = "https://stage-support.upwork.com/hc/en-us/articles/"
_COMMUNITY: Final = "https://community.upwork.com/t5/"


@dataclass(frozen=True, slots=True)
class Source:
    """One cited source. The id is also its anchor on sources.md, so it never changes.

    ``url`` is the page's full public address (``None`` only for a source thread of which no
    public copy was found); ``date`` is YYYY-MM-DD, YYYY-MM or YYYY, as precisely as known.
    """

    id: str
    title: str
    where: str
    url: str | None
    kind: str  # a key of KINDS
    supports: str
    date: str


#: The kinds of source, in the order sources.md lists them, with their section titles.
KINDS: Final[dict[str, str]] = {
    "official": "Upwork's own pages",
    "thread": "The source threads",
    "expert": "Community experts' answers",
    "report": "Freelancers' reports",
}


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
                         "window and the best-of rule can switch to another window. Its early-"
                         "2020 text also says jobs with no earnings or no feedback became "
                         "counted once closed or once several months had passed since the last "
                         "payment."),
    "help-what-is-js": ("official",
                        "How clients read the score (90 and above, the 80s, 79 and below), and "
                        "that private feedback is part of it."),
    "help-top-rated": ("official", "The Top Rated and Top Rated Plus requirements."),
    "help-feedback-removal": ("official",
                              "The grounds for removing feedback (manipulation, abusive or "
                              "irrelevant feedback, insider feedback), reporting it from Job "
                              "Success insights once, about seven business days for a decision; "
                              "and the former Top Rated perk, which ended on 3 September 2024."),
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
                         "Binding arbitration by an independent third party on fixed-price "
                         "contracts, for money in escrow and, after mediation, money no longer "
                         "in escrow; each party pays a fee; what happens when one side or "
                         "neither side pays; not complying with the outcome suspends the "
                         "account."),
    "help-hourly-dispute": ("official",
                            "A client's hourly dispute pauses the contract and sets its weekly "
                            "limit to zero; 3 days to respond; a specialist checks the Work "
                            "Diary against Hourly Protection within about one business day."),
    "help-hourly-protection": ("official",
                               "The conditions for protected hours: an ID-verified freelancer "
                               "in good standing, a client with a verified billing method, time "
                               "tracked with the desktop app, memos, adequate activity, within "
                               "the weekly limit; manual time, idle segments and hours over the "
                               "limit are excluded, and so is anything involving fraud."),
    "blog-2015": ("official",
                  "The original design: 6-, 12- and 24-month windows, the best one shown, the "
                  "high-level formula, updates every two weeks; contracts without activity "
                  "because of a poor client interaction are not counted against you."),
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
                         "A score can appear after {{ rules[2023-12].min_contracts }} contracts "
                         "with {{ rules[2023-12].min_clients }} clients; more weight on public "
                         "feedback."),
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
                 "versus arbitration, a $291 fee for $350 in escrow, arbitrating only the money "
                 "in dispute (not future milestones), the escrow fraud clause, flagged "
                 "clients."),
    "seed-003": ("thread",
                 "A client changed the terms of an unpaid fixed-price contract: close it or "
                 "leave it open; the old removal perk; submitting the agreed work for payment."),
    "seed-004": ("thread",
                 "A withdrawn offer blamed for a drop from 100% to 89%; offers are not "
                 "contracts; ending many contracts at once is not a cause."),
    "reports": ("report",
                "Freelancers' own reports of the score they were shown and the history behind "
                "it: what the model's chances of hidden poor ratings are set and checked on "
                "(each case, with its thread, is listed on About the model)."),
    # m-score: the form era.
    "help-leave-feedback": ("official",
                            "The end-of-contract form without the private rating: clients leave "
                            "1-5 public stars and may add a private note, because the two "
                            "ratings confused them. The page gives no date."),
    "help-factors-2026": ("official",
                          "The factors page reworded for the new form: 'good feedback' and "
                          "'Negative client feedback' where it named private feedback, and "
                          "disputed contracts among what lowers the score."),
}

def _official(id_: str, title: str, where: str, url: str, date: str, supports: str) -> Source:
    return Source(id_, title, where, url, "official", supports, date)


def _help(id_: str, article: str, title: str, supports: str, date: str = "2025") -> Source:
    return _official(id_, title, "Upwork Help Center", _HELP + article, date, supports)


def _community(id_: str, kind: str, title: str, where: str, path: str, date: str,
               supports: str) -> Source:
    return Source(id_, title, where, _COMMUNITY + path, kind, supports, date)


#: Sources only the guide cites (the model does not rest on them). Help Center articles carry no
#: publication date; their date is the year the text was read.
GUIDE_ONLY: Final[tuple[Source, ...]] = (
    _help("help-long-term", "41946128518035-What-should-I-know-about-my-Job-Success-Score-JSS",
          "What should I know about my Job Success Score (JSS)?",
          "Long-term relationships help and not having them does not count against you; Upwork "
          "tracks freelancers' feedback on clients and leaves out clients it has flagged."),
    _help("help-security-hold", "211068218", "Payment security hold (topic)",
          "A released fixed-price payment is held for 5 days before it can be withdrawn."),
    _help("help-released-payments", "360000361107", "Refunds of released payments (topic)",
          "Mediation is available within 30 days of a payment; later refunds are voluntary."),
    _help("help-insights", "32389629156755", "Job Success insights (topic)",
          "Upwork's own page with your real score, which jobs it includes or leaves out, and "
          "where a review is reported."),
    _official("resource-top-rated", "How to maintain your Top Rated status", "Upwork Resources",
              "https://www.upwork.com/resources/how-to-maintain-your-top-rated-status", "2025",
              "The Top Rated requirements in plain words, including the 13-of-16-weeks rule."),
    _official("escrow-instructions", "Fixed Price Service Contract Escrow Instructions",
              "Upwork legal terms (section 5.1, item 7 for the fraud clause)",
              "https://www.upwork.com/legal", "2025",
              "How escrow is released and disputed, and the clause that lets Upwork act where it "
              "believes fraud or a Terms of Service violation happened."),
    _community("community-arbitration-fee", "official",
               "Paid for Arbitration and never received it; Upwork won't refund arbitration fee",
               "Upwork Community, Freelancers forum (a Community Manager and experts answer)",
               "Freelancers/Paid-for-Arbitration-and-never-received-it-Upwork-won-t-refund/"
               "m-p/524994", "2018",
               "In the AAA era the fee was $291 a party; a fee is returned automatically when only "
               "one party paid, and spent once both have paid, whoever wins."),
    Source("reports-2025-arbitration", "Has anyone here gone through Upwork arbitration?",
           "Reddit, r/Upwork (freelancers' reports)",
           "https://www.reddit.com/r/Upwork/comments/1jtwpme/"
           "has_anyone_here_gone_through_upwork_arbitration/", "report",
           "A freelancer asks about the $337.50 fee; one who won arbitration reports that the "
           "client's poor review stayed on the profile a year later.", "2025-04-07"),
    # --- Money after release: chargebacks, refunds, arbitration of released payments ---------
    _help("help-chargebacks", "14084991625107-Chargebacks", "Chargebacks",
          "A chargeback is the client asking its bank to reverse a payment; the bank decides; "
          "work covered by Payment Protection is protected, otherwise Upwork may ask the "
          "freelancer to return the amount and hold the account until it is paid."),
    _help("help-client-chargebacks",
          "14085353385747-What-happens-if-you-file-a-chargeback-as-a-client-on-Upwork",
          "What happens if you file a chargeback as a client on Upwork",
          "Chargebacks break the Terms of Service and get the client's account suspended."),
    _community("reports-chargebacks", "report", "Client filed a chargeback",
               "Upwork Community, Freelancers forum (a freelancer's report)",
               "Freelancers/Client-filed-a-chargeback/td-p/1246069", "2023",
               "A $1,250 chargeback months after approved work froze the freelancer's "
               "withdrawals for up to 90 days while the bank decided."),
    _help("help-give-refund", "211068538", "Give a refund",
          "A freelancer can refund any amount up to what the contract earned in the last 180 "
          "days, limited by the available balance; a refund cannot be undone."),
    _help("help-request-refund", "211062088-Request-a-refund-from-the-freelancer-or-agency",
          "Request a refund from the freelancer or agency",
          "Clients can ask for released payments back for 180 days (up to 365 through support); "
          "the freelancer decides, and may refund all, part or nothing."),
    _community("expert-partial-amount", "expert", "Scope of work changed fixed contract",
               "Upwork Community, Freelancers forum (experts and a moderator answer)",
               "Freelancers/Scope-of-work-changed-fixed-contract/td-p/801115", "2020",
               "Submitting a milestone for less than its full amount releases that part and "
               "refunds the rest when the contract closes, without affecting the score."),
    _community("expert-pro-rata", "expert", "Dispute in Escrow",
               "Upwork Community, Freelancers forum (experts answer)",
               "Freelancers/Dispute-in-Escrow/td-p/619741", "2019",
               "A fair settlement refunds the part of the escrow for work not done (75% done, 75% "
               "kept), and a refund request can be refused."),
    _community("expert-arbitration-released", "expert", "Arbitration!",
               "Upwork Community, Freelancers forum (experts answer)",
               "Freelancers/Arbitration/td-p/643930", "2019",
               "Released milestones can be on the table in arbitration, and an award can give "
               "each side part of the money (a partial refund)."),
    _community("expert-small-disputes", "expert", "Dispute Resolution and Arbitration fee of $291",
               "Upwork Community, Freelancers forum (an expert's accepted answer)",
               "Freelancers/Dispute-Resolution-and-Arbitration-fee-of-291/m-p/964347", "2021",
               "Paying $291 to maybe recover $100 makes no sense; keep early fixed-price work with "
               "a new client small, so walking away costs little."),
    _community("reports-small-dispute", "report", "Milestone Dispute",
               "Upwork Community, Freelancers forum (a freelancer's report)",
               "Freelancers/Milestone-Dispute/td-p/799284", "2020",
               "Facing a $291 fee for a $150 milestone, the freelancer refunded instead."),
    _community("moderator-fee-refund", "official", "Arbitration procedure question",
               "Upwork Community, Support forum (a moderator's answer)",
               "Support-Forum/Arbitration-procedure-question/td-p/1286322", "2023",
               "If only one party pays, no arbitration takes place and its fee is refunded; once "
               "the case goes to arbitration, the fee is not refunded even to the winner."),
    _community("legal-respondent-suspended", "official", "Arbitration request.",
               "Upwork Community, New to Upwork (a Community Manager quotes the escrow "
               "instructions)", "New-to-Upwork/Arbitration-request/m-p/488552", "2018",
               "A party asked to arbitrate that does not pay its fee in time has its account "
               "suspended, and the funds go to the party that paid."),
    # --- Hourly disputes and Hourly Protection -------------------------------------------
    _community("release-dispute-2023", "official", "Dispute process update",
               "Upwork Community, Product Release Notes",
               "Product-Release-Notes/Dispute-process-update/ba-p/1353977", "2023-06-14",
               "Hourly disputes: 3 days to respond on the platform; a dispute specialist reviews "
               "the Work Diary within one business day."),
    _help("help-client-hourly-dispute", "211062158-Dispute-an-agency-or-freelancer-s-hours",
          "Dispute an agency or freelancer's hours",
          "The client's side: disputes are about hours billed, not the quality of the work, and "
          "must be filed in the review period from Monday noon to Friday 23:59 UTC."),
    _help("help-contract-paused", "211068348-Contract-Paused", "Contract paused",
          "Upwork pauses contracts when the client's account or billing method has a problem; "
          "work done while a contract is paused is not covered by payment protection."),
    _community("reports-hourly-bluff", "report", "Upwork's Hourly Protection is a Bluff",
               "Upwork Community, Freelancers forum (a freelancer's report)",
               "Freelancers/Upwork-s-Hourly-Protection-is-a-Bluff/m-p/1442615", "2023",
               "Tracked hours with memos were refused payment when the client's payment failed "
               "and Upwork judged the client a fraud; paid only after the freelancer pressed."),
    _community("reports-hourly-reversal", "report", "Reversal Notification: Hourly Payment "
               "Unsuccessful", "Upwork Community, Freelancers forum (a freelancer's report)",
               "Freelancers/Reversal-Notification-Hourly-Payment-Unsuccessful/m-p/1246838", "2023",
               "A client's failed payment was refunded to the client within an hour as not "
               "covered; credited to the freelancer ten months later."),
    _community("reports-payment-protection", "report", "A question about Payment Protection",
               "Upwork Community, Freelancers forum (a freelancer's report)",
               "Freelancers/A-question-about-Payment-Protection/td-p/1496871", "2024",
               "A verified client who vanished was treated as a fraud, so Payment Protection did "
               "not apply to a small hourly job."),
    # --- Feedback ----------------------------------------------------------------------------
    _help("help-respond-feedback", "211068448-Respond-to-or-report-feedback-from-your-client",
          "Respond to or report feedback from your client",
          "One public reply per review, within 28 days of the contract ending, not editable; "
          "reports only where the feedback system is misused."),
    _help("help-give-feedback", "211068438-Give-feedback", "Give feedback",
          "Freelancers rate clients too, within 14 days of the end; feedback is double-blind "
          "until both have given it or the 14 days pass."),
    # --- Account health ----------------------------------------------------------------------
    _help("help-negative-feedback-hold",
          "28340628101779-Understanding-our-approach-to-negative-client-feedback",
          "Understanding our approach to negative client feedback",
          "After negative feedback from several clients Upwork can pause new proposals until a "
          "reskilling course is done; existing contracts continue."),
    _community("moderator-low-jss", "official", "To avoid suspend account",
               "Upwork Community, Freelancers forum (a moderator's answer)",
               "Freelancers/To-avoid-suspend-account/td-p/939002", "2021",
               "A low Job Success Score does not by itself lead to suspension; a profile can be "
               "set to private for inactivity."),
    _community("reports-profile-private", "report", "Profile details",
               "Upwork Community, Freelancers forum (freelancers and a staff member answer)",
               "Freelancers/Profile-details/m-p/748058", "2020",
               "Profiles of freelancers with no recent earnings are switched to private; asking "
               "support switches them back, usually within a day."),
    # --- Contracts left open: pauses, fees -------------------------------------------------------
    _community("announce-2015-insight", "official", "Insight on how Job Success Score is "
               "calculated", "Upwork Community, Announcements (Community Manager and moderators)",
               "Announcements/Insight-on-how-Job-Success-Score-is-calculated/m-p/87248", "2015",
               "The 2015 announcement: contracts paused because of poor client behaviour are not "
               "counted; a moderator adds that hourly contracts were paused automatically after "
               "30 days without activity."),
    _official("support-inactive-hourly", "Warning on Inactive Hourly Contracts",
              "Upwork support article (an internal note published on Upwork's staging help site; "
              "dated from its article number)",
              _STAGE + "14380529966226--Warning-on-Inactive-Hourly-Contracts", "2023",
              "Upwork used to pause hourly contracts after 30 days without activity; it now only "
              "warns the client at 30 days and suggests pausing or ending."),
    _official("support-fixed-auto-close", "Fixed-Price Contract Auto-Closed",
              "Upwork support article (an internal note published on Upwork's staging help site; "
              "dated from its article number)",
              _STAGE + "14380530158482--Fixed-Price-Contract-Auto-Closed", "2023",
              "Fixed-price contracts with money in escrow and no activity are closed after "
              "notices (from 76 days), the escrow refund starts and the client can give feedback."),
    _official("help-fees-2016", "Upwork Service Fee (2016 version)", "Upwork Help Center",
              _HELP + "211062538-Upwork-Service-Fee", "2016",
              "From June 2016 the freelancer's fee slid with lifetime billings per client: 20% "
              "of the first $500, 10% to $10,000, 5% above."),
    _official("help-fees-2023", "Freelancer Service Fees (2023 version)", "Upwork Help Center",
              _HELP + "211062538-Freelancer-Service-Fees", "2023-05",
              "A flat 10% fee on all contracts replaced the sliding tiers."),
    _official("announce-fees-2023", "Project Shamrock pricing refresh",
              "Upwork support article (an internal note published on Upwork's staging help site)",
              _STAGE + "14380555589266--Project-Shamrock-Pricing-Refresh", "2023-05-03",
              "The flat 10% fee started on 3 May 2023; contracts already at 5% kept it to the end "
              "of 2023."),
    _community("reports-fees-open", "report", "Job Success Score affected by long-term "
               "contracts left open", "Upwork Community, Freelancers forum (freelancers' reports)",
               "Freelancers/Job-Success-Score-affected-by-long-term-contracts-left-open/"
               "td-p/234277", "2016",
               "A freelancer left hourly contracts open to avoid restarting at the 20% fee and "
               "saw the score dip; others point out the tier counts per client, not per contract."),
    # --- Community experts -----------------------------------------------------------------------
    _community("expert-stagger-closures", "expert", "My job success score decreased to 96% "
               "without any reason?", "Upwork Community, Freelancers forum (an expert's answer)",
               "Freelancers/My-job-success-score-decreased-to-96-without-any-reason/m-p/490592",
               "2017",
               "Ask clients to close idle contracts, and when closing them yourself space the "
               "closures a couple of weeks apart."),
    _community("expert-top-rated-weeks", "expert", "Top Rated",
               "Upwork Community, Freelancers forum (experts and a moderator answer)",
               "Freelancers/Top-Rated/m-p/330996", "2017",
               "The eligible-weeks count moves only as old weeks leave the 16-week window: with 4 "
               "ineligible weeks it can stay at 12 of 16 for 13 weeks."),
    _community("expert-top-rated-criteria", "expert", "Top Rated Eligible Weeks",
               "Upwork Community, Freelancers forum (an expert's accepted answer)",
               "Freelancers/Top-Rated-Eligible-Weeks/m-p/1016842", "2022",
               "Every week with a score of 90% or more is an eligible week; the full Top Rated "
               "checklist."),
    _community("moderator-resubmit", "official", "Client won't pay",
               "Upwork Community, New to Upwork (a moderator's answer)",
               "New-to-Upwork/Client-won-t-pay/td-p/902095", "2021",
               "Resubmitting work on a milestone starts its 14-day review period again; unfunded "
               "milestones are not protected."),
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
                    *EXTRA.get(sid, (_kind(sid), "Cited by the model's rules and assumptions.")),
                    src.date)
        for sid, src in PACKAGE.items()
    }
    for src in GUIDE_ONLY:
        if src.id in merged:
            raise ValueError(f"duplicate source id {src.id!r}")
        merged[src.id] = src
    return merged


def _kind(source_id: str) -> str:
    return "thread" if source_id.startswith("seed-") else "official"
