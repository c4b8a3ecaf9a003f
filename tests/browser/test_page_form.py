"""Issue 19 at both sizes: a form without traps, Undo in view, one set of numbers, phone first."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Page, expect

import calculator
from tests.browser.test_result_first import load_example, ready, sized

__all__ = ["sized"]  # the fixture, used by every test here at 1280x800 and 360x740

STORAGE_KEY = "jss-calculator:v1"
UNDO = "Undo: bring back my previous history"


def _linked_history(page: Page, timeout_s: float = 60) -> calculator.History:
    """The history in the share link once it is computed for the form's current content."""
    link = page.locator("#jss-link")
    deadline = time.monotonic() + timeout_s
    while True:
        value = link.input_value()
        if "#a=" in value:
            return calculator.decode_share(value.split("#a=", 1)[1].split("&", 1)[0])
        assert time.monotonic() < deadline, "no link: the form's history did not compute"
        page.wait_for_timeout(200)


def test_a_new_row_with_only_an_end_date_gives_no_error(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    sized.locator("#jss-editor-a").get_by_role("button", name="Add a contract").click()
    end = sized.locator("#jss-a-0-end")
    end.fill("2024-03-15")
    # The start was the page's default (a month before the old end): it follows the new end.
    expect(sized.locator("#jss-a-0-start")).to_have_value("2024-02-14")
    # Computed without an error: the link (made only for a valid history) holds the new dates.
    deadline = time.monotonic() + 60
    while str((h := _linked_history(sized)).contracts[0].end) != "2024-03-15":
        assert time.monotonic() < deadline, h
        sized.wait_for_timeout(200)
    assert str(h.contracts[0].start) == "2024-02-14"
    expect(sized.locator("#jss-form [aria-invalid=true]")).to_have_count(0)
    expect(sized.locator("#jss-form .jss-error:not([hidden])")).to_have_count(0)
    expect(sized.locator("#jss-stale")).to_be_hidden()


def test_after_clear_all_undo_is_in_view_and_has_focus(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    sized.locator("#jss-clear").scroll_into_view_if_needed()
    sized.locator("#jss-clear").click()
    undo = sized.get_by_role("button", name=UNDO)
    expect(undo).to_be_focused()
    box = undo.bounding_box()
    height = sized.viewport_size["height"]  # type: ignore[index]
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height, box
    undo.click()
    expect(sized.locator("#jss-editor-a .jss-contract")).to_have_count(10)


@pytest.mark.parametrize("shown", [None, "80"])
def test_an_unchanged_b_equals_a(sized: Page, site_url: str, shown: str | None) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    if shown is not None:
        sized.locator("#jss-a-shown-0-score").fill(shown)
        _linked_history(sized)
    sized.locator("#jss-toggle-b").click()
    b_score = sized.locator("#jss-score-b")
    expect(b_score).to_be_attached()
    expect(b_score).to_have_attribute("data-score",
                                      sized.locator("#jss-score").get_attribute("data-score")
                                      or "")
    expect(sized.locator("#jss-score-delta")).to_have_text(re.compile(r"^0( points)?$"))
    # Every window: B minus A is 0 (or n/a where neither has a score).
    windows = sized.locator("#jss-result table.jss-stack").filter(
        has=sized.locator("caption", has_text="Each window's score"))
    deltas = windows.locator("tbody td:last-child")
    texts = [t.strip() for t in deltas.all_inner_texts()]
    assert texts and all(t.split()[-1] in ("0", "n/a") for t in texts), texts


def test_a_reload_with_a_saved_bad_value_shows_its_message(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    sized.locator("#jss-editor-a").get_by_role("button", name="Add a contract").click()
    sized.locator("#jss-a-0-earnings").fill("lots")
    error = sized.locator("#jss-a-0-earnings-error")
    expect(error).to_be_visible()
    sized.wait_for_function("k => (localStorage.getItem(k) || '').includes('lots')",
                            arg=STORAGE_KEY)
    sized.reload()
    ready(sized)
    expect(sized.locator("#jss-a-0-earnings")).to_have_value("lots")
    expect(error).to_be_visible()
    expect(error).not_to_be_empty()
    expect(sized.locator("#jss-summary-body .jss-blocked")).to_contain_text("needs fixing")
    expect(sized.locator("#jss-summary-body .jss-computing")).to_have_count(0)
    expect(sized.locator("#jss-bar-score")).not_to_have_text("…")


def test_the_first_screen_holds_a_form_input(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    top = sized.evaluate("""() => {
        const input = document.querySelector('#jss-form input, #jss-form select');
        return input.getBoundingClientRect().top; }""")
    assert top < sized.viewport_size["height"], top  # type: ignore[index]


def test_chart_labels_are_readable_and_b_sits_in_the_page(sized: Page, site_url: str) -> None:
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    # Every label of the chart at least 11 px once the drawing (640 units wide) is scaled.
    sizes = sized.locator(".jss-chart svg").first.evaluate("""s => {
        const scale = s.getBoundingClientRect().width / 640;
        return [...s.querySelectorAll('text')].map(
          (t) => parseFloat(getComputedStyle(t).fontSize) * scale); }""")
    assert sizes and min(sizes) >= 11, sizes
    sized.locator("#jss-toggle-b").click()
    expect(sized.locator("#jss-score-b")).to_be_attached()
    # No scroll box of its own around B's result: it scrolls with the page.
    boxed = sized.locator("#jss-score-b").evaluate("""b => {
        for (let n = b.parentElement; n && n !== document.body; n = n.parentElement) {
          const o = getComputedStyle(n).overflowY;
          const scrolls = n.scrollHeight > n.clientHeight;
          if ((o === 'auto' || o === 'scroll') && scrolls) return n.id || n.className;
        }
        return null; }""")
    assert boxed is None, boxed


def test_the_form_era_date_is_a_page_setting_and_travels_in_the_link(
        sized: Page, site_url: str) -> None:
    # Issue 16: the stars-only form's date is adjustable on the page, not only on the command
    # line; the link carries it, and the page's score is the package's for that date.
    sized.goto(site_url + "calculator/")
    ready(sized)
    load_example(sized)
    setting = sized.locator("#jss-a-form_change")
    expect(setting).to_have_value("")
    setting.fill("2016-01-01")
    deadline = time.monotonic() + 60
    while (h := _linked_history(sized)).form_change is None:
        assert time.monotonic() < deadline, h
        sized.wait_for_timeout(200)
    assert str(h.form_change) == "2016-01-01"
    expected = calculator.estimate(h).score
    expect(sized.locator("#jss-score")).to_have_attribute("data-score", str(expected))
    expect(sized.locator("#jss-form [aria-invalid=true]")).to_have_count(0)
