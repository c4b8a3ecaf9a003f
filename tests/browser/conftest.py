"""Browser fixtures: site/ served on 127.0.0.1 under a sub-path, Debian chromium via Playwright.

The site is served at http://127.0.0.1:<port>/jss-field-guide/ (as GitHub Pages serves a project
site at /<repo>/), so a root-absolute path in a page or a PyScript config shows up as a 404.
Use the `site_url` fixture and page-relative paths: `page.goto(site_url + "calculator/")`.

The `page` fixture fails the test when the page makes any request off the site's origin (data: and
blob: are fine; the request is aborted, so nothing waits on a network that is not there) or logs a
console error or an uncaught page error. A test that expects console errors is marked
`@pytest.mark.console_errors`; the off-origin rule has no opt-out.
"""

from __future__ import annotations

import functools
import gzip
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Final
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.browser.harness import PageLog, origin_of, watch_context, watch_page

SITE_PREFIX = "/jss-field-guide/"
# Test-only pages (tests/browser/pages/) are served beside the site at SITE_PREFIX + "__test__/",
# one level deep like every guide page, without being published.
TEST_PAGES_DIR = Path(__file__).resolve().parent / "pages"
TEST_PAGES_PREFIX = SITE_PREFIX + "__test__/"
CHROMIUM = os.environ.get("JSS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Waits are hang guards, never performance thresholds: generous, so two busy cores do not fail a
# test that would pass given time. (Performance is measured by bench/, not asserted here.)
ACTION_TIMEOUT_MS = 60_000
expect.set_options(timeout=20_000)
MIME_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".zip": "application/zip",
    ".whl": "application/zip",
    ".css": "text/css",
    ".svg": "image/svg+xml",
}


class SiteHandler(SimpleHTTPRequestHandler):
    """Serves site/ under SITE_PREFIX and the test pages under TEST_PAGES_PREFIX; 404 elsewhere."""

    # typeshed declares this an instance attribute, so no ClassVar (mypy would refuse it).
    extensions_map = {  # noqa: RUF012
        **SimpleHTTPRequestHandler.extensions_map,
        **MIME_TYPES,
    }

    def __init__(self, *args: object, site_dir: Path, **kwargs: object) -> None:
        self._site_dir = site_dir
        super().__init__(*args, directory=str(site_dir), **kwargs)  # type: ignore[arg-type]

    def translate_path(self, path: str) -> str:
        path = unquote(urlsplit(path).path)
        if path.startswith(TEST_PAGES_PREFIX):
            root, rest = TEST_PAGES_DIR, path[len(TEST_PAGES_PREFIX) :]
        elif path.startswith(SITE_PREFIX):
            root, rest = self._site_dir, path[len(SITE_PREFIX) :]
        else:
            return str(self._site_dir / "__outside_the_site_prefix__")
        target = (root / rest).resolve()
        if target != root and root not in target.parents:
            return str(self._site_dir / "__outside_the_site_prefix__")
        return str(target)

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: pytest shows failures; the page fixture records every request


#: What GitHub Pages sends gzipped when the browser accepts it: text, and the wasm (compressible
#: machine code); zip archives are already compressed and go as they are.
GZIP_SUFFIXES: Final = (".html", ".css", ".js", ".mjs", ".json", ".wasm", ".svg", ".txt", ".xml",
                        ".map")
_GZIPPED: dict[tuple[str, float], bytes] = {}
_GZIP_LOCK = threading.Lock()


class GitHubPagesHandler(SiteHandler):
    """SiteHandler plus what GitHub Pages adds: `Cache-Control: max-age=600`, and gzip. For
    make bench (the bytes on its emulated phone link are the bytes a reader downloads) and for
    the test that the runtime's prefetch and the worker share one download."""

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")
        super().end_headers()

    def do_GET(self) -> None:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (not path.is_file() or not path.name.endswith(GZIP_SUFFIXES)
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            super().do_GET()
            return
        key = (str(path), path.stat().st_mtime)
        with _GZIP_LOCK:  # compressed once per file, as a CDN keeps it
            if key not in _GZIPPED:
                _GZIPPED[key] = gzip.compress(path.read_bytes(), compresslevel=6)
            body = _GZIPPED[key]
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serve_site(site_dir: Path, handler: type[SiteHandler] | None = None) -> Iterator[str]:
    """Serve site/ on 127.0.0.1 (a free port) under SITE_PREFIX; yields the site's base URL.

    Shared by the browser tests and make bench (which passes a handler adding cache headers).
    """
    bound = functools.partial(handler or SiteHandler, site_dir=site_dir)
    server = ThreadingHTTPServer(("127.0.0.1", 0), bound)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SITE_PREFIX}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """Base URL of the built site, ending in "/": http://127.0.0.1:<port>/jss-field-guide/."""
    with serve_site(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def test_pages_url(site_url: str) -> str:
    """Base URL of tests/browser/pages/, served one level below the site root."""
    return site_url + "__test__/"


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """Debian's chromium (JSS_CHROMIUM overrides the path), headless, driven by Playwright."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"no Chromium at {CHROMIUM}: run `make test` (it installs Debian's chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page_log() -> PageLog:
    """The log the `page` fixture fills; request it beside `page` to assert on requests."""
    return PageLog()


@pytest.fixture
def page(
    browser: Browser, site_url: str, page_log: PageLog, request: pytest.FixtureRequest
) -> Iterator[Page]:
    """A fresh browser context and page that fail the test on off-origin requests or errors."""
    context = browser.new_context()
    context.set_default_timeout(ACTION_TIMEOUT_MS)
    watch_context(context, origin_of(site_url), page_log)
    new_page = context.new_page()
    watch_page(new_page, page_log)
    try:
        yield new_page
    finally:
        context.close()
    if page_log.off_origin:
        pytest.fail("requests left the site's origin:\n" + "\n".join(page_log.off_origin))
    if page_log.errors and request.node.get_closest_marker("console_errors") is None:
        pytest.fail("the page logged errors:\n" + "\n".join(page_log.errors))
