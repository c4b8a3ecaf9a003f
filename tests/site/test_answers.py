"""The published answers.json: complete, consistent with the pages, and every url resolves."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path
from typing import cast

import pytest

from tools.guide.answers import ANSWERS, ERAS, GRADES, Answer

FIELDS = {"id", "question", "short_answer", "url", "sources", "era", "grade"}


def _answers(site: Path) -> list[dict[str, object]]:
    path = site / "answers.json"
    assert path.is_file(), "answers.json is not published at the site root"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema"] == 1
    answers = doc["answers"]
    assert isinstance(answers, list)
    return answers


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_answers_json_lists_every_answer_with_every_field(site_dir: Path) -> None:
    answers = _answers(site_dir)
    assert [a["id"] for a in answers] == [a.id for a in ANSWERS]
    for entry in answers:
        assert set(entry) == FIELDS, entry["id"]
        assert entry["grade"] in GRADES
        assert entry["era"] in ERAS.values()
        assert entry["sources"], entry["id"]


def test_the_generated_copy_is_the_published_one(site_dir: Path) -> None:
    generated = Path(__file__).resolve().parents[2] / "docs" / "generated" / "guide"
    assert (site_dir / "answers.json").read_bytes() == (generated / "answers.json").read_bytes()
    assert not (site_dir / "generated").exists()  # build-time fragments are not published


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda a: a.id)
def test_every_answer_url_resolves_and_shows_its_short_answer(site_dir: Path,
                                                              answer: Answer) -> None:
    entry = next(e for e in _answers(site_dir) if e["id"] == answer.id)
    page, _, anchor = str(entry["url"]).partition("/#")
    assert anchor == answer.id
    html = (site_dir / page / "index.html").read_text(encoding="utf-8")
    assert anchor in _ids(html), f"{entry['url']} does not resolve"
    # The page shows the same short answer as answers.json (both come from answers.py).
    assert " ".join(str(entry["short_answer"]).split()) in _text(html)
    assert answer.question in _text(html)


def test_every_cited_source_has_an_anchor_on_the_sources_page(site_dir: Path) -> None:
    ids = _ids((site_dir / "sources" / "index.html").read_text(encoding="utf-8"))
    cited = {s for entry in _answers(site_dir) for s in cast("list[str]", entry["sources"])}
    assert cited <= ids, sorted(cited - ids)
