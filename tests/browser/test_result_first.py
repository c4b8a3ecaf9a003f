"""Issue 10 at both sizes: the score in view while typing, your numbers only, nothing lost."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace

import pytest
from playwright.sync_api import Browser, Page, expect

import calculator
from calculator import encode_share, web
from tests.browser.harness import (
    HeldRoutes,
    PageLog,
    origin_of,
    watch_context,
    watch_page,
)
from tests.browser.test_accessibility import assert_no_serious_violations

READY_TIMEOUT_MS = 120_000
SIZES = {"desktop": (1280, 800, False), "phone": (360, 740, True)}
# Records layout shifts and what the result showed at each paint, from the first script on.
OBSERVE = """
window.__cls = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.fixture(params=sorted(SIZES))
def sized(request: pytest.FixtureRequest, browser: Browser, site_url: str) -> Iterator[Page]:
    width, height, touch = SIZES[request.param]
    context = browser.new_context(viewport={"width": width, "height": height}, has_touch=touch,
                                  is_mobile=touch)
    log = PageLog()
    watch_context(context, origin_of(site_url), log)
    page = context.new_page()
    watch_page(page, log)
    page.add_init_script(OBSERVE)
    yield page
    context.close()
    assert not log.off_origin, log.off_origin
    assert not log.errors, log.errors


def ready(page: Page) -> None:
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)


def load_example(page: Page) -> None:
    page.locator("#jss-presets-box > summary").click()
    page.get_by_role("button", name=calculator.preset("ten-contracts-one-bad").title).click()
    # Python answers asynchronously (in a worker): wait for the example's own result, so the
    # next edit is compared with it.
    page.locator("#jss-scorebar:not([data-score=''])[data-score]").wait_for(state="attached")


def score_holder(page: Page) -> str:
    """The element that keeps the score in view at this size."""
    return "#jss-scorebar" if page.viewport_size["width"] < 960 else "#jss-summary"  # type: ignore[index]


def in_viewport(page: Page, selector: str) -> bool:
    return bool(page.evaluate(
        """s => { const r = document.querySelector(s).getBoundingClientRect();
                  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; }""", selector))


def test_starts_empty_dated_today_and_the_example_is_one_click_away(sized: Page,
                                                                    site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    today = sized.evaluate("() => { const d = new Date(); return [d.getFullYear(),"
                           " String(d.getMonth() + 1).padStart(2, '0'),"
                           " String(d.getDate()).padStart(2, '0')].join('-'); }")
    expect(sized.locator("#jss-a-as_of")).to_have_value(today)
    assert sized.locator("#jss-editor-a .jss-contract").count() == 0
    expect(sized.locator("#jss-score")).to_have_attribute("data-score", "")
    expect(sized.locator("#jss-clear")).to_be_disabled()
    expect(sized.locator("#jss-export-b")).to_be_hidden()
    sized.locator("#jss-editor-a").get_by_role("button", name="Add a contract").click()
    expect(sized.locator("#jss-a-0-end")).to_have_value(today)
    load_example(sized)
    example = calculator.preset("ten-contracts-one-bad").history_a()
    expect(sized.locator("#jss-score")).to_have_attribute(
        "data-score", str(calculator.estimate(example).score))


def test_the_score_is_in_view_while_the_last_contract_has_focus(sized: Page,
                                                               site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    last = sized.locator("#jss-editor-a .jss-contract").count() - 1
    field = sized.locator(f"#jss-a-{last}-public_rating")
    field.focus()
    field.fill("5")  # the example's last contract had 1 star: the score moves
    expect(sized.locator(score_holder(sized))).to_be_visible()
    assert in_viewport(sized, score_holder(sized))
    if score_holder(sized) == "#jss-scorebar":
        expect(sized.locator("#jss-bar-delta")).to_contain_text("since your last edit")


def test_a_share_link_never_first_paints_another_historys_numbers(sized: Page,
                                                                  site_url: str) -> None:
    a = calculator.preset("new-freelancer").history_a()
    b = replace(a, contracts=a.contracts[:1])
    # Before Python is up (its files held back): the link's own contracts, not editable yet,
    # and "Computing…" where the numbers go; nothing saved.
    held = HeldRoutes(sized, "**/runtime/pyodide/**")
    sized.goto(site_url + "calculator/#" + web.fragment(a, b))
    first = sized.locator("#jss-a-0-client")
    expect(first).to_have_value(a.contracts[0].client)
    expect(first).to_be_disabled()
    expect(sized.locator("#jss-b-0-client")).to_have_value(b.contracts[0].client)
    assert sized.locator("#jss-editor-a .jss-contract").count() == len(a.contracts)
    expect(sized.locator("#jss-origin")).to_contain_text("as your browser reads it")
    expect(sized.locator("#jss-summary-body")).to_contain_text("Computing")
    assert sized.locator("#jss-score").count() == 0
    assert sized.evaluate("() => localStorage.getItem('jss-calculator:v1')") is None
    # Python up: it reads the link again and opens it, with its own numbers.
    held.release()
    ready(sized)
    score = calculator.compare(a, b).a.score  # a new freelancer: no score yet
    expect(sized.locator("#jss-score")).to_have_attribute(
        "data-score", "" if score is None else str(score))
    expect(sized.locator("#jss-score")).to_contain_text("no score" if score is None else "%")
    expect(first).to_be_enabled()
    expect(first).to_have_value(a.contracts[0].client)


def test_a_link_previewed_over_a_saved_history_changes_nothing_until_asked(
        sized: Page, site_url: str) -> None:
    # A history saved at an earlier visit (put in storage directly: a visit with Python would
    # leave a service worker that serves Python's files where the test cannot hold them).
    mine = {"as_of": "2025-01-01", "rules": "", "contracts": [{
        "id": "1", "client": "My own client", "kind": "fixed", "start": "2024-11-01",
        "end": "2024-12-01", "earnings": "300", "last_payment": "2024-12-01",
        "public_rating": "5", "private_rating": "unknown", "client_excluded": False}]}
    saved = json.dumps({"version": 1, "a": mine, "b": None})
    sized.add_init_script(
        f"if (!sessionStorage.getItem('seeded')) {{ localStorage.setItem("
        f"'jss-calculator:v1', {json.dumps(saved)}); sessionStorage.setItem('seeded', '1'); }}")
    linked = calculator.preset("new-freelancer").history_a()
    held = HeldRoutes(sized, "**/runtime/pyodide/**")
    sized.goto(site_url + "calculator/#a=" + encode_share(linked))
    expect(sized.locator("#jss-a-0-client")).to_have_value(linked.contracts[0].client)
    expect(sized.locator("#jss-clear")).to_be_disabled()
    assert sized.evaluate("() => localStorage.getItem('jss-calculator:v1')") == saved
    held.release()
    ready(sized)
    notice = sized.locator("#jss-notice")
    expect(notice).to_contain_text("This link holds a different history")
    notice.get_by_role("group").get_by_role("button", name="Keep mine").click()
    expect(sized.locator("#jss-a-0-client")).to_have_value("My own client")
    expect(sized.locator("#jss-a-0-client")).to_be_enabled()


def test_a_reload_paints_the_last_result_of_the_saved_history(sized: Page,
                                                              site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    sized.locator("#jss-a-0-client").fill("Reloaded client")
    score = calculator.estimate(calculator.preset("ten-contracts-one-bad").history_a()).score
    expect(sized.locator("#jss-score")).to_have_attribute("data-score", str(score))
    sized.wait_for_function("() => (localStorage.getItem('jss-calculator:v1') || '')"
                            ".includes('Reloaded client') && localStorage.getItem("
                            "'jss-calculator:v1').includes('\"view\"')")
    # Reload with Python held back: the saved result is painted, marked as from the last visit.
    sized.route("**/runtime/pyodide/**", lambda route: None)
    sized.reload()
    expect(sized.locator("#jss-score")).to_have_attribute("data-score", str(score))
    expect(sized.locator("#jss-origin")).to_contain_text("last visit")
    expect(sized.locator("#jss-a-0-client")).to_have_value("Reloaded client")


def test_earlier_histories_survive_leaving_the_page(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    sized.locator("#jss-a-0-client").fill("Mine")
    sized.locator("#jss-clear").click()
    assert sized.locator("#jss-editor-a .jss-contract").count() == 0
    sized.goto(site_url + "sources/")
    sized.goto(site_url + "calculator/")
    ready(sized)
    earlier = sized.locator("#jss-earlier")
    expect(earlier).to_be_visible()
    earlier.get_by_role("button", name="Bring it back").first.click()
    expect(sized.locator("#jss-a-0-client")).to_have_value("Mine")


def test_a_link_opens_as_scenario_b(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    other = calculator.preset("refund-in-full").history_a()
    sized.locator("#jss-open-b").fill(site_url + "calculator/#a=" + encode_share(other))
    sized.locator("#jss-open-b-go").click()
    expect(sized.locator("#jss-score-b")).to_have_attribute(
        "data-score", str(calculator.estimate(other).score))
    expect(sized.locator("#jss-export-b")).to_be_enabled()


def test_names_replaced_before_sharing(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    sized.locator("#jss-a-0-client").fill("Secret Corp")
    sized.locator("#jss-anonymise").click()
    expect(sized.locator("#jss-a-0-client")).to_have_value("Client A")
    link = sized.locator("#jss-link")
    expect(link).not_to_have_value("")
    share = link.input_value().split("#a=", 1)[1].split("&", 1)[0]
    clients = {c.client for c in calculator.decode_share(share).contracts}
    assert "Secret Corp" not in clients and clients <= {f"Client {c}" for c in "ABCDEFGHIJ"}
    expect(sized.locator("#jss-anonymise")).to_be_disabled()


def test_reasons_open_with_a_44_px_button(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    toggle = sized.locator("#jss-result .jss-disclose").first
    expect(toggle).to_have_attribute("aria-expanded", "false")
    box = toggle.bounding_box()
    assert box is not None and box["height"] >= 44
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(sized.locator("#jss-result .jss-reasons").first).to_be_visible()


def test_no_layout_shift_while_python_starts_and_no_overflow(sized: Page,
                                                             site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    sized.wait_for_timeout(300)
    cls = sized.evaluate("window.__cls")
    assert cls < 0.1, cls
    load_example(sized)
    sized.wait_for_timeout(300)
    width = sized.viewport_size["width"]  # type: ignore[index]
    assert sized.evaluate("document.documentElement.scrollWidth") <= width


def test_timeline_control_changes_the_stated_assumption(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    caption = sized.locator(".jss-chart-caption").first
    expect(caption).to_contain_text("keep paying")
    sized.locator("#jss-open-contracts").select_option("stop")
    expect(caption).to_contain_text("stop paying today")
    # The result saved with the history (once typing pauses) is the one for this choice.
    sized.wait_for_function("() => (JSON.parse(localStorage.getItem('jss-calculator:v1'))"
                            ".view || {of: ''}).of.endsWith('\"stop\"]')")


def test_a_link_scrolls_to_its_result_when_ready(sized: Page, site_url: str) -> None:
    history = calculator.preset("refund-in-full").history_a()
    sized.goto(site_url + "calculator/#a=" + encode_share(history))
    ready(sized)
    expect(sized.locator("#jss-score")).to_have_attribute(
        "data-score", str(calculator.estimate(history).score))
    sized.wait_for_function("() => Math.abs(document.getElementById('jss-result-section')"
                            ".getBoundingClientRect().top) < innerHeight / 2")


def test_the_phone_bar_opens_the_full_result(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    bar = sized.locator("#jss-scorebar")
    expect(bar).to_have_count(1)
    if sized.viewport_size["width"] >= 960:  # type: ignore[index]
        expect(bar).to_be_hidden()  # a desktop has the result column beside the form
        return
    expect(bar).to_contain_text("range")
    bar.tap()
    expect(sized.locator("#jss-result-section")).to_be_focused()
    sized.wait_for_function("() => Math.abs(document.getElementById('jss-result-section')"
                            ".getBoundingClientRect().top) < innerHeight / 2")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_on_the_new_layout_with_a_result(sized: Page, site_url: str, scheme: str) -> None:
    sized.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    sized.locator("#jss-a-0 button[data-action=toggle]").click()
    sized.locator("#jss-result .jss-disclose").first.click()
    assert_no_serious_violations(sized, f"the calculator at {sized.viewport_size} ({scheme})")
