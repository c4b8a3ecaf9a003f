"""Markdown for the answers (headers, link lists, answers.json) and the sources page."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Final

from .answers import ANSWERS, ERAS, PAGE_TITLES, POPULAR, Answer
from .sources import KINDS, Source

__all__ = [
    "answer_header",
    "answer_index",
    "answer_links",
    "answers_json",
    "popular",
    "public_links",
    "source_links",
    "sources_section",
]

_KIND_ORDER: Final = tuple(KINDS)
#: How an answer labels a source that is not Upwork's own page.
_KIND_LABEL: Final = {"thread": "source thread", "expert": "community experts",
                      "report": "freelancers' report"}


def source_links(ids: Iterable[str], sources: Mapping[str, Source], page: str = "") -> str:
    """Links to sources on sources.md, from a page at the top of docs/ (or on sources.md)."""
    return ", ".join(f"[{_short_title(sources[i])}]({page}#{i})" for i in ids)


def public_links(ids: Iterable[str], sources: Mapping[str, Source], page: str = "") -> str:
    """Each source as a link to its public page with its date and kind, then a link to its entry
    on sources.md (a source thread with no public copy links only to its entry)."""
    out = []
    for sid in ids:
        src = sources[sid]
        label = _KIND_LABEL.get(src.kind)
        note = f"{label}, {src.date}" if label else src.date
        entry = f"{page}#{sid}"
        if src.url:
            out.append(f"[{_short_title(src)}]({src.url}) ({note}; [details]({entry}))")
        else:
            out.append(f"[{_short_title(src)}]({entry}) ({note}; no public copy found)")
    return "; ".join(out)


def _short_title(source: Source) -> str:
    if source.kind == "thread":
        return f"thread \u201c{source.title}\u201d"
    return source.title


def answer_header(answer: Answer, sources: Mapping[str, Source]) -> str:
    """The answer block's header: question (with its anchor), short answer, evidence, era,
    sources and the copy-link control. The explanation follows it on the page."""
    return (
        f"### {answer.question} {{ #{answer.id} .guide-answer }}\n"
        "\n"
        f"**Short answer:** {answer.short_answer}\n"
        "{ .guide-short }\n"
        "\n"
        f"**Evidence:** {answer.grade} \u00b7 **Era:** {ERAS[answer.era]} \u00b7 "
        f"**Checked:** {answer.updated}\n"
        "{ .guide-meta }\n"
        "\n"
        f"**Sources:** {public_links(answer.sources, sources, 'sources.md')}\n"
        "{ .guide-meta .guide-sources }\n"
        "\n"
        f'[Copy link](#{answer.id}){{ .guide-copy data-guide-anchor="{answer.id}" '
        'title="Copy a permanent link to this answer" }\n'
    )


def answer_links() -> str:
    """Reference-style link definitions, one per answer, for the shared includes file."""
    return "".join(f"[{a.id}]: {a.page}.md#{a.id}\n" for a in ANSWERS)


def popular() -> str:
    """The most-asked answers as a list for the home page."""
    by_id = {a.id: a for a in ANSWERS}
    return "".join(
        f"- [{by_id[i].question}]({by_id[i].page}.md#{i}): {by_id[i].short_answer}\n"
        for i in POPULAR
    )


def answer_index() -> str:
    """Every answer, grouped by page, as links (the home page's full list)."""
    out = []
    for page, title in PAGE_TITLES.items():
        answers = [a for a in ANSWERS if a.page == page]
        if not answers:
            continue
        out.append(f"**[{title}]({page}.md)**\n\n")
        out.extend(f"- [{a.question}]({page}.md#{a.id})\n" for a in answers)
        out.append("\n")
    return "".join(out)


def answers_json() -> str:
    """The published answers.json: every answer's id, question, short answer, address,
    sources, era and evidence grade, in page order."""
    doc = {
        "schema": 1,
        "about": ("Linkable answers of the JSS Field Guide; url is relative to the site root; "
                  "sources are ids on sources/ (each with its public address there); updated "
                  "is the date the answer was last checked against its sources."),
        "answers": [a.to_dict() for a in ANSWERS],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def sources_section(kind: str, sources: Mapping[str, Source],
                    cited_by: Mapping[str, list[str]]) -> str:
    """One group of sources.md: each source with its anchor, its full public address and date,
    what it supports, and the answers and rule sets that cite it."""
    if kind not in _KIND_ORDER:
        raise ValueError(f"unknown source kind {kind!r}")
    by_id = {a.id: a for a in ANSWERS}
    out = []
    for src in sources.values():
        if src.kind != kind:
            continue
        title = f"\u201c{src.title}\u201d" if not src.title.endswith("(topic)") else src.title
        out.append(f"### {title} {{ #{src.id} }}\n\n")
        address = f"<{src.url}>" if src.url else "no public copy found"
        out.append(f"{src.where}, {src.date}: {address}\n{{ .guide-meta .guide-address }}\n\n")
        out.append(f"{src.supports}\n\n")
        refs = cited_by.get(src.id, [])
        answers = [by_id[r] for r in refs if r in by_id]
        others = [r for r in refs if r not in by_id]
        if answers:
            links = ", ".join(f"[{a.question}]({a.page}.md#{a.id})" for a in answers)
            out.append(f"Cited by: {links}\n{{ .guide-meta }}\n\n")
        if others:
            out.append(f"Used by the model: {', '.join(others)}\n{{ .guide-meta }}\n\n")
    return "".join(out)
