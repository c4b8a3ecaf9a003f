"""tools/guide/coverage*.py: the coverage map's data, its figures, and the build check."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import tools.guide as guide
from tools.guide import coverage
from tools.guide.coverage_data import MERGED, SOURCES
from tools.guide.coverage_types import POST_DATES, TOPICS, Q, Source, about_year, post_number

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A copy of the guide's Markdown, so generate() can run on it in isolation."""
    copy = tmp_path / "docs"
    copy.mkdir()
    for page in DOCS.glob("*.md"):
        shutil.copy(page, copy / page.name)
    shutil.copytree(DOCS / "includes", copy / "includes")
    return copy


def _source(*questions: Q, url: str = "https://example.org/a", date: str = "2024",
            dated_by: str = "page") -> Source:
    return Source(url, "A page", "other", date, dated_by, questions)


# --- The data --------------------------------------------------------------------------------


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.url.rsplit("/", 2)[-2][:40])
def test_every_source_has_an_address_a_date_and_questions(source: Source) -> None:
    assert source.problems() == []
    for q in source.questions:
        assert q.text.endswith("?") and q.topic in TOPICS
        assert (q.anchor, q.out, q.gap).count(None) == 2, q.text


def test_every_source_is_listed_once() -> None:
    urls = [s.url for s in SOURCES]
    assert len(urls) == len(set(urls))


def test_the_map_meets_its_size_targets() -> None:
    fig = coverage.figures(coverage.entries(DOCS))
    assert fig.questions >= 150
    assert fig.sources >= 80
    # A third from 2023 or later, measured honestly: on the questions whose source has a date
    # of its own (an undated Help Center article's year is only when its copy was read).
    assert fig.recent_dated_share >= 1 / 3
    assert fig.questions == sum(len(s.questions) for s in SOURCES)
    assert fig.in_scope == fig.landed + fig.awaiting + fig.gaps


def test_dates_from_thread_numbers_follow_the_dated_threads() -> None:
    # The dated threads are in order, and the inferred year never runs backwards.
    numbers = [n for n, _ in POST_DATES]
    assert numbers == sorted(numbers)
    found = [about_year(n) for n in range(numbers[0], numbers[-1], 5000)]
    years = [y for y in found if y is not None]
    assert len(years) == len(found)
    assert years == sorted(years)
    for number, date in POST_DATES:
        assert about_year(number) == int(date[:4])
    assert about_year(numbers[0] - 1) is None and about_year(numbers[-1] + 1) is None
    assert post_number("https://community.upwork.com/t5/F/x/m-p/123/highlight/true") == 123


def test_a_post_number_date_that_disagrees_is_refused() -> None:
    src = Source("https://community.upwork.com/t5/Freelancers/x/td-p/1109720", "x", "community",
                 "2019", "post-number", (Q("Why?", "score", gap="none"),))
    assert any("dates it about 2022" in p for p in src.problems())


@pytest.mark.parametrize(("q", "message"), [
    (Q("No question mark", "score", "jss/#windows"), "ending in '?'"),
    (Q("Why?", "nowhere", "jss/#windows"), "unknown topic"),
    (Q("Why?", "score"), "exactly one"),
    (Q("Why?", "score", "jss/#windows", out="also out"), "exactly one"),
    (Q("Why?", "score", "jss#windows"), "not page/#id"),
    (Q("Why?", "score", gap="later", pending="g-new"), "pending needs"),
])
def test_malformed_questions_are_refused(q: Q, message: str) -> None:
    assert any(message in p for p in q.problems())


@pytest.mark.parametrize(("change", "message"), [
    ({"url": "community.upwork.com/t5/x"}, "full http(s)"),
    ({"date": "May 2024"}, "is not YYYY"),
    ({"dated_by": "guess"}, "unknown dated_by"),
    ({"dated_by": "read"}, "only a Help Center article"),
    ({"kind": "blog"}, "unknown kind"),
    ({"questions": ()}, "no question"),
])
def test_malformed_sources_are_refused(change: dict[str, Any], message: str) -> None:
    src = dataclasses.replace(_source(Q("Why?", "score", "jss/#windows")), **change)
    assert any(message in p for p in src.problems())


# --- The build check -------------------------------------------------------------------------


def test_a_missing_anchor_fails_the_check() -> None:
    bad = _source(Q("Why?", "score", "jss/#no-such-anchor"))
    with pytest.raises(coverage.CoverageError, match=r"'jss/#no-such-anchor' is missing"):
        coverage.check(DOCS, (*SOURCES, bad))


def test_a_missing_page_fails_the_check_unless_it_is_pending() -> None:
    bad = _source(Q("Why?", "badges", "nosuchpage/#x"))
    with pytest.raises(coverage.CoverageError, match="page 'nosuchpage' does not exist"):
        coverage.check(DOCS, (bad,))
    # An anchor another branch is writing: not landed until it resolves, then landed.
    waiting = _source(Q("Why?", "badges", "nosuchpage/#x", pending="g-later"),
                      Q("When?", "score", "jss/#nothing-here-yet", pending="g-elsewhere"),
                      Q("How?", "score", "jss/#windows", pending="g-elsewhere"))
    assert [e.status for e in coverage.check(DOCS, (waiting,))] == [
        coverage.AWAITING, coverage.AWAITING, coverage.LANDED]
    # Once the branch is merged, its anchors are checked like any other.
    with pytest.raises(coverage.CoverageError, match="jss/#nothing-here-yet"):
        coverage.check(DOCS, (waiting,), merged=frozenset({"g-elsewhere"}))


def test_anchors_of_merged_branches_are_all_in_this_tree() -> None:
    # g-new is merged: its anchors are checked strictly and every one of them resolves.
    assert "g-new" in MERGED
    merged = [e for e in coverage.entries(DOCS) if e.question.pending in MERGED]
    assert merged
    assert {e.status for e in merged} == {coverage.LANDED}


def test_a_source_listed_twice_fails_the_check() -> None:
    one = _source(Q("Why?", "score", "jss/#windows"))
    with pytest.raises(coverage.CoverageError, match="listed twice"):
        coverage.check(DOCS, (one, one))


def test_a_missing_anchor_stops_the_build(tmp_path: Path, docs: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # The build check in practice: the anchor's section is renamed on the page.
    page = docs / "jss.md"
    page.write_text(page.read_text(encoding="utf-8").replace("{ #score-bands }", "{ #bands }"),
                    encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(coverage.CoverageError, match="jss/#score-bands"):
        guide.generate(out, docs_dir=docs)


# --- Figures and outputs -----------------------------------------------------------------------


def test_figures_count_each_status() -> None:
    found = coverage.check(DOCS, (
        _source(Q("A?", "score", "jss/#windows"), Q("B?", "score", out="elsewhere"),
                url="https://example.org/1", date="2022"),
        _source(Q("C?", "fees", gap="nobody yet"),
                Q("D?", "badges", "nosuchpage/#d", pending="g-later"),
                url="https://example.org/2", date="2023-05"),
        Source("https://support.upwork.com/hc/en-us/articles/1", "Help", "help", "2026", "read",
               (Q("E?", "score", "jss/#when-score-updates"),)),
    ))
    fig = coverage.figures(found)
    assert (fig.questions, fig.sources, fig.in_scope) == (5, 3, 4)
    assert (fig.landed, fig.awaiting, fig.gaps) == (2, 1, 1)
    assert (fig.recent, fig.dated, fig.recent_dated) == (3, 4, 2)
    assert fig.landed_share == 0.5
    assert fig.recent_share == 0.6
    assert fig.recent_dated_share == 0.5 and fig.undated == 1


def test_the_published_share_from_2023_leaves_undated_articles_out() -> None:
    # One dated question of 2024, one of 2019, and an undated Help Center article read in 2026:
    # the published share is 1 of 2, not 2 of 3.
    found = coverage.check(DOCS, (
        _source(Q("A?", "score", "jss/#windows"), url="https://example.org/1", date="2024"),
        _source(Q("B?", "score", "jss/#windows"), url="https://example.org/2", date="2019"),
        Source("https://support.upwork.com/hc/en-us/articles/1", "Help", "help", "2026", "read",
               (Q("C?", "score", "jss/#when-score-updates"),)),
    ))
    figures = coverage.figures(found).to_dict()
    assert (figures["from_2023"], figures["own_dates"], figures["share_from_2023"]) == (1, 2, 0.5)
    assert figures["share_from_2023_measured_on"] == coverage.RECENT_MEASURE
    assert figures["share_from_2023_counting_undated_as_year_read"] == 0.667
    page = coverage.coverage_markdown(found)
    assert "| From 2023 or later (the measure: sources with a date of their own) | 1 of 2 (50%) |" \
        in page
    assert "would give 2 of 3 (67%)" in page


def test_generate_writes_coverage_json_twice(tmp_path: Path, docs: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    guide.generate(out, docs_dir=docs)
    published = (docs / "coverage.json").read_text(encoding="utf-8")
    assert published == (out / "coverage.json").read_text(encoding="utf-8")
    doc = json.loads(published)
    assert doc["schema"] == 1
    questions = doc["questions"]
    assert len(questions) == sum(len(s.questions) for s in SOURCES)
    for entry in questions:
        assert entry["question"] and entry["source"]["url"].startswith(("https://", "http://"))
        assert entry["source"]["date"][:4].isdigit()
        assert (entry["answer"] is None) != (entry["reason"] is None), entry["question"]
    figures = doc["figures"]
    assert figures["questions"] == len(questions)
    assert figures["landed"] == sum(e["status"] == coverage.LANDED for e in questions)
    page = (out / "coverage.md").read_text(encoding="utf-8")
    assert f"| Questions | {len(questions)} |" in page
    for topic in TOPICS:
        assert f"{{ #{topic} }}" in page
