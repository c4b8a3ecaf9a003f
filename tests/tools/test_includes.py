"""tools/mkdocs_hooks.py's include check: the one place a missing markdown-include file fails."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

from tools import mkdocs_hooks as hooks

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _page(name: str) -> SimpleNamespace:
    return SimpleNamespace(file=SimpleNamespace(src_uri=name))


def _check(markdown: str, name: str = "jss.md") -> str:
    return hooks.on_page_markdown(markdown, _page(name), None, None)


def test_a_page_with_existing_includes_passes_unchanged() -> None:
    text = "Intro\n\n{!includes/links.md!}\n"
    assert _check(text) == text


@pytest.mark.parametrize("directive", [
    "{!generated/guide/typo.md!}",
    "{! generated/guide/typo.md !}",
    "{!generated/guide/typo.md!lines=1-3}",
])
def test_a_missing_include_fails_the_build_naming_page_and_file(directive: str) -> None:
    with pytest.raises(PluginError, match=r"docs/jss\.md: included file docs/generated/guide/"
                                          r"typo\.md does not exist"):
        _check(f"Text\n\n{directive}\n")


def test_a_missing_include_inside_an_included_file_fails(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "outer.md").write_text("{!inner.md!}\n", encoding="utf-8")
    monkeypatch.setattr(hooks, "_DOCS", tmp_path)
    with pytest.raises(PluginError, match=r"docs/outer\.md: included file docs/inner\.md"):
        _check("{!outer.md!}\n")


def test_every_real_page_passes() -> None:
    if not (DOCS / "generated").is_dir():
        pytest.skip("docs/generated/ is not prepared (run tools/prepare.py)")
    for page in sorted(DOCS.glob("*.md")):
        _check(page.read_text(encoding="utf-8"), page.name)
