"""Under use: 200 edits in a row, no console error, and memory that stays within a bound."""

from __future__ import annotations

import json

from playwright.sync_api import Page, expect

import calculator
from tests.browser.test_site import READY_TIMEOUT_MS

EDITS = 200
# The bounds (README, "Your data and safety"). Measured on this machine over 200 edits: the JS
# heap after a forced garbage collection went from 11.7 to 12.0 MB, Python's WebAssembly memory
# stayed at 31.5 MB (it grows in steps and never shrinks, so the bound allows one growth step of
# its allocator). Keeping every result view (about 30 KB of DOM and JSON each) would add 6 MB.
JS_HEAP_GROWTH_BOUND = 5_000_000
WASM_GROWTH_BOUND = 16_000_000


def _heap_after_gc(page: Page) -> int:
    client = page.context.new_cdp_session(page)
    try:
        client.send("HeapProfiler.enable")
        client.send("HeapProfiler.collectGarbage")
        client.send("Performance.enable")
        metrics = client.send("Performance.getMetrics")["metrics"]
    finally:
        client.detach()
    return int(next(m["value"] for m in metrics if m["name"] == "JSHeapUsedSize"))


# The page's own python.js (the same module instance: same URL), which asks the Python worker.
MEMORY = """async () => {
  const python = await import(new URL("../assets/calculator/python.js", location.href));
  return (await python.call("memory", "")).wasm_bytes;
}"""


def _wasm_bytes(page: Page) -> int:
    return int(page.evaluate(MEMORY))


def test_200_edits_keep_working_without_memory_growth(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
    page.locator("#jss-presets-box summary").click()
    page.get_by_role("button", name=calculator.preset("ten-contracts-one-bad").title).click()
    page.locator("#jss-a-0-client").wait_for()
    score = page.locator("#jss-score")
    link = page.locator("#jss-link")
    editor = page.locator("#jss-editor-a")

    def edit(n: int) -> None:
        """One edit: duplicate the first contract, or remove the copy; both recompute at once
        (typing waits for a pause first) and redraw the cards and the result."""
        before = link.input_value()
        if n % 2 == 0:
            editor.locator("button[data-action=duplicate][data-index='0']").click()
        else:
            editor.locator("button[data-action=remove][data-index='1']").click()
        page.wait_for_function("v => document.getElementById('jss-link').value !== v", arg=before)

    for n in range(10):  # warm up: the first results allocate caches, fonts and JIT code
        edit(n)
    heap_before, wasm_before = _heap_after_gc(page), _wasm_bytes(page)
    for n in range(EDITS):
        edit(n % 50)
    heap_after, wasm_after = _heap_after_gc(page), _wasm_bytes(page)
    print(f"\nJS heap {heap_before:,} -> {heap_after:,}; wasm {wasm_before:,} -> {wasm_after:,}")

    page.locator("#jss-a-0-earnings").fill("$1,234")  # and a typed edit, for the score check
    page.wait_for_function("() => JSON.parse(localStorage.getItem('jss-calculator:v1'))"
                           ".a.contracts[0].earnings === '$1,234'")
    saved = json.loads(page.evaluate("localStorage.getItem('jss-calculator:v1')"))
    expected = calculator.estimate(calculator.from_form(saved["a"])).score
    expect(score).to_have_attribute("data-score", str(expected))
    assert heap_after - heap_before < JS_HEAP_GROWTH_BOUND, (heap_before, heap_after)
    assert wasm_after - wasm_before < WASM_GROWTH_BOUND, (wasm_before, wasm_after)
    # The page fixture fails the test on any console error during the 200 edits.
