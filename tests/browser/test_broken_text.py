"""Half of a UTF-16 pair in a client name (text cut inside an emoji): a link carrying one is
refused with a clear message and leaves the saved history as it was; a saved history holding
one (written by an older page) opens with the name marked, and nothing breaks on reload."""

from __future__ import annotations

import base64
import json
import zlib

from playwright.sync_api import Page, expect

from tests.browser.harness import wait_saved_with_result
from tests.browser.test_saved_state import (
    STORAGE_KEY,
    _save_my_history,
    seed,
    storage,
    wait_ready,
)

ROW = ["1", "\ud800", "fixed", "2025-01-01", "2025-02-01", 100, "2025-02-01", 5, "unknown",
       False]
RAW = json.dumps({"schema": 1, "as_of": "2025-06-01", "contracts": [ROW]}).encode()
#: A short link (about 160 characters in all) whose client name is half a pair.
FRAGMENT = "a=1." + base64.urlsafe_b64encode(zlib.compress(RAW, 9)).rstrip(b"=").decode()


def test_a_link_with_half_a_pair_in_a_name_is_refused_and_the_save_is_untouched(
    page: Page, site_url: str
) -> None:
    _save_my_history(page, site_url)
    before = storage(page)[STORAGE_KEY]
    page.goto(site_url)
    page.goto(site_url + "calculator/#" + FRAGMENT)
    wait_ready(page)
    notice = page.locator("#jss-notice")
    expect(notice).to_contain_text("This link could not be opened")
    expect(notice).to_contain_text("broken character")
    expect(page.locator("#jss-a-0-client")).to_have_value("My own client")
    wait_saved_with_result(page, "My own client")
    assert storage(page)[STORAGE_KEY] == before
    assert "\\ud800" not in storage(page)[STORAGE_KEY]
    # A reload brings back the reader's own history, computed, and nothing of the link.
    page.reload()
    wait_ready(page)
    expect(page.locator("#jss-a-0-client")).to_have_value("My own client")
    expect(page.locator("#jss-score")).not_to_have_attribute("data-score", "")
    expect(page.locator("[aria-invalid=true]")).to_have_count(0)


def test_a_saved_history_with_half_a_pair_opens_with_the_name_marked(page: Page,
                                                                      site_url: str) -> None:
    contract = {"id": "1", "client": "Acme \ud83d", "kind": "fixed", "start": "2025-01-01",
                "end": "2025-02-01", "earnings": "100", "last_payment": "2025-02-01",
                "public_rating": "5", "private_rating": "unknown", "client_excluded": False}
    saved = {"version": 1, "a": {"as_of": "2025-06-01", "rules": "", "contracts": [contract]},
             "b": None}
    seed(page, STORAGE_KEY, json.dumps(saved))  # ensure_ascii: stored as the escape \ud83d
    page.goto(site_url + "calculator/")
    wait_ready(page)
    client = page.locator("#jss-a-0-client")
    expect(client).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#jss-a-0-client-error")).to_contain_text("broken character")
    expect(page.locator("#jss-a-0-earnings")).to_have_value("100")
    # The reader mends the name: the result follows, and a reload brings the mended history.
    client.fill("Acme")
    wait_saved_with_result(page, "Acme")
    page.reload()
    wait_ready(page)
    expect(page.locator("#jss-a-0-client")).to_have_value("Acme")
    expect(page.locator("[aria-invalid=true]")).to_have_count(0)
    expect(page.locator("#jss-score")).to_have_text("no score yet")  # one contract: none yet
