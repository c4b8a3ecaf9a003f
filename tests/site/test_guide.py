"""Checks over the built guide in site/: published anchors, internal links, includes, metadata."""

from __future__ import annotations

import html
import json
import os
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = Path(__file__).with_name("published_anchors.txt")
GUIDE_PAGES = ("index", "jss", "outcomes", "feedback", "disputes", "mediation", "arbitration",
               "history", "model", "sources",
               # g-new's pages
               "badges", "agencies", "account", "payments", "fees")
#: The anchors CONTRIBUTING.md promises to the model (its "Guide anchors" table).
MODEL_ANCHORS = (
    "feedback/#how-feedback-counts", "feedback/#private-feedback", "outcomes/#no-feedback",
    "outcomes/#no-earnings", "outcomes/#open-contracts", "outcomes/#idle-contracts",
    "outcomes/#long-term-contracts", "outcomes/#excluded-clients", "jss/#job-weights",
    "jss/#windows", "jss/#eligibility",
)


class _Page(HTMLParser):
    """The ids, links, scripts and meta tags of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.meta: dict[str, str] = {}
        self.scripts: list[str | None] = []
        self.copy_controls: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
            if "guide-copy" in a.get("class", "").split():
                self.copy_controls.append(a.get("data-guide-anchor", ""))
        if tag == "meta":
            key = a.get("name") or a.get("property")
            if key:
                self.meta[key] = a.get("content", "")
        if tag == "script":
            self.scripts.append(a.get("src"))


@cache
def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def _page_file(site: Path, page: str) -> Path:
    return site / "index.html" if page in ("", "index") else site / page / "index.html"


def _published() -> list[str]:
    lines = PUBLISHED.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_published_anchors_file_is_well_formed() -> None:
    entries = _published()
    assert entries, "published_anchors.txt is empty"
    assert len(entries) == len(set(entries)), "an anchor is listed twice"
    for entry in entries:
        assert re.fullmatch(r"[a-z0-9-]*/#[A-Za-z0-9_-]+", entry), f"bad line: {entry!r}"


def test_published_anchors_include_the_models_anchors() -> None:
    missing = set(MODEL_ANCHORS) - set(_published())
    assert not missing, f"CONTRIBUTING.md's anchors must be published: {sorted(missing)}"


def test_the_model_links_only_to_published_anchors() -> None:
    import calculator

    assert set(calculator.GUIDE.values()) <= set(_published())


@pytest.mark.parametrize("entry", _published())
def test_every_published_anchor_still_resolves(site_dir: Path, entry: str) -> None:
    page, anchor = entry.split("/#")
    path = _page_file(site_dir, page)
    assert path.is_file(), f"{entry}: page {path.relative_to(site_dir)} is gone"
    assert anchor in _parse(path).ids, (
        f"{entry}: no element with id {anchor!r}. A moved answer must keep its old anchor "
        "(leave an element with the old id) - forum posts link to it.")


def _internal_links(site: Path) -> list[tuple[Path, str]]:
    out = []
    for path in sorted(site.rglob("*.html")):
        if path.relative_to(site).parts[0] == "generated":
            continue  # include fragments: their links are relative to the page including them
        for href in _parse(path).links:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            out.append((path, href))
    return out


def _resolve(site: Path, source: Path, href: str) -> tuple[Path, str]:
    """The file a link opens (a folder means its index.html) and the fragment it targets."""
    parts = urlsplit(href)
    path = unquote(parts.path)
    if not path:
        target = source
    elif path.startswith("/"):  # root-relative, as on 404.html
        target = site / path.lstrip("/")
    else:
        target = source.parent / path
    target = Path(os.path.normpath(target))
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


def test_every_internal_link_and_anchor_resolves(site_dir: Path) -> None:
    links = _internal_links(site_dir)
    assert len(links) > 100, "the crawl found almost no links: is site/ complete?"
    broken = []
    for source, href in links:
        target, fragment = _resolve(site_dir, source, href)
        where = f"{source.relative_to(site_dir)}: {href[:120]}"
        if not target.is_file():
            broken.append(f"{where} -> missing {target}")
            continue
        if not fragment or target.suffix != ".html":
            continue
        if target.parent.name == "calculator" and "=" in fragment:
            continue  # a share link: the fragment is the calculator's state, not an element id
        if fragment not in _parse(target).ids:
            broken.append(f"{where} -> no id {fragment!r} in {target.relative_to(site_dir)}")
    assert not broken, "broken internal links:\n" + "\n".join(sorted(set(broken)))


@pytest.mark.parametrize("page", GUIDE_PAGES)
def test_no_include_directive_survives(site_dir: Path, page: str) -> None:
    html = _page_file(site_dir, page).read_text(encoding="utf-8")
    assert "{!" not in html and "!}" not in html


@pytest.mark.parametrize("page", GUIDE_PAGES)
def test_every_include_in_the_sources_names_an_existing_file(page: str) -> None:
    """markdown-include drops a missing file with only a printed warning: check them here."""
    text = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    for target in re.findall(r"\{!\s*(.+?)\s*!\}", text):
        assert (ROOT / "docs" / target).is_file(), f"{page}.md includes missing {target}"


@pytest.mark.parametrize("page", GUIDE_PAGES)
def test_pages_carry_their_own_description_and_open_graph_tags(site_dir: Path,
                                                              page: str) -> None:
    meta = _parse(_page_file(site_dir, page)).meta
    source = (ROOT / "docs" / f"{page}.md").read_text(encoding="utf-8")
    front = re.match(r"---\n(.*?)\n---\n", source, re.S)
    assert front, f"{page}.md has no front matter"
    described = re.search(r"^description: (.+)$", front.group(1), re.M)
    assert described, f"{page}.md has no description"
    assert meta.get("description") == described.group(1)
    assert meta.get("og:description") == described.group(1)
    assert meta.get("og:title", "").endswith("JSS Field Guide")


@pytest.mark.parametrize("page", [p for p in GUIDE_PAGES if p not in ("index", "model",
                                                                       "sources")])
def test_every_answer_has_a_copy_link_control_that_works_without_inline_script(
        site_dir: Path, page: str) -> None:
    parsed = _parse(_page_file(site_dir, page))
    answers = [c for c in parsed.copy_controls if c]
    assert answers, f"{page}: no copy-link controls"
    assert set(answers) <= parsed.ids
    src = [s for s in parsed.scripts if s and s.endswith("assets/guide/copy-link.js")]
    assert len(src) == 1, f"{page}: copy-link.js is not loaded exactly once"
    assert (site_dir / "assets" / "guide" / "copy-link.js").is_file()


def test_worked_examples_link_to_the_calculator_with_their_case(site_dir: Path) -> None:
    from calculator import web

    found = 0
    for page in GUIDE_PAGES:
        for href in _parse(_page_file(site_dir, page)).links:
            if "calculator/#" in href:
                fragment = href.split("#", 1)[1]
                opened = json.loads(web.open_fragment(html.unescape(fragment)))
                assert opened["ok"], f"{page}: the calculator cannot open {href[:80]}: {opened}"
                found += 1
    assert found >= 5


# --- g-fix: claims issue 17 found wrong stay out of the built pages -----------------------------
@pytest.mark.parametrize(("page", "gone", "present"), [
    ("mediation", "a 21 to 30 day range is reported", "at most 30 days"),
    ("jss", "a single week below 90% does not remove", "Two conditions, two clocks"),
    ("disputes", "It is not an input to the Job Success Score", "disputed contracts"),
    ("outcomes", "Its factors page adds that having no", "Upwork's pages disagree"),
    ("arbitration", "an independent third party on fixed-price", "Brief"),
    ("feedback", "Both count, and you only ever see half of it", "old form"),
    ("sources", "dated by the year it was read)", "Open-contract-adversely-affected-my-JSS"),
])
def test_corrected_claims_are_published(site_dir: Path, page: str, gone: str,
                                        present: str) -> None:
    text = html.unescape(_page_file(site_dir, page).read_text(encoding="utf-8"))
    assert gone not in text, (page, gone)
    assert present in text, (page, present)
