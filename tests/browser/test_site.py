"""Every page of the nav loads cleanly from the built site, and the self-hosted runtime works."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.browser.harness import PageLog

ROOT = Path(__file__).resolve().parents[2]
# Pages that may load the Python runtime as they open. Every other page must stay light: a reader
# who only reads pays nothing for Pyodide (about 13.7 MB). The arbitration page embeds a helper
# but starts Python only when the reader touches it, so it is not in this set.
RUNTIME_PAGES = {"calculator.md"}
RUNTIME_MARKERS = ("/runtime/pyodide/", "/runtime/pyscript/", "/assets/calculator/python-worker.py")
# The runtime's files, as tools/prepare.py writes them; the smoke test proves they are enough.
PYODIDE_FILES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "jss-pyodide.mjs",
                 "stdlib.zip", "app.zip")
# A guard against a hang, not a performance threshold: a cold Pyodide start takes about 2 s here.
READY_TIMEOUT_MS = 120_000


def _nav_pages() -> list[tuple[str, str]]:
    """(title, source file) for each nav entry of mkdocs.yml, in order."""
    config: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages: list[tuple[str, str]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, str):
                pages.append((item, item))
                continue
            for title, value in item.items():
                if isinstance(value, list):
                    walk(value)
                else:
                    pages.append((title, value))

    walk(config["nav"])
    return pages


def _url_path(source: str) -> str:
    """The URL path of a page under use_directory_urls: jss.md -> jss/, index.md -> ''."""
    stem = source.removesuffix(".md")
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


NAV = _nav_pages()


def test_nav_is_the_published_one() -> None:
    assert [source for _, source in NAV] == [
        "index.md",
        "calculator.md",
        "import.md",  # --- imp: issue 18's guide page, beside the calculator it feeds
        "jss.md",
        "badges.md",  # g-new's pages (issue 17), listed here when merging them into imp
        "agencies.md",
        "outcomes.md",
        "feedback.md",
        "disputes.md",
        "mediation.md",
        "arbitration.md",
        "payments.md",
        "fees.md",
        "account.md",
        "history.md",
        "model.md",
        "sources.md",
        "coverage.md",
    ]


@pytest.mark.parametrize(("title", "source"), NAV, ids=[source for _, source in NAV])
def test_page_loads_from_the_site_only(
    page: Page, page_log: PageLog, site_url: str, title: str, source: str
) -> None:
    response = page.goto(site_url + _url_path(source), wait_until="networkidle")
    assert response is not None and response.status == 200
    expect(page.locator("h1").first).to_be_visible()
    assert "JSS Field Guide" in page.title()
    # The theme toggle works offline: light and dark palettes are both there.
    assert page.locator("[data-md-color-scheme]").count() >= 1
    assert page.locator("form[data-md-component=palette] input").count() == 2
    if source not in RUNTIME_PAGES:
        loaded = [url for url in page_log.requests if any(m in url for m in RUNTIME_MARKERS)]
        assert loaded == [], f"a guide page loaded the Python runtime: {loaded}"
    # The page fixture then fails the test on any off-origin request or console error.


def test_search_works_offline(page: Page, site_url: str) -> None:
    page.goto(site_url, wait_until="networkidle")
    # The index is built in a web worker from search/search_index.json on the site. Typing before
    # Material has bound its input handler is lost ("Type to start searching"), so type again.
    query = page.locator("input[data-md-component=search-query]")
    results = page.locator(".md-search-result__item")
    for _ in range(20):
        query.click()
        query.fill("")
        query.press_sequentially("calculator")
        try:
            results.first.wait_for(timeout=1_000)
            break
        except PlaywrightTimeoutError:
            continue
    expect(results.first).to_be_visible()


def test_runtime_runs_the_package_under_pyodide(
    page: Page, page_log: PageLog, test_pages_url: str
) -> None:
    """The trimmed runtime from docs/runtime/ starts offline, in PyScript's worker, and runs the
    package."""
    page.goto(test_pages_url)
    smoke = page.locator("#smoke[data-state=ready]")
    smoke.wait_for(timeout=READY_TIMEOUT_MS)
    result = json.loads(smoke.text_content() or "")
    assert result["python"][:2] == [3, 14]
    assert result["platform"] == "emscripten"
    # The package as bytecode from app.zip, not sources.
    assert result["package"].endswith("app.zip/calculator/__init__.pyc")
    assert result["names"] > 0
    assert result["rule_sets"] > 0
    for name in PYODIDE_FILES:
        assert page_log.fetched("/runtime/pyodide/" + name), f"{name} was not fetched"
    # Started by the self-hosted PyScript (python.js), which runs python-worker.py.
    assert page_log.fetched("/runtime/pyscript/core.js")
    assert page_log.fetched("/assets/calculator/python-worker.py")
    # The stock stdlib and package lock are not needed (jss-pyodide.mjs passes both).
    assert not page_log.fetched("/runtime/pyodide/python_stdlib.zip")
    assert not page_log.fetched("/runtime/pyodide/pyodide-lock.json")


def test_calculator_page_becomes_ready(page: Page, site_url: str) -> None:
    """The real calculator page goes live with the runtime (CONTRIBUTING: #jss-calculator)."""
    page.goto(site_url + "calculator/")
    expect(page.locator("#jss-calculator")).to_have_count(1)
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
