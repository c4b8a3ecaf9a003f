"""The page fixture's watchers really catch what they promise to catch."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.harness import PageLog, origin_of, watch_context, watch_page


def test_watchers_catch_off_origin_requests_and_console_errors(
    browser: Browser, test_pages_url: str
) -> None:
    log = PageLog()
    context = browser.new_context()
    try:
        watch_context(context, origin_of(test_pages_url), log)
        page = context.new_page()
        watch_page(page, log)
        page.goto(test_pages_url + "leaky.html", wait_until="networkidle")
    finally:
        context.close()
    assert log.off_origin == ["https://cdn.example.invalid/lib.js"]
    assert any("deliberate console error" in error for error in log.errors)
    # data: URLs are on-site by definition; the page itself was requested.
    assert log.fetched("/__test__/leaky.html")


def test_server_serves_nothing_outside_the_sub_path(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    try:
        page = context.new_page()
        response = page.goto(origin_of(site_url) + "/index.html")
        assert response is not None and response.status == 404
        wasm = page.request.get(site_url + "runtime/pyodide/pyodide.asm.wasm")
        assert wasm.headers["content-type"] == "application/wasm"
        module = page.request.get(site_url + "runtime/pyodide/pyodide.mjs")
        assert module.headers["content-type"].startswith("text/javascript")
    finally:
        context.close()
