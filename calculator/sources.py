"""The public sources the model's rules and assumptions rest on, each with its address and date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["SOURCES", "Source"]

_HELP = "https://support.upwork.com/hc/en-us/articles/"
_COMMUNITY = "https://community.upwork.com/t5/"


@dataclass(frozen=True, slots=True)
class Source:
    """A citable source: Upwork's own page, a community post, or one of the seed threads.

    ``url`` is the full public address (``None`` only for a source thread with no public copy
    found); ``date`` is when the page was published or last read, as YYYY-MM-DD, YYYY-MM or YYYY
    when that is all that is known.
    """

    id: str
    title: str
    where: str
    url: str | None
    date: str

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "title": self.title, "where": self.where, "url": self.url,
                "date": self.date}


def _help(id_: str, article: str, title: str, date: str) -> Source:
    return Source(id_, title, "Upwork Help Center", _HELP + article, date)


def _community(id_: str, title: str, where: str, path: str, date: str) -> Source:
    return Source(id_, title, where, _COMMUNITY + path, date)


#: Help Center articles carry no publication date: their date is the year the text was read.
SOURCES: Final[dict[str, Source]] = {
    s.id: s
    for s in (
        _community("blog-2015", "Your Job Success Score on Upwork",
                   "Upwork Community, Freelancing Resources (Community Manager's post)",
                   "Freelancing-Resources/Your-Job-Success-Score-on-Upwork/td-p/736122", "2015"),
        Source("help-why-changed", "Why did my Job Success Score change?",
               "Upwork Help Center (the early-2020 version, before the November 2020 change)",
               _HELP + "115006097327-Why-Did-My-Job-Success-Score-Change-", "2020-02"),
        _community("announce-2020-03", "Job size will now be factored into your JSS",
                   "Upwork Community, Announcements (Product Release Notes)",
                   "Announcements/Job-size-will-now-be-factored-into-your-JSS/m-p/709311",
                   "2020-03-01"),
        _community("announce-2020-11", "No feedback contracts no longer impact Job Success Score "
                   "(JSS)", "Upwork Community, Announcements (Upwork staff; posted October 2020, "
                   "updated on the day of the change)",
                   "Announcements/No-feedback-contracts-no-longer-impact-Job-Success-Score-JSS/"
                   "m-p/824751", "2020-11-08"),
        _community("release-trending", "How Job Success Score is Calculated",
                   "Upwork Community, Product Release Notes",
                   "Product-Release-Notes/How-Job-Success-Score-is-Calculated/ba-p/904715",
                   "2021"),
        _community("bulletin-2023-12", "Job Success Score Update | December 2023",
                   "Upwork Community, Bulletin Board (Community Manager)",
                   "Bulletin-Board/Job-Success-Score-Update-December-2023/m-p/1491817",
                   "2023-12"),
        _help("help-feedback-removal", "219801228-Feedback-Removal", "Feedback removal", "2025"),
        _help("help-jss", "34958134307475", "Job Success Score", "2025"),
        _help("help-factors", "38439816969875", "What factors affect my Job Success Score?",
              "2025"),
        _help("help-what-is-js", "211063558-What-is-Job-Success-", "What is Job Success?",
              "2025"),
        _help("help-top-rated", "211068468", "Top Rated", "2025"),
        _community("moderator-2025-zero", "JSS drop (moderator's answer on $0 contracts)",
                   "Upwork Community, Freelancers forum", "Freelancers/JSS-drop/td-p/1650422",
                   "2025"),
        _help("help-arbitration", "14044146250259-Arbitration", "Arbitration", "2025"),
        _help("help-fixed-dispute", "211062068", "Fixed-price disputes", "2025"),
        _help("help-refund-request", "211062058", "Escrow refund requests", "2025"),
        _help("help-fixed-review", "211068208", "Fixed-price milestone review", "2025"),
        _help("help-hourly-dispute", "211068588-Client-disputed-my-hours",
              "Client disputed my hours", "2025"),
        _help("help-hourly-protection", "211068288-Hourly-Payment-Protection",
              "Hourly Payment Protection", "2025"),
        _community("seed-000", "Dispute and jSS",
                   "Upwork Community, Freelancers forum (source thread 000; date estimated from "
                   "the post number)", "Freelancers/Dispute-and-jSS/td-p/867884", "2021"),
        _community("seed-001", "Re: Open contract adversely affected my JSS!?",
                   "Upwork Community, Freelancers forum (source thread 001; first post January "
                   "2018, replies running past November 2020)",
                   "Freelancers/Open-contract-adversely-affected-my-JSS/m-p/444990", "2018-01"),
        _community("seed-002", "Contract dispute",
                   "Upwork Community, Freelancers forum (source thread 002; date estimated from "
                   "the post number)", "Freelancers/Contract-dispute/m-p/1005641", "2022"),
        Source("seed-003", "JSS Score",
               "Upwork Community, Freelancers forum (source thread 003; no public copy found by "
               "search; undated: it recommends the Top Rated feedback-removal perk, which ended "
               "in September 2024, so 2024 is the latest year it can be from)", None, "2024"),
        _community("seed-004", "JSS dropped for eerie reason.",
                   "Upwork Community, Freelancers forum (source thread 004; date estimated from "
                   "the post number)", "Freelancers/JSS-dropped-for-eerie-reason/td-p/1109720",
                   "2022"),
        _community("reports", "Reason for JSS decrease (and the other threads of reported scores)",
                   "Upwork Community, Freelancers forum: hundreds of freelancers' reports of "
                   "their scores; the cases the model is set and checked on are listed, each with "
                   "its own thread, on About the model",
                   "Freelancers/Reason-for-JSS-decrease/td-p/1002881", "2022"),
    )
}
