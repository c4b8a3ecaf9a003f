"""The public sources the model's rules and assumptions rest on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["SOURCES", "Source"]

_HELP = "https://support.upwork.com/hc/en-us/articles/"


@dataclass(frozen=True, slots=True)
class Source:
    """A citable source: Upwork's own page, a community post, or one of the seed threads."""

    id: str
    title: str
    where: str
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "title": self.title, "where": self.where, "url": self.url}


def _help(id_: str, article: str, title: str) -> Source:
    return Source(id_, title, f"Upwork Help Center, article {article}", _HELP + article)


SOURCES: Final[dict[str, Source]] = {
    s.id: s
    for s in (
        Source("blog-2015", "Your Job Success Score on Upwork",
               "Upwork Community blog, 2015 (td-p/736122)"),
        _help("help-why-changed", "115006097327", "Why did my Job Success Score change?"),
        Source("announce-2020-03", "Job size will now be factored into your JSS",
               "Upwork Community announcement, March 2020 (m-p/709311)"),
        Source("announce-2020-11", "No-feedback contracts no longer impact JSS",
               "Upwork Community announcement, November 2020 (m-p/824751)"),
        Source("release-trending", "How Job Success Score is Calculated",
               "Upwork Community product release notes, about 2021 (ba-p/904715)"),
        Source("bulletin-2023-12", "Job Success Score Update December 2023",
               "Upwork Community bulletin board, December 2023 (m-p/1491817)"),
        _help("help-feedback-removal", "219801228", "Feedback removal"),
        _help("help-jss", "34958134307475", "Job Success Score"),
        _help("help-factors", "38439816969875", "What factors affect my Job Success Score?"),
        _help("help-what-is-js", "211063558", "What is Job Success?"),
        _help("help-top-rated", "211068468", "Top Rated"),
        Source("moderator-2025-zero", "JSS drop (moderator's answer on $0 contracts)",
               "Upwork Community, Freelancers forum, 2025 (td-p/1650422)"),
        _help("help-arbitration", "14044146250259", "Arbitration"),
        _help("help-fixed-dispute", "211062068", "Fixed-price disputes"),
        _help("help-refund-request", "211062058", "Escrow refund requests"),
        _help("help-fixed-review", "211068208", "Fixed-price milestone review"),
        _help("help-hourly-dispute", "211068588", "Hourly disputes"),
        _help("help-hourly-protection", "211068288", "Hourly Protection"),
        Source("seed-000", "Dispute and jSS", "Upwork Community thread (source thread 000)"),
        Source("seed-001", "Open contract adversely affected my JSS!?",
               "Upwork Community thread (source thread 001)"),
        Source("seed-002", "Contract dispute", "Upwork Community thread (source thread 002)"),
        Source("seed-003", "JSS Score", "Upwork Community thread (source thread 003)"),
        Source("seed-004", "JSS dropped for eerie reason.",
               "Upwork Community thread (source thread 004)"),
        Source("reports", "Scores freelancers reported in public threads",
               "Upwork Community and other forums, 2015-2025: each case with its thread on "
               "About the model (calibration)"),
    )
}
