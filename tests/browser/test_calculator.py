"""The calculator page as a reader uses it: it computes what the package computes on CPython."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

import calculator
from calculator import Contract, History, encode_share
from tests.browser.harness import (
    PageLog,
    origin_of,
    wait_saved_with_result,
    watch_context,
    watch_page,
)

# A guard against a hang, not a performance threshold: a cold Pyodide start takes about 3 s here.
READY_TIMEOUT_MS = 120_000
STORAGE_KEY = "jss-calculator:v1"


def fragment(a: History, b: History | None = None) -> str:
    """The documented link fragment: a=<share>[&b=<share>]."""
    return f"a={encode_share(a)}" + (f"&b={encode_share(b)}" if b is not None else "")


def score_text(history: History | None) -> str:
    """What #jss-score's data-score holds for a history: the integer, or "" for no score."""
    if history is None:
        return ""
    score = calculator.estimate(history).score
    return "" if score is None else str(score)


def _contract(cid: str, client: str, start: str, end: str | None, earnings: float,
              public: float | None = 5.0, private: object = calculator.UNKNOWN,
              excluded: bool = False) -> Contract:
    return Contract(id=cid, client=client, kind="fixed", start=date.fromisoformat(start),
                    end=date.fromisoformat(end) if end else None, earnings_usd=earnings,
                    last_payment=date.fromisoformat(end or start) if earnings else None,
                    public_rating=public, private_rating=private,  # type: ignore[arg-type]
                    client_excluded=excluded)


# Hand-made histories beside the presets: a long one, open and unpaid contracts, old rules.
HAND_MADE = {
    "twenty-contracts-two-bad": History(
        as_of=date(2025, 9, 1),
        contracts=tuple(
            _contract(str(i), f"Client {i % 7}", f"2024-{(i % 12) + 1:02d}-03",
                      f"2024-{(i % 12) + 1:02d}-20", 100.0 + 90 * i,
                      public=2.0 if i in (4, 15) else 4.9, private=3 if i == 15 else 9)
            for i in range(20))),
    "open-unpaid-and-excluded": History(
        as_of=date(2025, 3, 1),
        contracts=(
            _contract("1", "Acme", "2024-05-01", "2024-06-01", 1200.5),
            _contract("2", "Bolt", "2024-07-01", "2024-07-30", 80.0, public=4.0),
            _contract("3", "Crane", "2024-08-01", None, 0.0, public=None),
            _contract("4", "Dune", "2024-09-01", "2024-10-01", 300.0, public=1.0, excluded=True),
            _contract("5", "Echo", "2024-11-01", "2024-12-01", 0.0, public=None, private=None),
        )),
    "old-rules-2019": History(
        as_of=date(2019, 6, 1), rules="2015-03",
        contracts=tuple(_contract(str(i), f"C{i}", f"2018-0{i}-01", f"2018-0{i}-20", 50.0 * i,
                                  public=3.0 if i == 2 else 5.0) for i in range(1, 7))),
}
CASES = {
    **{f"preset-{p.id}": (p.history_a(), p.history_b()) for p in calculator.PRESETS},
    **{name: (h, None) for name, h in HAND_MADE.items()},
}


@pytest.fixture
def open_page(browser: Browser, site_url: str) -> Iterator[Callable[..., Page]]:
    """Opens the calculator in a fresh context (a new visitor), failing on errors like `page`."""
    contexts = []
    log = PageLog()

    def open_(suffix: str = "") -> Page:
        context = browser.new_context(viewport={"width": 360, "height": 800})
        contexts.append(context)
        watch_context(context, origin_of(site_url), log)
        new_page = context.new_page()
        watch_page(new_page, log)
        new_page.goto(site_url + "calculator/" + suffix)
        wait_ready(new_page)
        return new_page

    yield open_
    for context in contexts:
        context.close()
    assert not log.off_origin, log.off_origin
    assert not log.errors, log.errors


def wait_ready(page: Page) -> None:
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)


def load_example(page: Page, preset_id: str = "ten-contracts-one-bad") -> None:
    """Picks an example from the presets list (the page itself starts empty)."""
    box = page.locator("#jss-presets-box")
    if box.get_attribute("open") is None:
        box.locator("summary").click()
    page.get_by_role("button", name=calculator.preset(preset_id).title).click()
    page.locator("#jss-a-0-client").wait_for()


def open_with_a_saved_edit(page: Page, site_url: str) -> None:
    """The calculator with an example loaded and its first client renamed "Kept client", saved
    with its result: the history a bad import or link must leave as it is."""
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    field(page, "a", 0, "client").fill("Kept client")
    wait_saved_with_result(page, "Kept client")


def saved_state(page: Page) -> Any:
    """What the page saved in localStorage (None until the reader changes something)."""
    raw = page.evaluate("k => localStorage.getItem(k)", STORAGE_KEY)
    return None if raw is None else json.loads(raw)


def field(page: Page, scenario: str, index: int, name: str) -> Locator:
    return page.locator(f"#jss-{scenario}-{index}-{name}")


@pytest.mark.parametrize("case", sorted(CASES))
def test_link_opens_and_scores_like_cpython(open_page: Callable[..., Page], case: str) -> None:
    a, b = CASES[case]
    page = open_page("#" + fragment(a, b))
    expect(page.locator("#jss-score")).to_have_attribute("data-score", score_text(a))
    if b is not None:
        expect(page.locator("#jss-score-b")).to_have_attribute("data-score", score_text(b))
    # The form shows the linked history, and the link is gone from the address bar.
    assert page.locator("#jss-editor-a .jss-contract").count() == len(a.contracts)
    assert "a=" not in page.url


def test_example_is_prerendered_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "calculator/")
        example = calculator.preset("ten-contracts-one-bad")
        expect(page.locator("#jss-score")).to_have_attribute(
            "data-score", score_text(example.history_a()))
        expect(page.locator("#jss-calculator")).to_have_attribute("data-state", "loading")
        expect(page.locator("#jss-example-result")).to_contain_text("estimate")
    finally:
        context.close()


def test_preset_button_loads_and_undo_brings_back(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    field(page, "a", 0, "client").fill("My own client")
    preset = calculator.preset("refund-in-full")
    page.locator("#jss-presets-box summary").click()
    page.get_by_role("button", name=preset.title).click()
    expect(page.locator("#jss-score")).to_have_attribute("data-score",
                                                         score_text(preset.history_a()))
    expect(page.locator("#jss-score-b")).to_have_attribute("data-score",
                                                           score_text(preset.history_b()))
    page.get_by_role("button", name="Undo").click()
    expect(field(page, "a", 0, "client")).to_have_value("My own client")
    assert page.locator("#jss-editor-b").is_hidden()


def test_share_link_round_trips(open_page: Callable[..., Page]) -> None:
    first = open_page()
    load_example(first)
    field(first, "a", 0, "earnings").fill("$1,450.50")
    field(first, "a", 1, "public_rating").fill("2")
    first.locator("#jss-toggle-b").click()
    field(first, "b", 1, "public_rating").fill("")  # B: the client left no public feedback
    state = saved_state(first)
    expected_a = calculator.from_form(state["a"])
    expected_b = calculator.from_form(state["b"])
    link = first.locator("#jss-link")
    expect(link).to_have_value(re.compile(re.escape("#" + fragment(expected_a, expected_b)) + "$"))
    expect(first.locator("#jss-score-b")).to_have_attribute("data-score", score_text(expected_b))

    second = open_page("#" + link.input_value().split("#", 1)[1])
    expect(second.locator("#jss-score")).to_have_attribute("data-score", score_text(expected_a))
    expect(second.locator("#jss-score-b")).to_have_attribute("data-score",
                                                             score_text(expected_b))
    expect(field(second, "a", 0, "earnings")).to_have_value("1450.5")
    expect(field(second, "b", 1, "public_rating")).to_have_value("")


def test_reload_keeps_the_state(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    page.locator("#jss-editor-a").get_by_role("button", name="Add a contract").click()
    last = page.locator("#jss-editor-a .jss-contract").count() - 1
    field(page, "a", last, "client").fill("Zed & <Sons>")
    more = page.locator(f"#jss-a-{last} button[data-action=toggle]")
    more.click()
    expect(more).to_have_attribute("aria-expanded", "true")
    field(page, "a", last, "private_rating").select_option("2")
    expected = calculator.from_form(saved_state(page)["a"])
    expect(page.locator("#jss-score")).to_have_attribute("data-score", score_text(expected))
    page.reload()
    wait_ready(page)
    expect(field(page, "a", last, "client")).to_have_value("Zed & <Sons>")
    expect(field(page, "a", last, "private_rating")).to_have_value("2")
    expect(page.locator("#jss-score")).to_have_attribute("data-score", score_text(expected))


def test_invalid_field_is_marked_and_keeps_its_value(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    before = page.locator("#jss-score").get_attribute("data-score")
    earnings = field(page, "a", 2, "earnings")
    earnings.fill("twelve hundred")
    error = page.locator("#jss-a-2-earnings-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("USD")
    expect(earnings).to_have_attribute("aria-invalid", "true")
    assert "jss-a-2-earnings-error" in (earnings.get_attribute("aria-describedby") or "")
    expect(earnings).to_have_value("twelve hundred")
    # The last good result stays, marked out of date.
    expect(page.locator("#jss-result")).to_have_attribute("data-stale", "true")
    expect(page.locator("#jss-stale")).to_be_visible()
    assert page.locator("#jss-score").get_attribute("data-score") == before
    earnings.fill("1200")
    expect(error).to_be_hidden()
    expect(earnings).not_to_have_attribute("aria-invalid", "true")
    expect(page.locator("#jss-result")).to_have_attribute("data-stale", "false")


def test_bad_link_says_why_and_keeps_the_saved_state(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    field(page, "a", 0, "client").fill("Kept client")
    page.wait_for_function(
        "k => JSON.parse(localStorage.getItem(k)).a.contracts[0].client === 'Kept client'",
        arg=STORAGE_KEY)
    page.goto(site_url + "calculator/#a=1.not-a-share-string")
    wait_ready(page)
    expect(page.locator("#jss-notice")).to_contain_text("could not be opened")
    expect(field(page, "a", 0, "client")).to_have_value("Kept client")


def test_bad_import_changes_nothing(page: Page, site_url: str, tmp_path: Path) -> None:
    open_with_a_saved_edit(page, site_url)
    before = saved_state(page)
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": 1, "as_of": "2025-01-01", "contracts": [{"client": "X"}]}')
    page.locator("#jss-import").set_input_files(str(bad))
    expect(page.locator("#jss-notice")).to_contain_text("Nothing was imported")
    assert saved_state(page) == before
    expect(field(page, "a", 0, "client")).to_have_value("Kept client")

    good = tmp_path / "good.json"
    history = HAND_MADE["open-unpaid-and-excluded"]
    good.write_text(calculator.dump_json(history))
    page.locator("#jss-import").set_input_files(str(good))
    expect(page.locator("#jss-score")).to_have_attribute("data-score", score_text(history))
    assert page.locator("#jss-editor-a .jss-contract").count() == len(history.contracts)


def test_export_downloads_the_json_format(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    with page.expect_download() as download:
        page.locator("#jss-export-a").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    example = calculator.preset("ten-contracts-one-bad").history_a()
    assert calculator.load_json(text) == example


def test_timeline_and_reason_links(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    chart = page.locator(".jss-chart svg").first
    expect(chart).to_be_visible()
    assert chart.locator("polyline").count() >= 1
    assert page.locator(".jss-timeline details table tbody tr").count() >= 12
    hrefs = page.locator(".jss-reasons a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(href.startswith(site_url) for href in hrefs)
    assert any(href.endswith("/feedback/#how-feedback-counts") for href in hrefs)


def test_usable_at_phone_width(page: Page, site_url: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url + "calculator/")
    wait_ready(page)
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= 360
    expect(page.locator("#jss-announce")).to_have_attribute("aria-live", "polite")
    expect(page.locator("#jss-announce")).not_to_be_empty()
