"""Natural questions typed into the site's search land on their answer (issue 19, point 7).

Material's own search worker runs in Node (tests/site/search_rank.mjs) on the built index, so
this is the ranking a reader gets, without a browser.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tools.guide.answers import ANSWERS, by_id
from tools.guide.search import STOP_WORDS, augment_index, worker_shim

_RANK = Path(__file__).with_name("search_rank.mjs")
#: A reader sees about this many result groups (one per page) without scrolling.
TOP = 3

#: Questions written the way freelancers ask them, and the answers that answer each (any one in
#: the top 3 will do). These tuned TERMS_BOOST and the stop words; the coverage map's real
#: questions are the held-out check.
QUESTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("client gave 5 stars but my score dropped", ("five-stars-lower-score",)),
    ("will refunding the client remove the bad review", ("refund-remove-feedback",)),
    ("client won't approve my milestone", ("milestone-not-approved",)),
    ("how much does arbitration cost", ("fee-worth-it", "fee-above-escrow")),
    ("lost top rated badge when do I get it back", ("top-rated-recovery",)),
    ("new freelancer no job success score yet", ("when-first-score",)),
    ("client wants money back after payment was released", ("money-after-release",)),
    ("why did my jss go down with no new contracts", ("unusual-date-drop",)),
    ("does a dispute hurt my jss", ("dispute-affects-jss",)),
    ("client did not pay the arbitration fee", ("other-party-not-paying",)),
)


def rank(site: Path, queries: list[str]) -> dict[str, list[list[tuple[str, float]]]]:
    """Each query's result groups in Material's order: per page, (location, score) pairs."""
    done = subprocess.run(["node", str(_RANK), str(site)], input=json.dumps(queries),
                          capture_output=True, text=True, check=True, timeout=300)
    raw: dict[str, list[list[list[object]]]] = json.loads(done.stdout)
    return {q: [[(str(loc), float(str(score))) for loc, score in group] for group in groups]
            for q, groups in raw.items()}


def visible(groups: list[list[tuple[str, float]]], top: int = TOP) -> list[str]:
    """The sections a reader sees in the first ``top`` groups: Material shows each page with its
    best-scoring sections and folds the rest under "more on this page" (renderSearchResultItem).
    """
    out: list[str] = []
    for group in groups[:top]:
        sections = [(loc, score) for loc, score in group if "#" in loc]
        if sections:
            best = max(score for _, score in sections)
            out += [loc for loc, score in sections if score >= best]
    return out


#: How many of QUESTIONS must show their answer among the first groups. Material alone showed
#: 6 of the 10; with the terms, synonyms and the query shim 7 do (the guide's own wording wins
#: the rest: "mediation cost" over "arbitration fee", say). A change that loses one fails here.
MUST_LAND = 7


def test_natural_questions_land_on_their_answer(site_dir: Path) -> None:
    found = rank(site_dir, [q for q, _ in QUESTIONS])
    answers = by_id()
    missed = {q: visible(found[q]) for q, want in QUESTIONS
              if not {answers[w].url for w in want} & set(visible(found[q]))}
    assert len(QUESTIONS) - len(missed) >= MUST_LAND, f"not in the top {TOP} groups: {missed}"


def test_stop_words_alone_would_match_everything(site_dir: Path) -> None:
    # Why the shim exists: without it "how does a ..." matched every word starting with a.
    found = rank(site_dir, ["how does a"])
    assert found["how does a"], "a query of stop words only is sent as typed"
    assert {"how", "does", "a"} <= STOP_WORDS


def test_published_index_has_terms_and_the_worker_the_shim(site_dir: Path) -> None:
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    by_location = {d["location"]: d for d in index["docs"]}
    assert {"terms", "synonyms"} <= set(index["config"]["fields"])
    assert all("terms" in by_location[a.url] for a in ANSWERS)
    worker = next((site_dir / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    assert worker.read_text(encoding="utf-8").startswith(worker_shim())


def test_terms_bring_in_the_words_freelancers_use() -> None:
    index = {"config": {"fields": {"title": {"boost": 1000}}},
             "docs": [{"location": a.url, "title": a.question, "text": ""} for a in ANSWERS]
             + [{"location": "sources/#x", "title": "x", "text": ""}]}
    out = augment_index(index)
    terms = {d["location"]: f"{d.get('terms', '')} {d.get('synonyms', '')}" for d in out["docs"]}
    refund = terms[by_id()["refund-remove-feedback"].url].split()
    assert "review" in refund and "money" in refund  # "feedback" and "refund" brought them in
    assert not set(refund) & STOP_WORDS
    assert next(d for d in out["docs"] if d["location"] == "sources/#x")["boost"] < 1


def test_an_answer_missing_from_the_index_fails_the_build() -> None:
    with pytest.raises(KeyError, match=ANSWERS[0].id):
        augment_index({"config": {"fields": {}}, "docs": []})
