"""Links that last: every link the calculator draws lands on a section of the guide; a wrong
address gets a page that leads to every answer."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Page

import calculator
from calculator import web
from tests.browser.test_site import READY_TIMEOUT_MS


def _ids(html_file: Path) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html_file.read_text(encoding="utf-8")))


def _target(site_dir: Path, site_url: str, href: str) -> tuple[Path, str]:
    assert href.startswith(site_url), f"{href} leaves the site"
    parts = urlsplit(href[len(site_url):])
    path = site_dir / unquote(parts.path)
    return (path / "index.html" if path.is_dir() else path), unquote(parts.fragment)


@pytest.mark.parametrize("preset", [p.id for p in calculator.PRESETS])
def test_every_link_in_a_result_resolves(page: Page, site_url: str, site_dir: Path,
                                         preset: str) -> None:
    case = calculator.preset(preset)
    page.goto(site_url + "calculator/#" + web.fragment(case.history_a(), case.history_b()))
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
    page.locator("#jss-score").wait_for()
    hrefs = page.locator("#jss-result a[href]").evaluate_all("links => links.map(a => a.href)")
    assert hrefs
    for href in sorted(set(hrefs)):
        file, anchor = _target(site_dir, site_url, href)
        assert file.is_file(), f"{href}: no page {file}"
        assert not anchor or anchor in _ids(file), f"{href}: no section #{anchor} on that page"


def test_the_404_page_leads_to_every_answer(site_dir: Path) -> None:
    page = site_dir / "404.html"
    html = page.read_text(encoding="utf-8")
    assert "Page not found" in html
    home_ids = _ids(site_dir / "index.html")
    anchors = re.findall(r'href="[^"#]*#([^"]+)"', html)
    assert {"all-answers", "most-asked"} <= set(anchors)
    for anchor in ("all-answers", "most-asked"):
        assert anchor in home_ids
