"""Search that finds answers: the words freelancers use, added to the site's search index."""

# Material's search (lunr) ranks a section by the query's words in its title and text. Two
# things kept natural questions from landing on their answer (issue 19, point 7):
# - Material adds a wildcard to every query word, and lunr skips its stop-word filter for
#   wildcard terms, so "a", "does" and "how" matched every word starting with them and long
#   pages outranked the answer. The worker shim below drops such words from the query before
#   Material's worker reads it (the query box keeps what the reader typed).
# - Readers say "bad review", "dropped", "money back"; the answers say "poor feedback",
#   "lower", "refund". Each answer's index entry gets a `terms` field: its question, its short
#   answer's words, and the other words of every synonym group those words belong to.
# The rest of the ranking is Material's own; nothing here changes what a page shows.

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any, Final

from .answers import ANSWERS, Answer

__all__ = ["DEMOTED_BOOST", "STOP_WORDS", "SYNONYMS", "SYNONYMS_BOOST", "TERMS_BOOST",
           "answer_terms", "augment_index", "worker_shim"]

#: Words a question carries that say nothing about its subject. Dropped from queries only; the
#: index never had them (lunr's English stop-word filter runs when the index is built).
_STOP_TEXT: Final = """
a about after again all am an and any are as at be been before being but by can could did do
does doing ever for from get got had has have having how i if in into is it its just me much
my myself no not now of on or our out should so some still than that the their them then
there these they this those to too up us very was we were what when where which while who
whom why will with would yet you your yours i'm i've it's don't doesn't didn't won't can't
isn't wasn't
"""
STOP_WORDS: Final = frozenset(_STOP_TEXT.split())

#: Groups of words that mean the same thing to a freelancer asking about the score. A word in
#: an answer's question or short answer brings in the rest of its group.
SYNONYMS: Final[tuple[frozenset[str], ...]] = tuple(frozenset(g.split()) for g in (
    "review reviews feedback rating ratings rated stars star",
    "bad poor negative low lower worse unhappy",
    "good positive great excellent happy",
    "drop dropped drops fell fall falls falling decrease decreased down lower lowered went",
    "jss score success percentage percent",
    "count counts counted matter matters affect affects impact hurt hurts harm weigh",
    "long stay stays window windows months ages expire expires forever",
    "refund refunds refunded money back chargeback repay",
    "dispute disputes disputed disagreement conflict",
    "client clients buyer employer customer",
    "close closed closing end ended ending cancel cancelled canceled finish finished",
    "contract contracts job jobs project projects gig",
    "pay paid payment payments release released escrow milestone milestones",
    "fee fees cost costs price commission charge",
    "arbitration arbitrator brief aaa",
    "mediation mediator specialist",
    "badge badges top rated plus expert vetted rising talent",
    "private hidden secret confidential",
    "new first beginner start started",
    "hourly hours tracker diary timesheet",
    "fixed fixed-price",
    "suspended suspension hold held restricted paused pause blocked ban banned",
    "open active idle inactive",
    "remove removed delete deleted hide hidden",
))

#: The weights of an answer's own words (`terms`) and of the words its synonym groups add
#: (`synonyms`), beside Material's title (1000) and text (1). Chosen on the ten questions in
#: tests/site/test_search.py and every other question of the coverage map (93), measured by
#: whether the answer is among what a reader sees of the first three result groups: terms 100,
#: 300 or 1000 with synonyms 0 to 100 found 32-44 of the 93; 300 and 30 found 36 and kept the
#: title ahead. On the other 92 coverage questions, kept apart: Material alone 35, these 45
#: (1000 would have found 41).
TERMS_BOOST: Final = 300.0
SYNONYMS_BOOST: Final = 30.0
#: Sections that list every answer or source by title are found by name, not by a question:
#: they rank below the answers themselves (lunr's per-document boost, which Material passes on).
DEMOTED_BOOST: Final = 0.1
_DEMOTED_PAGES: Final = ("sources/",)
_DEMOTED_SECTIONS: Final = ("#most-asked", "#all-answers")

_WORD = re.compile(r"[a-z0-9][a-z0-9'-]*")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def answer_terms(answer: Answer, extra: Iterable[str] = ()) -> str:
    """The words an answer is found by: its question, its short answer's words, the synonyms
    of both, and any ``extra`` phrasings (real questions mapped to it).

    >>> from tools.guide.answers import by_id
    >>> terms = answer_terms(by_id()["refund-remove-feedback"]).split()
    >>> {"refund", "money", "review", "stars"} <= set(terms)
    True
    """
    own, added = _terms(answer, extra)
    return f"{own} {added}".strip()


def _terms(answer: Answer, extra: Iterable[str] = ()) -> tuple[str, str]:
    """An answer's own words (question, short answer, extra phrasings) and, apart, the words
    its synonym groups add: a reader's word found among the answer's own counts for more."""
    own = [w for w in _words(" ".join((answer.question, answer.short_answer, *extra)))
           if w not in STOP_WORDS]
    found = set(own)
    added = sorted({w for group in SYNONYMS if group & found for w in group} - found)
    return " ".join(dict.fromkeys(own)), " ".join(added)


def augment_index(index: Mapping[str, Any], answers: Iterable[Answer] = ANSWERS,
                  extra: Mapping[str, Iterable[str]] | None = None) -> dict[str, Any]:
    """Material's search index with a ``terms`` field on every answer's section, and the lists
    of every answer or source ranked below the answers.

    ``extra`` maps an answer's url (``page/#id``) to more phrasings of its question.
    Raises ``KeyError`` naming an answer whose section is not in the index (a renamed anchor
    would otherwise drop out of search silently).
    """
    out = dict(index)
    config = dict(out["config"])
    config["fields"] = {**config["fields"], "terms": {"boost": TERMS_BOOST},
                        "synonyms": {"boost": SYNONYMS_BOOST}}
    out["config"] = config
    by_location = {doc["location"]: i for i, doc in enumerate(out["docs"])}
    docs = [{**doc, "boost": DEMOTED_BOOST}
            if doc["location"].startswith(_DEMOTED_PAGES) or doc["location"] in _DEMOTED_SECTIONS
            else doc for doc in out["docs"]]
    for answer in answers:
        if answer.url not in by_location:
            raise KeyError(f"answer {answer.id}: no search entry at {answer.url}")
        i = by_location[answer.url]
        own, added = _terms(answer, (extra or {}).get(answer.url, ()))
        docs[i] = {**docs[i], "terms": own, "synonyms": added}
    out["docs"] = docs
    return out


def worker_shim() -> str:
    """JavaScript put before Material's search worker: queries lose their stop words.

    Material posts ``{type: 2, data: query}`` to its worker (SearchMessageType.QUERY). The shim
    listens first, and for such a message stops it and sends the same message on with the stop
    words left out, unless that would leave nothing.
    """
    words = json.dumps(sorted(STOP_WORDS))
    return (
        "/* JSS Field Guide: queries without stop words (tools/guide/search.py). */\n"
        "(() => {\n"
        f"  const stop = new Set({words});\n"
        "  const QUERY = 2;\n"
        "  addEventListener(\"message\", (ev) => {\n"
        "    const m = ev.data;\n"
        "    if (!m || m.type !== QUERY || typeof m.data !== \"string\" || m.jssKept) return;\n"
        "    const kept = m.data.split(/\\s+/).filter((w) => w && !stop.has(w.toLowerCase()"
        ".replace(/[^a-z0-9'-]/g, \"\")));\n"
        "    ev.stopImmediatePropagation();\n"
        "    const data = kept.length ? kept.join(\" \") : m.data;\n"
        "    const next = { ...m, data, jssKept: true };\n"
        "    dispatchEvent(new MessageEvent(\"message\", { data: next }));\n"
        "  });\n"
        "})();\n"
    )
