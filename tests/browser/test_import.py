"""The Import panel as a reader uses it: Upwork's exports read, reviewed, confirmed, undone."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

import calculator
from calculator.importing import ImportFile, read_import
from tests.browser.test_calculator import (
    STORAGE_KEY,
    field,
    load_example,
    open_with_a_saved_edit,
    saved_state,
    score_text,
    wait_ready,
)
from tests.calculator.exports import earnings_csv, made_contracts, profile_json

MADE = made_contracts(60)


def saved_history(page: Page) -> object:
    """The history the page saved (its result view is saved again after each computation)."""
    state = saved_state(page)
    return {key: state[key] for key in ("a", "b")}


def open_panel(page: Page) -> None:
    panel = page.locator("#jss-import-panel")
    if panel.get_attribute("open") is None:
        panel.locator("summary").click()


def test_import_review_confirm_then_undo(page: Page, site_url: str, tmp_path: Path) -> None:
    open_with_a_saved_edit(page, site_url)
    before = saved_history(page)
    example_score = page.locator("#jss-score").get_attribute("data-score")
    report = tmp_path / "earnings-report.csv"
    report.write_text(earnings_csv(MADE), encoding="utf-8")
    profile = tmp_path / "work-history.json"
    profile.write_text(profile_json(MADE), encoding="utf-8")
    open_panel(page)
    panel = page.locator("#jss-import-panel")
    expect(panel).to_contain_text("Everything stays in this browser")
    expect(panel.get_by_role("link", name="How to get your history out of Upwork")
           ).to_have_attribute("href", "../import/#get-your-history-out-of-upwork")

    # A truncated JSON: named, and nothing changes.
    cut = tmp_path / "cut.json"
    cut.write_text(profile_json(MADE)[:500], encoding="utf-8")
    page.locator("#jss-import-files").set_input_files(str(cut))
    expect(panel.locator(".jss-import-errors")).to_contain_text("cut.json, line")
    expect(panel.locator(".jss-import-errors")).to_contain_text("cut short")
    assert saved_history(page) == before

    # The pair: reviewed first, nothing changes until the reader confirms.
    page.locator("#jss-import-files").set_input_files([str(report), str(profile)])
    rows = panel.locator(".jss-import-table tbody tr")
    expect(rows).to_have_count(60)
    expect(panel.locator("[data-import=status]")).to_contain_text("Nothing has changed yet")
    assert panel.locator("td.jss-missing").count() == 0
    assert saved_history(page) == before
    expect(field(page, "a", 0, "client")).to_have_value("Kept client")

    panel.get_by_role("button", name="Replace my history with these").click()
    # The editor draws the first rows and a "show more" for the rest; the page keeps all 60.
    page.wait_for_function("k => (JSON.parse(localStorage.getItem(k) || '{}').a || {})"
                           ".contracts?.length === 60", arg=STORAGE_KEY)
    as_of = page.locator("#jss-a-as_of").input_value()
    imported = read_import([ImportFile("earnings-report.csv", earnings_csv(MADE)),
                            ImportFile("work-history.json", profile_json(MADE))],
                           as_of=calculator.from_form({"as_of": as_of, "contracts": []}).as_of)
    expected = calculator.from_dict(imported.history())
    expect(page.locator("#jss-score")).to_have_attribute("data-score", score_text(expected))

    page.get_by_role("button", name="Undo").click()
    expect(field(page, "a", 0, "client")).to_have_value("Kept client")
    expect(page.locator("#jss-score")).to_have_attribute("data-score", example_score or "")


def test_report_alone_marks_the_stars_missing_and_add_keeps_mine(
        page: Page, site_url: str, tmp_path: Path) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    load_example(page)
    mine = page.locator("#jss-editor-a .jss-contract").count()
    report = tmp_path / "2025.csv"
    report.write_text(earnings_csv(MADE[:8]).replace('"Amount"', '"Paid"', 1), encoding="utf-8")
    open_panel(page)
    panel = page.locator("#jss-import-panel")
    page.locator("#jss-import-files").set_input_files(str(report))
    # An unknown header: the reader says which column holds the amount.
    panel.locator("select[data-role=amount]").select_option("Paid")
    panel.get_by_role("button", name="Read again with these columns").click()
    expect(panel.locator(".jss-import-table tbody tr")).to_have_count(8)
    expect(panel.locator("td.jss-missing[title*=stars]")).to_have_count(8)
    panel.get_by_role("button", name="Add these to my history").click()
    page.wait_for_function("([k, n]) => (JSON.parse(localStorage.getItem(k) || '{}').a || {})"
                           ".contracts?.length === n", arg=[STORAGE_KEY, mine + 8])
