"""Nothing the reader entered is lost: unreadable saves kept aside, links ask, imports undo."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

import calculator
from calculator import web
from tests.browser.harness import wait_saved_with_result
from tests.browser.test_site import READY_TIMEOUT_MS

STORAGE_KEY = "jss-calculator:v1"
EARLIER_KEY = "jss-calculator:v1:earlier"
ASIDE_PREFIX = "jss-calculator:unreadable:"
EXAMPLE = calculator.preset("ten-contracts-one-bad").history_a()
VALID = json.dumps({"a": {"as_of": "2025-01-01", "rules": "", "contracts": []}, "b": None})


def wait_ready(page: Page) -> None:
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)


def storage(page: Page) -> dict[str, str]:
    return dict(page.evaluate("() => Object.fromEntries(Object.entries(localStorage))"))


def seed(page: Page, key: str, value: str) -> None:
    """Puts `value` under `key` before the page's first load only (not on reloads)."""
    # add_init_script takes no argument: the pair goes in as JSON.
    page.add_init_script(
        f"(() => {{ const [k, v] = {json.dumps([key, value])};"
        " if (!sessionStorage.getItem('seeded')) {"
        " localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } })();")


@pytest.mark.parametrize(
    ("key", "value", "why"),
    [
        (STORAGE_KEY, '{"a": {"as_of": "2025-01-01", "contr', "not valid JSON"),
        (STORAGE_KEY, '{"a": {"as_of": 2025, "contracts": "none"}}', "shape"),
        (STORAGE_KEY, '["a", "b"]', "not a saved history"),
        (STORAGE_KEY, json.dumps({"version": 2, **json.loads(VALID)}), "version 2"),
        ("jss-calculator:v0", '{"rows": []}', "version 0"),
        ("jss-calculator:v7", VALID, "version 7"),
    ],
    ids=["corrupt-json", "wrong-shape", "not-an-object", "newer-version-inside",
         "older-version-key", "newer-version-key"],
)
def test_an_unreadable_save_is_kept_aside_reported_and_downloadable(
    page: Page, site_url: str, key: str, value: str, why: str
) -> None:
    seed(page, key, value)
    page.goto(site_url + "calculator/")
    wait_ready(page)
    # The page works, from an empty history (no score yet).
    expect(page.locator("#jss-score")).to_have_attribute("data-score", "")
    recovery = page.locator("#jss-recovery")
    expect(recovery).to_be_visible()
    expect(recovery).to_contain_text("could not be read")
    expect(recovery).to_contain_text(why)
    # Kept aside, byte for byte, and gone from the key the page reads and writes.
    saved = storage(page)
    aside = [k for k in saved if k.startswith(ASIDE_PREFIX)]
    assert len(aside) == 1
    kept: dict[str, Any] = json.loads(saved[aside[0]])
    assert kept["raw"] == value and kept["key"] == key
    assert key not in saved
    # Downloadable as it was.
    with page.expect_download() as download:
        recovery.get_by_role("button", name="Download it").click()
    assert Path(download.value.path()).read_text(encoding="utf-8") == value
    # Editing works and saves; the kept copy stays, and is still offered after a reload.
    page.locator("#jss-editor-a").get_by_role("button", name="Add a contract").click()
    page.locator("#jss-a-0-client").fill("After recovery")
    page.wait_for_function("k => (localStorage.getItem(k) || '').includes('After recovery')",
                           arg=STORAGE_KEY)
    page.reload()
    wait_ready(page)
    expect(page.locator("#jss-a-0-client")).to_have_value("After recovery")
    expect(recovery).to_contain_text(why)
    recovery.get_by_role("button", name="Delete it").click()
    expect(recovery).to_be_hidden()
    assert not [k for k in storage(page) if k.startswith(ASIDE_PREFIX)]


def test_a_readable_save_from_before_versioned_bodies_still_opens(page: Page,
                                                                  site_url: str) -> None:
    """Saved by the first release (no "version" inside; the key carries it): read as is."""
    seed(page, STORAGE_KEY, VALID)
    page.goto(site_url + "calculator/")
    wait_ready(page)
    expect(page.locator("#jss-recovery")).to_be_hidden()
    expect(page.locator("#jss-a-as_of")).to_have_value("2025-01-01")
    expect(page.locator("#jss-editor-a .jss-contract")).to_have_count(0)


# ------------------------------------------------------------------ a link over a saved history

LINKED = calculator.preset("refund-in-full")


def load_example(page: Page) -> None:
    page.locator("#jss-presets-box summary").click()
    page.get_by_role("button", name=calculator.preset("ten-contracts-one-bad").title).click()
    page.locator("#jss-a-0-client").wait_for()


def _save_my_history(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    page.locator("#jss-a-0-client").fill("My own client")
    wait_saved_with_result(page, "My own client")


def _open_link(page: Page, site_url: str, *, fresh_load: bool) -> None:
    """Opens the link as a new page load (from another page), or as a hash change in this one."""
    if fresh_load:
        page.goto(site_url)
    page.goto(site_url + "calculator/#" + web.fragment(LINKED.history_a(), LINKED.history_b()))
    wait_ready(page)


def test_a_link_asks_before_replacing_a_different_saved_history_keep_mine(
    page: Page, site_url: str
) -> None:
    _save_my_history(page, site_url)
    before = storage(page)[STORAGE_KEY]
    _open_link(page, site_url, fresh_load=True)
    notice = page.locator("#jss-notice")
    expect(notice).to_contain_text("This link holds a different history")
    group = notice.get_by_role("group")
    expect(group.get_by_role("button", name="Open it", exact=True)).to_be_focused()
    # Until the reader answers, nothing is replaced.
    expect(page.locator("#jss-a-0-client")).to_have_value("My own client")
    group.get_by_role("button", name="Keep mine").click()
    expect(notice).to_contain_text("Kept your history")
    expect(page.locator("#jss-a-0-client")).to_have_value("My own client")
    # The page recomputes the history it shows (and saves it again with its result): once it
    # has, what is stored is exactly what was stored before the link.
    wait_saved_with_result(page, "My own client")
    assert storage(page)[STORAGE_KEY] == before
    assert "a=" not in page.url


def test_a_link_asks_before_replacing_a_different_saved_history_open_it(
    page: Page, site_url: str
) -> None:
    _save_my_history(page, site_url)
    _open_link(page, site_url, fresh_load=False)
    page.get_by_role("button", name="Open it", exact=True).click()
    expect(page.locator("#jss-score")).to_have_attribute(
        "data-score", str(calculator.estimate(LINKED.history_a()).score))
    linked_b = LINKED.history_b()
    assert linked_b is not None
    expect(page.locator("#jss-score-b")).to_have_attribute(
        "data-score", str(calculator.estimate(linked_b).score))
    # The replaced history is kept in the earlier histories and one click brings it back.
    assert "My own client" in storage(page)[EARLIER_KEY]
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#jss-a-0-client")).to_have_value("My own client")
    expect(page.locator("#jss-editor-b")).to_be_hidden()


def test_a_link_can_open_beside_the_saved_history_as_scenario_b(page: Page,
                                                                site_url: str) -> None:
    _save_my_history(page, site_url)
    _open_link(page, site_url, fresh_load=True)
    page.get_by_role("button", name="Open it as scenario B").click()
    expect(page.locator("#jss-a-0-client")).to_have_value("My own client")
    expect(page.locator("#jss-score-b")).to_have_attribute(
        "data-score", str(calculator.estimate(LINKED.history_a()).score))


def test_a_link_to_the_saved_history_itself_opens_without_asking(page: Page,
                                                                  site_url: str) -> None:
    _save_my_history(page, site_url)
    saved = calculator.from_form(json.loads(storage(page)[STORAGE_KEY])["a"])
    link = page.locator("#jss-link")  # the link the page made for the saved history
    expect(link).to_have_value(re.compile(re.escape("#" + web.fragment(saved)) + "$"))
    page.goto(link.input_value())
    wait_ready(page)
    expect(page.get_by_role("button", name="Open it", exact=True)).to_have_count(0)
    expect(page.locator("#jss-a-0-client")).to_have_value("My own client")


# ------------------------------------------------------------------ imports


def test_a_good_import_can_be_undone_and_a_bad_one_changes_nothing(
    page: Page, site_url: str, tmp_path: Path
) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    page.locator("#jss-a-0-client").fill("Before import")
    wait_saved_with_result(page, "Before import")
    before = storage(page)[STORAGE_KEY]
    for name, text, reason in (
        ("not-json.json", "{oops", "file"),
        ("wrong.json", '{"schema": 2, "as_of": "2025-01-01", "contracts": []}', "schema"),
        ("bad-date.json", json.dumps({"schema": 1, "as_of": "2025-01-01", "contracts": [
            {"client": "X", "kind": "fixed", "start": "March", "end": None, "earnings": 1,
             "last_payment": None, "public_rating": None}]}), "contracts[0].start"),
    ):
        file = tmp_path / name
        file.write_text(text, encoding="utf-8")
        page.locator("#jss-import").set_input_files(str(file))
        expect(page.locator("#jss-notice")).to_contain_text("Nothing was imported")
        expect(page.locator("#jss-notice")).to_contain_text(reason)
        assert storage(page)[STORAGE_KEY] == before
    good = tmp_path / "good.json"
    imported = LINKED.history_a()
    good.write_text(calculator.dump_json(imported), encoding="utf-8")
    page.locator("#jss-import").set_input_files(str(good))
    expect(page.locator("#jss-score")).to_have_attribute(
        "data-score", str(calculator.estimate(imported).score))
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#jss-a-0-client")).to_have_value("Before import")
    assert json.loads(storage(page)[STORAGE_KEY])["a"] == json.loads(before)["a"]
