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
                 "The current rules: daily updates, job weights by earnings and paid length "
                 "(the $1-250 / $251-1,000 / over $1,000 bands and the 3-month length step are "
                 "published here, not in the 2020 announcement), which jobs are eligible, the "
                 "24-month look-back, and that satisfaction is read from public feedback, private "
                 "feedback and the reason a contract ended. The newest stored copy still "
                 "names private feedback, although the feedback form no longer asks for a "
                 "private rating (see Leave feedback for your freelancer)."),
    "help-factors": ("official",
                     "What raises and lowers the score: good feedback, long-term relationships "
                     "and larger projects help; negative client feedback, disputed contracts and "
                     "poor client experiences, and a lack of long-term contracts count against "
                     "you. An earlier copy (2025) said \"good public & private feedback\" and "
                     "\"negative private feedback (even if public feedback is good)\"; the newer "
                     "copy says \"good feedback\" and \"negative client feedback\"."),
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
                           "The client has 5 business days to answer a freelancer's dispute or "
                           "the escrow goes to the freelancer; mediation is free, will not "
                           "exceed 30 days and may end in a non-binding recommendation; if that "
                           "is rejected, arbitration is decided by Brief, a neutral third-party "
                           "organisation."),
    "help-arbitration": ("official",
                         "Binding arbitration by an independent, neutral arbitration company on "
                         "fixed-price contracts, for money in escrow and, after mediation, money "
                         "no longer in escrow; the fee is divided between the parties, Upwork "
                         "paying part of it above a certain contract amount; 7 days after the "
                         "notice of non-resolution to agree and pay; what happens when one side "
                         "or neither side pays; not complying with the outcome suspends the "
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
          "Long-term relationships help and not having them does not count against you (the "
          "factors page, read the same year, lists a lack of long-term contracts as a "
          "negative); Upwork tracks freelancers' feedback on clients and leaves out clients it "
          "has flagged."),
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
    # --- g-new ---------------------------------------------------------------------------------
    # Badges other than Top Rated.
    _community("announce-badges-2020", "official", "New talent badges are now available!",
               "Upwork Community, Product Release Notes (the announcement, with moderators' "
               "answers)",
               "Product-Updates/New-talent-badges-are-now-available/ba-p/778142", "2020-07",
               "Top Rated Plus and Expert-Vetted introduced: Top Rated Plus needs Top Rated, "
               "$10,000+ earned in 12 months and a large project; it shows only to Enterprise, "
               "Business and Plus clients. Moderators add that a large job is $5,000 in some "
               "categories (engineering and architecture), $10,000 in sales and marketing and "
               "$20,000-$30,000 in others, and that badges appear within about 72 "
               "hours of qualifying."),
    _community("moderator-trp-criteria", "official", "Top rated plus badge disappeared",
               "Upwork Community, Freelancers forum (a moderator's answer)",
               "Freelancers/Top-rated-plus-badge-disappeared/td-p/1135243", "2022",
               "The Top Rated Plus checklist: Top Rated kept, over $10,000 in 12 months ($20,000 "
               "for agencies), a large contract with earnings in the last 12 months and without "
               "negative outcomes; the badge came back only after the weeks below 90% left the "
               "16-week window."),
    _community("moderator-trp-large-contract", "official",
               "Top Rated Plus eligibility for multiple contract from same client",
               "Upwork Community, Freelancers forum (a moderator's answer)",
               "Freelancers/Top-Rated-Plus-eligibility-for-multiple-contract-from-same/m-p/1443374",
               "2023",
               "A large contract counts only while it earns within the last 12 months; separate "
               "contracts with one client are not added together; the threshold depends on the "
               "contract's category."),
    _help("help-expert-vetted", "360049625454-Expert-Vetted-talent", "Expert-Vetted talent",
          "Expert-Vetted is for the top 1% in a list of categories, usually by invitation only, "
          "after a screening interview of hard and soft skills; it names no Job Success Score "
          "threshold."),
    _official("help-rising-talent", "Rising Talent",
              "Upwork Help Center (an older stored copy, undated; it still names the Upwork "
              "Readiness Test, and community answers of 2019-2020 link to it)",
              _HELP + "211063228", "2020",
              "Rising Talent is for freelancers and agencies without a Job Success Score, awarded "
              "automatically (within 48 hours) on profile, activity and feedback; agencies need "
              "two or more members and complete profiles."),
    _community("moderator-rising-talent-lost", "official", "Rising Talent Badge",
               "Upwork Community, Freelancers forum (a Community Manager's answer)",
               "Freelancers/Rising-Talent-Badge/m-p/377725", "2017",
               "Why Rising Talent goes away: a Job Success Score arrived, public or private "
               "feedback showed poor outcomes, no proposals or work in 90 days, or a pending "
               "policy concern."),
    _community("moderator-rising-talent-jss", "official", "Rising Talent badge",
               "Upwork Community, Support forum (a moderator's answer)",
               "Support-Forum/Rising-Talent-badge/td-p/1424393", "2023",
               "Once there is enough work history, Upwork replaces Rising Talent with a Job "
               "Success Score, and the freelancer can start working toward Top Rated."),
    # Agencies.
    _official("help-agency-jss", "Agency Job Success Score",
              "Upwork Help Center (stored copy, dated from its article number; it still says "
              "scores update about every two weeks)",
              _HELP + "115006282028-Agency-Job-Success-Score", "2017",
              "The agency score uses the freelancer formula over all contracts of the agency's "
              "exclusive and non-exclusive members; exclusive members show it on their profiles; a "
              "member who leaves stays in it until the contracts age out; only contracts done for "
              "the agency count."),
    _community("moderator-agency-owner", "official", "Agency Owner JSS",
               "Upwork Community, Agencies forum (moderators answer)",
               "Agencies/Agency-Owner-JSS/m-p/816207", "2020",
               "An exclusive member (or exclusive owner) shows the agency score; a non-exclusive "
               "member shows a freelancer score computed from contracts done independently and "
               "through the agency; agency contracts show in both work histories; an owner can be "
               "non-exclusive."),
    _community("staff-agency-owner-exclusive", "official", "Agency Owner JSS",
               "Upwork Community, Freelancers forum (Upwork's Agency Program Coordinator answers)",
               "Freelancers/Agency-Owner-JSS/td-p/636310", "2019",
               "An owner's profile shows the agency score only if the owner is an exclusive "
               "member, although the help article then said every owner's did."),
    _community("moderator-agency-separate", "official", "Agency / Personal JSS",
               "Upwork Community, Agencies forum (a moderator's answer)",
               "Agencies/Agency-Personal-JSS/td-p/719068", "2020",
               "Freelancer and agency profiles are separate: a non-exclusive member's freelancer "
               "score is moved only by contracts under the freelancer profile."),
    _community("moderator-agency-nonexclusive", "official",
               "non-exclusive freelancer in my ageny (JSS)",
               "Upwork Community, Agencies forum (a staff answer)",
               "Agencies/non-exclusive-freelancer-in-my-ageny-JSS/td-p/1180069", "2022",
               "A non-exclusive member's own score is calculated from contracts completed both "
               "independently and as part of the agency; an exclusive member shows the agency "
               "score."),
    _community("moderator-agency-new", "official", "Agency JSS",
               "Upwork Community, Agencies forum (a Community Manager's answer)",
               "Agencies/Agency-JSS/m-p/676049", "2019",
               "Members' individual scores have no effect on the agency's score, which is based "
               "only on contracts completed through the agency."),
    _official("help-jss-2024", "Job Success Score (2024 version)", "Upwork Help Center",
              _HELP + "211068358-Job-Success-Score", "2024",
              "Daily updates over 6-, 12- and 24-month histories; dispute history among the "
              "factors; Job Success insights not yet available to agencies or exclusive agency "
              "freelancers."),
    # Account holds tied to negative feedback: three versions of the same help pages.
    _official("help-feedback-hold-14day",
              "Understanding our approach to negative client feedback (14-day hold version)",
              "Upwork Help Center (the version that describes a 14-day hold; undated, the article "
              "number places it no earlier than 2024)",
              _HELP + "28340628101779-Understanding-our-approach-to-negative-client-feedback",
              "2024",
              "Negative feedback from several clients about skills, experience, availability or "
              "performance brings a 14-day hold: no proposals, no new contracts, out of search; "
              "existing contracts go on; fewer than 1% of freelancers affected; the feedback can "
              "be private only."),
    _official("help-poor-outcomes-block", "Understanding our approach to poor contract outcomes",
              "Upwork Help Center (the newest version of the negative-feedback article, under a "
              "new title; undated)",
              _HELP + "28340628101779-Understanding-our-approach-to-poor-contract-outcomes",
              "2025",
              "Negative feedback from several clients can block proposals and new contracts; "
              "existing contracts go on; the block can be appealed after six months; complaints "
              "about a misrepresented background are reviewed separately."),
    _help("help-client-feedback-quality",
          "28340909495571-How-we-use-client-feedback-to-maintain-marketplace-quality",
          "How we use client feedback to maintain marketplace quality",
          "The client's side of the same policy, in the same three versions (a 14-day hold, a "
          "pause until an Upwork Academy course is done, a block appealable after six months); "
          "public feedback can be changed once the freelancer agrees, private feedback cannot."),
    # Getting paid: hourly timing and fixed-price milestones.
    _help("help-weekly-billing", "211063698-Weekly-billing-cycle", "Weekly billing cycle",
          "Hourly weeks run Monday to Sunday UTC; the freelancer can adjust the Work Diary until "
          "Monday 11:59 UTC; the client is invoiced Monday at noon and can dispute until Friday "
          "23:59 UTC; earnings are available the Wednesday after, 10 days after the week ends; "
          "manual payments clear after a 5-day security period."),
    _help("help-hourly-get-paid", "211063668-Get-paid-for-hourly-contracts",
          "Get paid for hourly contracts",
          "Hours over the weekly limit are not invoiced; bonuses and fixed weekly payments skip "
          "the review period, clear after the 5-day security period and are not covered by "
          "Hourly Protection."),
    _help("help-milestones-edit", "360000990268-Adding-and-editing-milestones-for-fixed-price-"
          "contracts", "Adding and editing milestones for fixed-price contracts",
          "One milestone is funded at a time ($5 minimum); future milestones can be edited or "
          "deleted, active ones cannot be edited by the client; a partial release lets the rest "
          "fund the next milestone or be refunded when the contract ends."),
    _help("help-milestone-changes", "360023544173-Propose-Changes-to-a-Milestone",
          "Propose changes to a milestone",
          "A freelancer can propose changes to active and future milestones: name, due date, "
          "description and a higher amount for an active one, which the client accepts or "
          "declines; an active milestone cannot be deleted; a request does not expire."),
    _community("moderator-partial-release", "official", "Send payment to client account",
               "Upwork Community, Clients forum (a moderator's answer)",
               "Clients/Send-payment-to-client-account/m-p/1102789", "2022-07-05",
               "How a client releases part of a funded milestone; the rest funds the next "
               "milestone or is refunded from escrow if the contract ends."),
    _help("help-dormant", "360000990208-Contracts-Gone-Dormant", "Contracts gone dormant",
          "A fixed-price contract with money in escrow and no activity for 90 days is dormant and "
          "handled under the escrow instructions; keep an active milestone due within 90 days."),
    # Fees by era.
    _official("help-fees-newest", "Freelancer Service Fees (newest stored copy)",
              "Upwork Help Center (the newest copy of the fee article found in the stored pages)",
              _HELP + "211062538-Freelancer-Service-Fees", "2025",
              "A 10% fee on all earnings, hourly, fixed-price and Project Catalog, for freelancers "
              "and agencies alike; Enterprise contracts can have their own fee structures."),
    Source("report-fee-variable", "Upwork: from simple fees to pay-to-play",
           "etcetera.kiev.ua (a third party's blog post)",
           "https://etcetera.kiev.ua/blog/upwork-from-simple-fees-to-pay-to-play", "report",
           "Describes a variable 0-15% commission in 2025: no one had reported a fee below 10%, "
           "but 15% had been seen, and how the fee is set is not explained.", "2025"),
    _help("help-direct-contracts", "360025040794-Direct-Contracts-with-clients",
          "Direct Contracts with clients",
          "From 22 April 2024 Direct Contracts carry a 5% freelancer fee (the 3.4% processing fee "
          "was dropped) and the client needs an Upwork account; existing ones were closed. An "
          "older version of the same article charged no service fee, only the 3.4% processing "
          "fee.",
          "2024"),
    _help("help-direct-plus",
          "40444525840915-I-pay-0-in-freelancer-fees-on-Direct-Contracts-because-I-subscribe-to-"
          "Freelancer-Plus-If-I-cancel-the-membership-what-happens",
          "I pay 0% in freelancer fees on Direct Contracts because I subscribe to Freelancer Plus",
          "Freelancer Plus members pay 0% on Direct Contracts; without the membership the fee is "
          "the standard 5%, not charged retroactively."),
    # --- g-cover ---
    _help("help-dispute-milestone", "211068528-Dispute-non-release-of-a-milestone-payment",
          "How to file a dispute when your client doesn't pay a milestone",
          "Seven calendar days to dispute a client's escrow refund request, or the rest is "
          "refunded; leaving feedback for the client comes first and is part of what is "
          "reviewed; disputes on active contracts when a milestone is not released.", "2026"),
    # --- g-fix: the feedback form change, feedback mechanics, the score disappearing ---------
    _official("help-leave-feedback-2023", "Leave feedback for your freelancer (2023 version)",
              "Upwork Help Center (an earlier article of the same title; dated from its article "
              "number)", _HELP + "17975053069331--Leave-feedback-for-your-freelancer", "2023",
              "The form before the change: public stars and comments, shown once $1 or more was "
              "paid, and private feedback Upwork uses for Job Success, kept on file and not "
              "editable; 14 days to leave feedback; only public feedback on open contracts."),
    _help("help-enable-change", "211062208-Enable-freelancers-to-change-feedback",
          "Enable freelancers to change feedback",
          "The one-time edit: the person who received feedback can let the other side change "
          "it, once per contract; the request can be considered for 14 days and, once enabled, "
          "the other side has 14 days to change it, up or down; only public feedback can be "
          "changed, private feedback stays on file.", "2026"),
    _help("help-mid-contract", "360048970493-Mid-Contract-Feedback", "Mid-Contract Feedback",
          "Clients can leave public feedback on an open contract that started at least 30 days "
          "ago and had a payment in the last 30 days, at most once in 30 days; a freelancer can "
          "request it and the client has 14 days; it shows in the work history, does not count "
          "in the Job Success Score, and cannot be replied to publicly.", "2026"),
    _help("help-mid-contract-test", "43058029349267-Leave-mid-contract-feedback-for-your-"
          "freelancer", "Leave mid-contract feedback for your freelancer",
          "A test with a limited group of clients: mid-contract feedback 14 days into a "
          "contract, optionally with a bonus; still public and still outside the Job Success "
          "Score.", "2026"),
    _community("release-mid-job-feedback", "official", "New Feature Mid-Job Feedback",
               "Upwork Community, Product Release Notes (dated from its post number)",
               "Product-Release-Notes/New-Feature-Mid-Job-Feedback/ba-p/796383", "2020",
               "Why mid-contract feedback exists: freelancers were asking clients to end "
               "contracts just to get a review; it is public only, and Upwork was considering, "
               "but not doing, counting it in the score."),
    _help("help-jss-disappear", "38437621837203-Why-did-my-JSS-disappear",
          "Why did my JSS disappear?",
          "A score disappears when the minimum is no longer met: fewer than two completed jobs "
          "with two clients in 24 months, no new contracts in 24 months, or completed contracts "
          "that are not eligible (no earnings or no feedback).", "2026"),
    _community("moderator-jss-gone-2020", "official", "Why is my job success score not visible?",
               "Upwork Community, Freelancers forum (a moderator's answer; dated from its post "
               "number)", "Freelancers/Why-is-my-job-success-score-not-visible/td-p/840473",
               "2020",
               "After the November 2020 change, contracts without feedback stopped counting, so "
               "some freelancers fell below the minimum and lost their score."),
    _community("cm-jss-inactive", "official", "job success score (a returning freelancer)",
               "Upwork Community, Freelancers forum (a Community Manager's answer; dated from its "
               "post number)", "Freelancers/job-success-score/td-p/625603", "2019",
               "A freelancer inactive for a long time loses the score: contracts fall out of the "
               "windows and too few recent jobs remain to compute one."),
    _community("release-dispute-fixed-2023", "official",
               "Streamlined dispute experience for fixed-price contracts",
               "Upwork Community, Product Release Notes",
               "Product-Release-Notes/Streamlined-dispute-experience-for-fixed-price-contracts/"
               "ba-p/1478163", "2023-12-05",
               "From 5 December 2023 fixed-price disputes run on the platform: 7 days after the "
               "contract ends to file, 5 days for the client to accept or decline, a proposal "
               "within 2 days of both sides' evidence, then 2 days to accept or decline it."),
    _official("help-profile-private-2018", "Profile Changed to Private (earlier version)",
              "Upwork Help Center (an earlier version; dated from the 2020 announcement, which "
              "says the program began almost two years before)",
              _HELP + "115003975967-Profile-Changed-to-Private-", "2018",
              "An established freelancer's profile became private after 30 days without "
              "earnings; new freelancers had a 50-day grace period; support or earning again "
              "reset it."),
    _community("announce-active-earners", "official",
               "Updates to Showing Active Earners in Search Results",
               "Upwork Community, Announcements (Community Manager; dated from its post "
               "number)", "Announcements/Updates-to-Showing-Active-Earners-in-Search-Results/"
               "ba-p/710815", "2020",
               "Profiles with past earnings stay public unless nothing was earned for more than "
               "2 years; new freelancers' profiles go private after 90 days; support resets it "
               "for free."),
    _community("moderator-badge-72h", "official", "New talent badges are now available! "
               "(a moderator's reply)", "Upwork Community, Product Release Notes thread of July "
               "2020 (a moderator answers on its fifth page, after September 2020)",
               "Announcements/New-talent-badges-are-now-available/td-p/778142/page/5", "2020",
               "Once every requirement is met, the badge can be expected on the profile within "
               "72 hours; what counts as a large project depends on the category."),
    _community("moderator-trp-no-exception", "official", "Top rated plus",
               "Upwork Community, Freelancers forum (a moderator's answer; dated from its post "
               "number)", "Freelancers/Top-rated-plus/td-p/1605526", "2024",
               "No exception is made for a freelancer just short of the Top Rated Plus "
               "threshold when a client leaves: the large-contract minimum must be met."),
    # --- g-cover2 ---
    _official("help-agencies-faq", "Agencies: Frequently Asked Questions",
              "Upwork Help Center (a question-and-answer article written for Upwork's support "
              "chatbot; undated, so dated by the year its stored copy was read)",
              _HELP + "35389337775123-Agencies-Frequently-Asked-Questions", "2026",
              "When an agency closes, the contracts its members completed on its behalf count "
              "toward each member's own Job Success Score; payments for agency work go to the "
              "agency, which pays its members."),
    # --- imp ---
    _help("help-view-invoices", "218680988-View-Invoices", "View Invoices",
          "Billing records live under Reports, Transaction History, where they can be "
          "downloaded; invoices are kept for five years.", "2026"),
    _help("help-weekly-summary-report", "51481326960275-View-your-weekly-summary-report",
          "View your weekly summary report",
          "Freelancers' reports are under Manage finances, Your reports, and can be downloaded "
          "as a CSV file for a chosen date range.", "2026"),
    Source("sample-earnings-csv", "sample-data.csv (an earnings report, published as a sample)",
           "GitHub, naodalemu/upwork-analytics",
           "https://github.com/naodalemu/upwork-analytics/blob/"
           "7be84ae7098a9f96256123ff37b933b221066312/public/sample-data.csv", "report",
           "The earnings report's layout: the columns Date, Contract, Hours, Amount and Payment "
           "type, the contract written as its title with the id in brackets, hours only on "
           "hourly payments, 'Fixed Price Payment' and 'Bonus' rows.", "2025-07-16"),
    Source("sample-work-history-json", "reviews.js (a profile's work history, saved as a script)",
           "GitHub, dukefromearth/dukefromearth.github.io",
           "https://github.com/dukefromearth/dukefromearth.github.io/blob/"
           "cfdd6915c74b092b5d630c3ba44e6c1a519803e4/scripts/reviews.js", "report",
           "The work-history data a public profile loads: pageItems with startedOn, endedOn, "
           "totalCharges, totalHours, hourlyRate, type, title, feedback score and clientId, "
           "and no payment dates.", "2020-08-14"),
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
