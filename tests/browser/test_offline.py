"""After a first visit, the Python pages work offline, from the service worker's cache (sw.js)."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.harness import PageLog

# A guard against a hang, not a performance threshold.
READY_TIMEOUT_MS = 120_000
# Resolves when sw.js controls the page and its cache holds the page itself.
CACHED = """async () => {
  const registration = await navigator.serviceWorker.ready;
  for (let i = 0; i < 200; i++) {
    const names = (await caches.keys()).filter((n) => n.startsWith("jss-"));
    if (navigator.serviceWorker.controller && names.length === 1) {
      const cache = await caches.open(names[0]);
      if (await cache.match(location.href.split("#")[0])) {
        return { cache: names[0], scope: registration.scope, entries: (await cache.keys()).length };
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the page was never cached");
}"""


def _first_visit(page: Page, url: str) -> dict[str, object]:
    page.goto(url)
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
    return dict(page.evaluate(CACHED))


def test_calculator_starts_offline_after_a_first_visit(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    cached = _first_visit(page, site_url + "calculator/")
    # One cache, named after this build (sw.js: jss-<build id>), scoped to the whole site.
    assert re.fullmatch(r"jss-[0-9a-f]{12}", str(cached["cache"])), cached
    assert str(cached["scope"]).endswith("/") and site_url.endswith(
        str(cached["scope"]).split("//", 1)[1].split("/", 1)[1]), cached
    score = page.locator("#jss-score").first.text_content()

    page.context.set_offline(True)
    before = len(page_log.requests)
    page.reload()
    root = page.locator("#jss-calculator")
    root.and_(page.locator("[data-state=ready]")).wait_for(timeout=READY_TIMEOUT_MS)
    expect(page.locator("#jss-score").first).to_have_text(score or "")
    # Ready means Python computed the score; its files came through the service worker.
    runtime = [u for u in page_log.requests[before:] if "/runtime/" in u]
    assert any(u.endswith("/pyodide/pyodide.asm.wasm") for u in runtime), runtime
    # PyScript, which starts the worker, came from the cache too.
    assert any(u.endswith("/pyscript/core.js") for u in runtime), runtime


def test_a_visited_guide_page_and_the_arbitration_helper_work_offline(
    page: Page, site_url: str
) -> None:
    _first_visit(page, site_url + "calculator/")
    # Visited while online, once the service worker controls the site.
    page.goto(site_url + "arbitration/")
    page.goto(site_url + "jss/")
    page.context.set_offline(True)
    page.goto(site_url + "jss/")
    expect(page.locator("h1").first).to_be_visible()
    page.goto(site_url + "arbitration/")
    page.locator("#jss-arb-escrow").fill("500")
    page.locator("#jss-arbitration[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
    expect(page.locator("#jss-arb-origin")).to_have_text("For the values above.")


def test_a_new_build_replaces_the_old_cache_in_one_step(page: Page, site_url: str) -> None:
    """sw.js deletes every other jss- cache when it activates (a new build's worker does too)."""
    _first_visit(page, site_url + "calculator/")
    page.evaluate("""async () => {
      const stale = await caches.open("jss-000000000000");
      await stale.put("stale", new Response("old build"));
      const registration = await navigator.serviceWorker.ready;
      // What the browser does with a new build's sw.js: install a new worker, then activate it.
      // A new script URL makes it a new worker without changing the site.
      await navigator.serviceWorker.register(registration.active.scriptURL + "?next-build",
                                             { scope: registration.scope });
    }""")
    page.wait_for_function("""async () => {
      const names = await caches.keys();
      return !names.includes("jss-000000000000") && names.filter((n) => n.startsWith("jss-"))
        .length === 1;
    }""", timeout=30_000)
