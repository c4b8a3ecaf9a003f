"""CONTRIBUTING.md matches the code: its API table is calculator.__all__, its paths exist."""

from __future__ import annotations

import re
from pathlib import Path

import calculator
from calculator import web

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    start = TEXT.index(f"## {title}")
    end = TEXT.find("\n## ", start + 1)
    return TEXT[start:] if end < 0 else TEXT[start:end]


def test_the_api_table_lists_exactly_the_exported_names() -> None:
    rows = re.findall(r"^\| `([A-Za-z_][A-Za-z0-9_]*)` \|", _section("The public API"), re.M)
    assert sorted(rows) == sorted(calculator.__all__)
    assert len(rows) == len(set(rows)), "a name is listed twice"


def test_every_page_protocol_function_is_documented() -> None:
    section = _section("The page protocol")
    documented = set(re.findall(r"^- `([a-z_]+)\(", section, re.M))
    documented |= set(re.findall(r"; `([a-z_]+)\(", section))
    assert documented == set(web.__all__)


def test_the_layout_names_only_files_and_folders_that_exist() -> None:
    block = _section("Layout and who calls whom").split("```")[1]
    folder = ""
    checked = 0
    for line in block.splitlines():
        token = line.split()[0] if line.strip() else ""
        if not token.endswith(("/", ".py")) or line.startswith(" " * 6):
            continue  # a description's continuation line
        if line.startswith("  "):
            path = ROOT / folder / token  # an entry inside the folder above it
        else:
            path = ROOT / token
            folder = token if token.endswith("/") else ""
        assert path.exists(), path.relative_to(ROOT)
        checked += 1
    assert checked >= 20
    assert "../" not in TEXT, "a pointer outside the repository"
