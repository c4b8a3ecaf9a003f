"""The coverage map: check it against the pages, count it, and write coverage.json and its page."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from .answers import ANSWERS, PAGE_TITLES
from .coverage_data import MERGED, SEARCHED, SOURCES
from .coverage_types import DATED_BY, KINDS, TOPICS, Q, Source

__all__ = [
    "RECENT_MEASURE",
    "CoverageError",
    "Entry",
    "Figures",
    "check",
    "coverage_json",
    "coverage_markdown",
    "entries",
    "figures",
    "link_labels",
    "page_anchors",
]

#: The status of a question on the map, in the order the page lists them.
LANDED, AWAITING, GAP, OUT = "answered", "answer on its way", "not answered yet", "out of scope"
_ATTR_ID: Final = re.compile(r"\{[^}\n]*#([A-Za-z0-9_-]+)[^}\n]*\}")
_HEADING: Final = re.compile(r"^#+ (.+?) \{[^}\n]*#([A-Za-z0-9_-]+)[^}\n]*\}\s*$", re.M)


class CoverageError(ValueError):
    """The coverage data is malformed or names an anchor the pages do not have."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One question of the map with its source and where it stands."""

    question: Q
    source: Source
    status: str


#: What the share from 2023 or later is measured on (the issue's target of a third).
RECENT_MEASURE: Final = ("questions whose source has a date of its own (stated, or inferred from "
                         "a thread's number or the dated events it reports); Help Center "
                         "articles and support notes with no date are left out")


@dataclass(frozen=True, slots=True)
class Figures:
    """The map's headline numbers. Shares are of questions; ``landed_share`` is of the in-scope
    questions (not ``out``) whose anchor resolves.

    The share from 2023 or later is ``recent_dated_share``: only questions whose source has a
    date of its own count, because an undated Help Center article's year is only the year its
    copy was read. ``recent_share`` counts those articles as that year too; it is shown beside
    the measure, never as it.
    """

    questions: int
    sources: int
    recent: int  # questions whose source is dated 2023 or later, undated articles by year read
    recent_dated: int  # the same, leaving out Help Center articles dated by the copy read
    dated: int  # questions whose source has a date of its own (not "read")
    in_scope: int
    landed: int
    awaiting: int
    gaps: int

    @property
    def recent_share(self) -> float:
        return self.recent / self.questions if self.questions else 0.0

    @property
    def recent_dated_share(self) -> float:
        return self.recent_dated / self.dated if self.dated else 0.0

    @property
    def undated(self) -> int:
        """Questions from Help Center articles (and support notes) that carry no date."""
        return self.questions - self.dated

    @property
    def landed_share(self) -> float:
        return self.landed / self.in_scope if self.in_scope else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "questions": self.questions, "sources": self.sources,
            # The share from 2023 or later, measured on sources with a date of their own.
            "from_2023": self.recent_dated, "own_dates": self.dated,
            "share_from_2023": round(self.recent_dated_share, 3),
            "share_from_2023_measured_on": RECENT_MEASURE,
            # Not the measure: undated Help Center articles counted as the year they were read.
            "undated_help_articles": self.undated,
            "from_2023_counting_undated_as_year_read": self.recent,
            "share_from_2023_counting_undated_as_year_read": round(self.recent_share, 3),
            "in_scope": self.in_scope, "landed": self.landed,
            "share_landed": round(self.landed_share, 3),
            "awaiting": self.awaiting, "not_answered": self.gaps,
        }


def page_anchors(docs: Path) -> dict[str, set[str]]:
    """Each page's anchors: explicit ``{ #id }`` attributes in docs/<page>.md, and the answers
    whose header that page includes (tools.guide checks each is included on its own page)."""
    found: dict[str, set[str]] = {}
    for path in sorted(docs.glob("*.md")):
        found[path.stem] = set(_ATTR_ID.findall(path.read_text(encoding="utf-8")))
    for answer in ANSWERS:
        found.setdefault(answer.page, set()).add(answer.id)
    return found


def _resolves(anchor: str, anchors: Mapping[str, set[str]]) -> bool:
    page, _, ident = anchor.partition("/#")
    return ident in anchors.get(page, set())


def _status(q: Q, anchors: Mapping[str, set[str]], merged: frozenset[str]) -> str:
    if q.out is not None:
        return OUT
    if q.gap is not None or q.anchor is None:
        return GAP
    if q.pending is not None and q.pending not in merged and not _resolves(q.anchor, anchors):
        return AWAITING
    return LANDED


def check(docs: Path, sources: Iterable[Source] = SOURCES,
          merged: frozenset[str] = MERGED) -> list[Entry]:
    """Every entry with its status.

    Raises:
        CoverageError: an entry is malformed, a source is listed twice, or an anchor names a
            page or an id the pages do not have. A pending anchor (one another branch is
            writing) may be missing until that branch is in ``merged``: it then counts as not
            landed, and as landed once it resolves.
    """
    anchors = page_anchors(docs)
    problems: list[str] = []
    seen: set[str] = set()
    out: list[Entry] = []
    for src in sources:
        problems += [f"{src.url}: {p}" for p in src.problems()]
        if src.url in seen:
            problems.append(f"{src.url}: listed twice (give one source all its questions)")
        seen.add(src.url)
        for q in src.questions:
            status = _status(q, anchors, merged)
            if status == LANDED and q.anchor is not None:
                page, _, ident = q.anchor.partition("/#")
                if page not in anchors:
                    problems.append(f"{q.text!r}: page {page!r} does not exist (docs/{page}.md)")
                elif ident not in anchors[page]:
                    problems.append(f"{q.text!r}: anchor {q.anchor!r} is missing from "
                                    f"docs/{page}.md")
            out.append(Entry(q, src, status))
    if problems:
        raise CoverageError("coverage map: " + "; ".join(problems))
    return out


def entries(docs: Path) -> list[Entry]:
    """The checked entries of the repository's map."""
    return check(docs)


def figures(found: Iterable[Entry]) -> Figures:
    items = list(found)
    counts = Counter(e.status for e in items)
    dated = [e for e in items if e.source.dated_by != "read"]
    return Figures(
        questions=len(items),
        sources=len({e.source.url for e in items}),
        recent=sum(e.source.year >= 2023 for e in items),
        recent_dated=sum(e.source.year >= 2023 for e in dated),
        dated=len(dated),
        in_scope=len(items) - counts[OUT],
        landed=counts[LANDED],
        awaiting=counts[AWAITING],
        gaps=counts[GAP],
    )


def coverage_json(found: Iterable[Entry], updated: str) -> str:
    """coverage.json: the figures, then one record per question (site-relative answer URLs, as
    in answers.json)."""
    items = list(found)
    doc = {
        "schema": 1,
        "updated": updated,
        "figures": figures(items).to_dict(),
        "topics": dict(TOPICS),
        "questions": [
            {
                "question": e.question.text,
                "topic": e.question.topic,
                "source": {"url": e.source.url, "title": e.source.title,
                           "kind": KINDS[e.source.kind], "date": e.source.date,
                           "dated_by": e.source.dated_by},
                "status": e.status,
                "answer": e.question.anchor if e.status in (LANDED, AWAITING) else None,
                "reason": e.question.out or e.question.gap,
            }
            for e in items
        ],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "n/a"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def link_labels(docs: Path) -> dict[str, str]:
    """What each anchor is called: an answer by its question, a section by its heading."""
    labels: dict[str, str] = {}
    for path in sorted(docs.glob("*.md")):
        for heading, ident in _HEADING.findall(path.read_text(encoding="utf-8")):
            labels[f"{path.stem}/#{ident}"] = heading.strip()
    for answer in ANSWERS:
        labels[answer.url] = answer.question
    return labels


def _answer_link(q: Q, labels: Mapping[str, str]) -> str:
    assert q.anchor is not None
    page, _, ident = q.anchor.partition("/#")
    title = PAGE_TITLES.get(page, page.capitalize())
    return f"[{labels.get(q.anchor, ident)}]({page}.md#{ident}) ({title})"


def coverage_markdown(found: Iterable[Entry], labels: Mapping[str, str] | None = None) -> str:
    """The coverage page's generated part: the figures, then the questions by topic."""
    labels = labels or {}
    items = list(found)
    fig = figures(items)
    lines = [
        "| Figure | Value |",
        "| --- | --- |",
        f"| Questions | {fig.questions} |",
        f"| Distinct sources | {fig.sources} |",
        f"| From 2023 or later (the measure: sources with a date of their own) | "
        f"{fig.recent_dated} of {fig.dated} ({_pct(fig.recent_dated, fig.dated)}) |",
        f"| Questions from undated Help Center articles and support notes (left out of that "
        f"share) | "
        f"{fig.undated} |",
        f"| In scope | {fig.in_scope} |",
        f"| In scope and answered here | {fig.landed} ({_pct(fig.landed, fig.in_scope)}) |",
        f"| Answer being written on another branch | {fig.awaiting} |",
        f"| Not answered yet | {fig.gaps} |",
        "",
        f"The share from 2023 or later is measured on {RECENT_MEASURE}. Counting those "
        f"articles as the year their copy was read would give {fig.recent} of {fig.questions} "
        f"({_pct(fig.recent, fig.questions)}), a figure that says when we read them, not when "
        "anyone asked.",
        "",
        "How each date was found: "
        + "; ".join(f"**{k}**, {v}" for k, v in DATED_BY.items()) + ".",
        "",
    ]
    for topic, title in TOPICS.items():
        rows = [e for e in items if e.question.topic == topic]
        if not rows:
            continue
        landed = sum(e.status == LANDED for e in rows)
        scope = sum(e.status != OUT for e in rows)
        lines += [f"## {title} {{ #{topic} }}", "",
                  f"{len(rows)} questions; {landed} of the {scope} in scope answered here.", "",
                  "| Question | Asked in | Answer |", "| --- | --- | --- |"]
        for e in rows:
            src = e.source
            where = f"[{_cell(src.title)}]({src.url}) ({KINDS[src.kind]}, {src.shown_date})"
            if e.status == LANDED:
                answer = _answer_link(e.question, labels)
            elif e.status == AWAITING:
                answer = f"on its way: `{e.question.anchor}` ({e.question.pending})"
            elif e.status == GAP:
                answer = f"not answered yet: {e.question.gap}"
            else:
                answer = f"out of scope: {e.question.out}"
            lines.append(f"| {_cell(e.question.text)} | {where} | {_cell(answer)} |")
        lines.append("")
    lines += ["## How the questions were found { #method }", "",
              "Searches of the stored copies of public pages (Upwork Help Center, Upwork "
              "Community, Reddit and other public pages); every result page was read for all "
              "the questions it asks:", ""]
    lines += [f"- {_cell(s)}" for s in SEARCHED]
    return "\n".join(lines) + "\n"
