"""The published coverage map: coverage.json at the site root, its page, and every answer link
resolving in the built site."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from tools.guide import coverage

ROOT = Path(__file__).resolve().parents[2]


def _doc(site: Path) -> dict[str, object]:
    path = site / "coverage.json"
    assert path.is_file(), "coverage.json is not published at the site root"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(doc, dict) and doc["schema"] == 1
    return doc


def _questions(site: Path) -> list[dict[str, object]]:
    questions = _doc(site)["questions"]
    assert isinstance(questions, list)
    return questions


def test_the_published_map_is_the_generated_one(site_dir: Path) -> None:
    generated = ROOT / "docs" / "generated" / "guide" / "coverage.json"
    assert (site_dir / "coverage.json").read_bytes() == generated.read_bytes()


def test_every_answered_question_links_to_an_anchor_of_the_built_site(site_dir: Path) -> None:
    ids: dict[str, set[str]] = {}
    landed = [q for q in _questions(site_dir) if q["status"] == coverage.LANDED]
    assert landed
    for entry in landed:
        page, _, anchor = str(entry["answer"]).partition("/#")
        if page not in ids:
            html = (site_dir / page / "index.html").read_text(encoding="utf-8")
            ids[page] = set(re.findall(r'\bid="([^"]+)"', html))
        assert anchor in ids[page], f"{entry['answer']} does not resolve ({entry['question']})"


def test_the_figures_agree_with_the_entries(site_dir: Path) -> None:
    doc = _doc(site_dir)
    figures = doc["figures"]
    assert isinstance(figures, dict)
    questions = _questions(site_dir)
    assert figures["questions"] == len(questions)
    assert figures["sources"] == len({q["source"]["url"] for q in questions})  # type: ignore[index]
    assert figures["in_scope"] == sum(q["status"] != coverage.OUT for q in questions)
    assert figures["landed"] == sum(q["status"] == coverage.LANDED for q in questions)


@pytest.mark.parametrize("field", ["Questions", "Distinct sources", "In scope and answered here"])
def test_the_page_shows_the_figures_and_links_each_source(site_dir: Path, field: str) -> None:
    html = (site_dir / "coverage" / "index.html").read_text(encoding="utf-8")
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())
    assert field in text
    hrefs = {unescape(h) for h in re.findall(r'<a [^>]*href="([^"]+)"', html)}
    for entry in _questions(site_dir):
        assert entry["source"]["url"] in hrefs  # type: ignore[index]
