"""tools/guide/answers.py and sources.py: the answer data is well formed and fully cited."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from tools.guide import answers as data
from tools.guide.sources import all_sources

DOCS = Path(__file__).resolve().parents[2] / "docs"
PUBLISHED = Path(__file__).resolve().parents[1] / "site" / "published_anchors.txt"


def test_the_answer_data_validates() -> None:
    assert len(data.by_id()) == len(data.ANSWERS) >= 20


@pytest.mark.parametrize("answer", data.ANSWERS, ids=lambda a: a.id)
def test_each_answer_is_quotable_and_cited(answer: data.Answer) -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", answer.id) and len(answer.id) <= 32
    assert answer.question.endswith("?")
    sentences = re.split(r"(?<=[.!?])\s+", answer.short_answer)
    assert 1 <= len(sentences) <= 3, "a short answer is one or two sentences (three at most)"
    assert len(answer.short_answer) <= 400
    assert set(answer.sources) <= set(all_sources()), "cites a source missing from sources.md"
    assert (DOCS / f"{answer.page}.md").is_file()


@pytest.mark.parametrize("answer", data.ANSWERS, ids=lambda a: a.id)
def test_each_answer_anchor_is_published(answer: data.Answer) -> None:
    assert answer.url in PUBLISHED.read_text(encoding="utf-8").split()


@pytest.mark.parametrize(("change", "message"), [
    ({"id": "Not A Slug"}, "lowercase"),
    ({"page": "nowhere"}, "unknown page"),
    ({"grade": "a hunch"}, "grade"),
    ({"era": "someday"}, "unknown era"),
    ({"sources": ()}, "cites no source"),
])
def test_malformed_answers_are_refused(monkeypatch: pytest.MonkeyPatch,
                                       change: dict[str, object], message: str) -> None:
    bad = dataclasses.replace(data.ANSWERS[0], **change)  # type: ignore[arg-type]
    monkeypatch.setattr(data, "ANSWERS", (bad, *data.ANSWERS[1:]))
    with pytest.raises(ValueError, match=message):
        data.by_id()


def test_a_repeated_id_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(data, "ANSWERS", (*data.ANSWERS, data.ANSWERS[0]))
    with pytest.raises(ValueError, match="used twice"):
        data.by_id()


def test_the_questions_from_the_threads_are_answered() -> None:
    required = {
        "accept-lower-offer", "who-is-right", "open-contract-bad-outcome", "refund-remove-feedback",
        "small-history-swings", "earnings-no-feedback", "no-earnings-no-feedback",
        "cancel-to-avoid-feedback", "escrow-decision", "fee-worth-it", "other-party-not-paying",
        "future-milestones", "flagged-client-feedback", "close-unpaid-or-leave-open",
        "scope-change", "top-rated-removal-perk", "withdrawn-offer", "unusual-date-drop",
        "ending-many-contracts", "five-stars-lower-score", "free-work-profile",
    }
    assert required <= set(data.by_id())


def test_every_package_source_is_described_for_readers() -> None:
    from calculator.sources import SOURCES

    merged = all_sources()
    for sid in SOURCES:
        assert merged[sid].supports != "Cited by the model's rules and assumptions.", (
            f"add what {sid!r} supports to tools/guide/sources.py EXTRA")
