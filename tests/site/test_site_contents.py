"""What site/ may hold: the pages, their assets, the runtime, answers.json, sitemap and search.

Anything else (a build-time fragment, a stray Markdown file, a config nothing reads) fails here,
so it is not published by accident.
"""

from __future__ import annotations

from pathlib import Path

from tools.prepare import prepare_runtime

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
#: Files MkDocs itself writes at the root.
FIXED = frozenset({"404.html", "answers.json", "coverage.json", "sitemap.xml", "sitemap.xml.gz",
                   "search/search_index.json",
                   # The service worker: at the root so its scope covers every page (offline).
                   "sw.js"})
#: The theme's own assets (Material's bundle, search worker, stylesheets and favicon).
THEME_FOLDERS = ("assets/javascripts/", "assets/stylesheets/", "assets/images/")
THEME_SUFFIXES = (".js", ".css", ".map", ".png", ".svg")


def _published(site_dir: Path) -> set[str]:
    return {p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*") if p.is_file()}


def _pages() -> set[str]:
    """Each docs/*.md page: index.md at the root, every other one as <name>/index.html."""
    return {"index.html" if p.stem == "index" else f"{p.stem}/index.html"
            for p in DOCS.glob("*.md")}


def _our_assets() -> set[str]:
    return {p.relative_to(DOCS).as_posix() for p in (DOCS / "assets").rglob("*") if p.is_file()}


def _runtime() -> set[str]:
    return {f"runtime/{rel}" for rel in prepare_runtime()}


def _allowed(path: str, exact: set[str]) -> bool:
    return path in exact or (path.startswith(THEME_FOLDERS) and path.endswith(THEME_SUFFIXES))


def test_site_holds_only_pages_assets_runtime_and_indexes(site_dir: Path) -> None:
    exact = _pages() | _our_assets() | _runtime() | FIXED
    extra = sorted(p for p in _published(site_dir) if not _allowed(p, exact))
    assert extra == [], f"published but not a page, asset or runtime file: {extra}"


def test_every_page_asset_and_runtime_file_is_published(site_dir: Path) -> None:
    missing = sorted((_pages() | _our_assets() | _runtime() | FIXED) - _published(site_dir))
    assert missing == []


def test_no_build_time_input_is_published(site_dir: Path) -> None:
    published = _published(site_dir)
    assert not [p for p in published if p.startswith(("generated/", "includes/", "overrides/"))]
    assert not [p for p in published if p.endswith(".md")]
