"""tools.guide.generate(): the files it writes, answers.json, each answer on its own page.

(A missing include is the MkDocs hook's to catch: tests/tools/test_includes.py.)"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import tools.guide as guide
from tools.guide.answers import ANSWERS

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A copy of the guide's Markdown, so generate() can check its includes in isolation."""
    copy = tmp_path / "docs"
    copy.mkdir()
    for page in DOCS.glob("*.md"):
        shutil.copy(page, copy / page.name)
    shutil.copytree(DOCS / "includes", copy / "includes")
    return copy


def test_generate_writes_every_fragment(tmp_path: Path, docs: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    guide.generate(out, docs_dir=docs)
    for answer in ANSWERS:
        header = (out / "answers" / f"{answer.id}.md").read_text(encoding="utf-8")
        assert header.startswith(f"### {answer.question} {{ #{answer.id} .guide-answer }}")
        assert answer.short_answer in header
        assert f"[Copy link](#{answer.id})" in header
    for name in ("rule-sets.md", "assumptions.md", "job-weights.md", "answer-links.md",
                 "popular.md", "answer-index.md", "sources-official.md", "sources-threads.md",
                 "sources-reports.md", "examples/dispute-offer.md"):
        assert (out / name).is_file(), name


def test_answers_json_is_written_twice_and_matches_the_data(tmp_path: Path, docs: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    guide.generate(out, docs_dir=docs)
    published = (docs / "answers.json").read_text(encoding="utf-8")
    assert published == (out / "answers.json").read_text(encoding="utf-8")
    entries = json.loads(published)["answers"]
    assert [e["url"] for e in entries] == [f"{a.page}/#{a.id}" for a in ANSWERS]


def test_an_answer_left_off_its_page_fails(tmp_path: Path, docs: Path) -> None:
    page = docs / "arbitration.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("{!generated/guide/answers/fee-worth-it.md!}", ""),
                    encoding="utf-8")
    with pytest.raises(ValueError, match="fee-worth-it"):
        guide.generate(tmp_path, docs_dir=docs)


def test_an_answer_included_twice_fails(tmp_path: Path, docs: Path) -> None:
    page = docs / "jss.md"
    page.write_text(page.read_text(encoding="utf-8")
                    + "\n{!generated/guide/answers/fee-worth-it.md!}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"fee-worth-it.*\['arbitration', 'jss'\]"):
        guide.generate(tmp_path, docs_dir=docs)
