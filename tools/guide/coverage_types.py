"""The coverage map's records: a public source, the questions it asks, where each is answered."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import Final

__all__ = [
    "DATED_BY",
    "KINDS",
    "POST_DATES",
    "TOPICS",
    "Q",
    "Source",
    "about_year",
    "post_number",
]

#: The topics the map is grouped by, in the order the coverage page shows them.
TOPICS: Final[dict[str, str]] = {
    "score": "The Job Success Score",
    "feedback": "Feedback",
    "badges": "Badges (Top Rated, Top Rated Plus, Rising Talent, Expert-Vetted)",
    "contracts": "Contracts and their outcomes",
    "payments": "Payments, milestones and Hourly Protection",
    "disputes": "Disputes and refunds",
    "mediation": "Mediation",
    "arbitration": "Arbitration",
    "account": "Account holds and account health",
    "agencies": "Agencies",
    "fees": "Fees",
}

#: Where a source was published.
KINDS: Final[dict[str, str]] = {
    "help": "Upwork Help Center",
    "staff": "Upwork support notes (staging help site)",
    "announcement": "Upwork Community announcement or release note",
    "community": "Upwork Community thread",
    "other": "Other public forum or page",
}

#: How a source's date was found. Only "page" and "announced" dates are the record's own words.
DATED_BY: Final[dict[str, str]] = {
    "page": "the date the page itself states",
    "post-number": "about: inferred from the thread's number between dated threads (POST_DATES)",
    "read": "a Help Center article carries no date: the year of the stored copy that was read",
    "reported": "about: the year of the dated events the page reports as news",
}

#: Upwork Community threads whose date the record states, by thread number (the number in
#: ``td-p/N`` or ``m-p/N``). The forum numbers its posts in order, so a thread between two of these
#: is dated "about" the year that falls between them (``about_year``).
POST_DATES: Final[tuple[tuple[int, str], ...]] = (
    (87248, "2015-06"),    # "Insight on how Job Success Score is calculated": 2015 (year only;
    #                        mid-year taken)
    (444990, "2018-01"),   # "Open contract adversely affected my JSS" (seed 001): January 2018
    (709311, "2020-03"),   # Announcement "Job size will now be factored into your JSS"
    (778142, "2020-07"),   # Release note "New talent badges are now available!" (July 2020)
    (824751, "2020-11"),   # Announcement "No-feedback contracts no longer impact JSS"
    (1353977, "2023-06"),  # Release note "Dispute process update" (14 June 2023)
    (1478163, "2023-12"),  # Release note "Streamlined dispute experience" (5 December 2023)
    (1491817, "2023-12"),  # Bulletin "Job Success Score Update | December 2023"
    (1650422, "2025-06"),  # "JSS drop" with a moderator's 2025 answer (year only; mid-year taken)
)

_POST: Final = re.compile(r"/(?:td-p|m-p|ba-p)/(\d+)")
_DATE: Final = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_ANCHOR: Final = re.compile(r"^[a-z0-9-]+/#[a-z0-9]+(?:-[a-z0-9]+)*$")


def post_number(url: str) -> int | None:
    """The thread number in an Upwork Community address, or None.

    >>> post_number("https://community.upwork.com/t5/Freelancers/JSS/td-p/432561")
    432561
    """
    match = _POST.search(url)
    return int(match[1]) if match else None


def _months(date: str) -> int:
    year, month = date.split("-")[:2]
    return int(year) * 12 + int(month) - 1


def about_year(number: int) -> int | None:
    """The year a Community thread was most likely started, from the dated threads around it.

    Linear between the two nearest dated threads; None outside the dated range (the record
    cannot date it), so early and late threads need a date of their own.

    >>> about_year(1109720)
    2022
    """
    for (low, low_date), (high, high_date) in itertools.pairwise(POST_DATES):
        if low <= number <= high:
            start, end = _months(low_date), _months(high_date)
            month = start + (end - start) * (number - low) / max(high - low, 1)
            return int(month // 12)
    return None


@dataclass(frozen=True, slots=True)
class Q:
    """One question a source asks, in our words, and where the guide answers it.

    Exactly one of: ``anchor``, the answer on this site (``page/#id``); ``out``, why the question
    is outside the guide's scope; ``gap``, an in-scope question the guide does not answer yet
    (and who is writing the answer, if anyone). ``pending`` names the branch writing an anchor
    that is not in this tree yet: until the anchor resolves, the question counts as not landed.
    """

    text: str
    topic: str
    anchor: str | None = None
    out: str | None = None
    gap: str | None = None
    pending: str | None = None

    def problems(self) -> list[str]:
        found = []
        if not self.text.strip() or not self.text.rstrip().endswith("?"):
            found.append("a question must be a sentence ending in '?'")
        if self.topic not in TOPICS:
            found.append(f"unknown topic {self.topic!r}")
        if sum(x is not None for x in (self.anchor, self.out, self.gap)) != 1:
            found.append("give exactly one of an answer anchor, an out-of-scope reason or a gap")
        if self.anchor is not None and not _ANCHOR.match(self.anchor):
            found.append(f"anchor {self.anchor!r} is not page/#id")
        if self.pending is not None and self.anchor is None:
            found.append("pending needs the anchor the other branch is writing")
        return found


@dataclass(frozen=True, slots=True)
class Source:
    """A public page (Help Center article, Community thread or announcement, forum post) and the
    questions it asks. ``date`` is YYYY, YYYY-MM or YYYY-MM-DD; ``dated_by`` says how it was
    found (a key of DATED_BY)."""

    url: str
    title: str
    kind: str
    date: str
    dated_by: str
    questions: tuple[Q, ...]

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def shown_date(self) -> str:
        """The date as the coverage page prints it ("about 2022" when inferred)."""
        if self.dated_by in ("post-number", "reported"):
            return f"about {self.date}"
        if self.dated_by == "read":
            return f"{self.date} (stored copy)"
        return self.date

    def problems(self) -> list[str]:
        found = []
        if not self.url.startswith(("https://", "http://")) or " " in self.url:
            found.append("url must be a full http(s):// address")
        if not self.title.strip():
            found.append("title is empty")
        if self.kind not in KINDS:
            found.append(f"unknown kind {self.kind!r}")
        if not _DATE.match(self.date):
            found.append(f"date {self.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if self.dated_by not in DATED_BY:
            found.append(f"unknown dated_by {self.dated_by!r}")
        if self.dated_by == "post-number":
            number = post_number(self.url)
            year = None if number is None else about_year(number)
            if year is None:
                found.append("dated by post number, but the address has none in the dated range")
            elif self.date != str(year):
                found.append(f"its thread number dates it about {year}, not {self.date}")
        if self.dated_by == "read" and self.kind not in ("help", "staff"):
            found.append("only a Help Center article is dated by the copy that was read")
        if not self.questions:
            found.append("a source with no question")
        for q in self.questions:
            found += [f"{q.text!r}: {p}" for p in q.problems()]
        return found
