"""On a first visit the calculator page prefetches the Python runtime's large files from its head,
and each is downloaded once: the worker's own request joins the prefetch in the browser's HTTP
cache. Once Python has started, later visits do not prefetch (Chromium would lose its compiled
code for the wasm).

docs/overrides/pyscript.html says why (the phone profile of make bench). A prefetch that the
worker could not use would double the page's largest download, so the server counts the requests.
The site is served as GitHub Pages serves it (`Cache-Control: max-age=600`, gzip), in a context
without Playwright's request routing, which would turn the HTTP cache off. Off-origin requests
are checked from the request log instead of being aborted.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import SITE_PREFIX, GitHubPagesHandler, serve_site
from tests.browser.harness import is_same_origin, origin_of

READY_TIMEOUT_MS = 120_000  # a hang guard, not a performance threshold
PREFETCHED = ("pyodide.asm.wasm", "stdlib.zip", "app.zip", "pyodide.asm.mjs")
RUNTIME = SITE_PREFIX + "runtime/pyodide/"


class _CountingHandler(GitHubPagesHandler):
    """The site as GitHub Pages serves it (cache header, gzip), counting every GET by path."""

    counts: ClassVar[Counter[str]] = Counter()
    lock: ClassVar[threading.Lock] = threading.Lock()

    def do_GET(self) -> None:
        with self.lock:
            self.counts[urlsplit(self.path).path] += 1
        super().do_GET()


@pytest.fixture
def counted_site(site_dir: Path) -> Iterator[tuple[str, Counter[str]]]:
    _CountingHandler.counts = Counter()
    with serve_site(site_dir, _CountingHandler) as url:
        yield url, _CountingHandler.counts


PREFETCH_LINKS = "links => links.map((l) => new URL(l.href).pathname)"


def test_the_runtime_is_prefetched_on_a_first_visit_and_downloaded_once(
    browser: Browser, counted_site: tuple[str, Counter[str]]
) -> None:
    url, counts = counted_site
    context = browser.new_context()
    requests: list[str] = []
    errors: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    try:
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(url + "calculator/")
        hints = page.eval_on_selector_all("head link[rel=prefetch]", PREFETCH_LINKS)
        assert sorted(hints) == sorted(RUNTIME + name for name in PREFETCHED)
        page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
        assert page.evaluate("localStorage.getItem('jss-runtime-seen')") == "1"
        # The next visit finds the runtime cached and prefetches nothing.
        page.reload()
        assert page.eval_on_selector_all("head link[rel=prefetch]", PREFETCH_LINKS) == []
        page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
    finally:
        context.close()
    assert not errors, errors
    off_origin = [u for u in requests if not is_same_origin(u, origin_of(url))]
    assert not off_origin, off_origin
    # The browser asked for each file at least twice on the first visit (the prefetch, then the
    # worker) and again on the reload; the server sent it once.
    for name in PREFETCHED:
        asked = sum(1 for u in requests if urlsplit(u).path == RUNTIME + name)
        assert asked >= 3, (name, asked)
        runtime = {path: n for path, n in counts.items() if path.startswith(RUNTIME)}
        assert counts[RUNTIME + name] == 1, (name, runtime)
