"""Every reader: axe-core finds nothing serious, keyboard alone works, phones fit, results speak."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

import calculator
from calculator import web
from tests.browser.test_site import NAV, READY_TIMEOUT_MS, _url_path

ROOT = Path(__file__).resolve().parents[2]
# Deque's axe-core, pinned in package.json (devDependencies) and installed by `npm ci`.
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# "minor" and "moderate" (say, a heading level skipped in the prose) are reported, not failed.
FAILING_IMPACTS = ("serious", "critical")


def run_axe(page: Page) -> list[dict[str, Any]]:
    """axe-core's violations on the page as it is now, each with up to five offending nodes."""
    if not AXE_JS.is_file():
        pytest.fail(f"{AXE_JS} is missing: run `npm ci` (or `make test`)")
    # Evaluated through the DevTools protocol: not a page script, so the page's CSP allows it.
    page.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;0")
    return list(page.evaluate("""async () => {
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
      }));
    }"""))


def assert_no_serious_violations(page: Page, where: str) -> None:
    found = [v for v in run_axe(page) if v["impact"] in FAILING_IMPACTS]
    report = "\n".join(f"{v['impact']} {v['id']}: {v['help']}\n    " + "\n    ".join(v["nodes"])
                       for v in found)
    assert not found, f"axe-core on {where}:\n{report}"


def wait_calculator_ready(page: Page) -> None:
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("title", "source"), NAV, ids=[source for _, source in NAV])
def test_axe_finds_nothing_serious_on_each_page(
    browser: Browser, page: Page, site_url: str, title: str, source: str, scheme: str
) -> None:
    page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    page.goto(site_url + _url_path(source), wait_until="networkidle")
    if source == "calculator.md":
        wait_calculator_ready(page)
    assert_no_serious_violations(page, f"{source} ({scheme})")


def test_axe_on_the_arbitration_helper_loaded(page: Page, site_url: str) -> None:
    page.goto(site_url + "arbitration/")
    page.locator("#jss-arb-escrow").focus()
    page.locator("#jss-arbitration[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
    page.locator("#jss-arb-offer").fill("100")
    page.locator("#jss-arb-p_win").fill("150")  # an error shown beside its field
    expect(page.locator("#jss-arb-p_win-error")).to_be_visible()
    assert_no_serious_violations(page, "the arbitration helper")


def test_axe_on_the_calculator_with_b_errors_and_notices(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_calculator_ready(page)
    page.locator("#jss-toggle-b").click()
    page.locator("#jss-b-1-earnings").fill("lots")
    expect(page.locator("#jss-b-1-earnings-error")).to_be_visible()
    # Calls to Python are asynchronous (a worker): wait for the preset's result to replace this one.
    shown = page.locator("#jss-result > *").first.element_handle()
    page.get_by_role("button", name=calculator.PRESETS[0].title).click()
    expect(page.get_by_role("button", name="Undo")).to_be_visible()
    page.wait_for_function("el => !el.isConnected", arg=shown)
    page.evaluate("() => document.querySelectorAll('#jss-result details')"
                  ".forEach((d) => { d.open = true; })")
    assert_no_serious_violations(page, "the calculator with B, an error and a notice")


def _focus_ring(page: Page) -> str:
    """How the focused element shows focus: its outline or box shadow ('' when it shows none)."""
    return str(page.evaluate("""() => {
      const s = getComputedStyle(document.activeElement);
      const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
      if (outline) return `outline ${s.outlineWidth}`;
      return s.boxShadow === "none" ? "" : `box-shadow ${s.boxShadow}`;
    }"""))


def _tab_to(page: Page, selector: str, limit: int = 400, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) until `selector` has focus; each stop must show focus."""
    for _ in range(limit):
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            assert _focus_ring(page), f"{selector} has focus but shows no focus ring"
            return
    pytest.fail(f"{selector} never got focus with the keyboard")


def test_keyboard_alone_adds_and_fills_a_contract(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_calculator_ready(page)
    before = page.locator("#jss-editor-a .jss-contract").count()
    # From the top of the page to the calculator's "Add a contract", and press it with Enter.
    _tab_to(page, "#jss-editor-a button[data-action=add]")
    page.keyboard.press("Enter")
    expect(page.locator("#jss-editor-a .jss-contract")).to_have_count(before + 1)
    new = before  # the new card's index; focus is on its heading
    expect(page.locator(f"#jss-a-{new}-h")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(f"#jss-a-{new}-client")).to_be_focused()
    assert _focus_ring(page)
    page.keyboard.press("Control+A")
    page.keyboard.type("Keyboard client")
    for name, value in (("start", "2018-09-01"), ("end", "5 Sep 2018"), ("earnings", "$900"),
                        ("last_payment", "2018-09-05"), ("public_rating", "1")):
        _tab_to(page, f"#jss-a-{new}-{name}", limit=5)
        page.keyboard.press("Control+A")
        page.keyboard.type(value)
    # A select and a checkbox: arrow keys and Space.
    _tab_to(page, f"#jss-a-{new}-private_rating", limit=3)
    page.keyboard.press("ArrowDown")  # Unknown -> None left
    _tab_to(page, f"#jss-a-{new}-client_excluded", limit=3)
    page.keyboard.press("Space")
    page.keyboard.press("Space")
    # Shift+Tab goes back to the earnings field.
    _tab_to(page, f"#jss-a-{new}-earnings", limit=8, backwards=True)
    saved = page.evaluate("JSON.parse(localStorage.getItem('jss-calculator:v1'))")
    contract = saved["a"]["contracts"][new]
    assert contract["client"] == "Keyboard client"
    assert contract["earnings"] == "$900"
    assert contract["private_rating"] == "none"
    assert contract["client_excluded"] is False
    expected = calculator.estimate(calculator.from_form(saved["a"])).score
    expect(page.locator("#jss-score")).to_have_attribute("data-score", str(expected))
    expect(page.locator("#jss-announce")).to_have_text(f"Estimated Job Success Score {expected}%")


def test_live_region_announces_the_new_score(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_calculator_ready(page)
    announce = page.locator("#jss-announce")
    expect(announce).to_have_attribute("aria-live", "polite")
    first = announce.text_content()
    example = calculator.preset("ten-contracts-one-bad").history_a()
    assert first == f"Estimated Job Success Score {calculator.estimate(example).score}%"
    page.locator("#jss-toggle-b").click()
    page.locator("#jss-b-1-public_rating").fill("1")
    expect(announce).not_to_have_text(first or "")
    expect(announce).to_contain_text("difference")


@pytest.mark.parametrize(("title", "source"), NAV, ids=[source for _, source in NAV])
def test_every_page_fits_a_360_px_phone(page: Page, site_url: str, title: str,
                                        source: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url + _url_path(source), wait_until="networkidle")
    if source == "calculator.md":
        wait_calculator_ready(page)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{source} is {width} px wide at 360 px: the reader scrolls sideways"


def test_axe_on_the_link_prompt_and_the_kept_aside_notice(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_calculator_ready(page)
    page.evaluate("""() => localStorage.setItem("jss-calculator:unreadable:2025-01-01T00:00:00Z",
        JSON.stringify({ key: "jss-calculator:v1", problem: "it is not valid JSON", raw: "{" }))""")
    page.locator("#jss-a-0-client").fill("Mine")
    page.wait_for_function(
        "() => (localStorage.getItem('jss-calculator:v1') || '').includes('Mine')")
    case = calculator.preset("refund-in-full")
    page.goto(site_url)
    page.goto(site_url + "calculator/#" + web.fragment(case.history_a()))
    wait_calculator_ready(page)
    expect(page.get_by_role("button", name="Open it")).to_be_focused()
    expect(page.locator("#jss-recovery")).to_be_visible()
    assert_no_serious_violations(page, "the calculator asking about a link, with a kept copy")
