"""The arbitration helper on the arbitration page computes what calculator.arbitration computes."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, Page, expect

import calculator
from calculator.arbitration import FEE_2025_USD, FEE_AAA_USD
from tests.browser.harness import PageLog

# A guard against a hang, not a performance threshold: a cold Pyodide start takes about 3 s here.
READY_TIMEOUT_MS = 120_000


def wait_ready(page: Page) -> None:
    """Touch the helper (Python starts on the first touch), then wait for it to compute."""
    page.locator("#jss-arbitration[data-state=idle]").wait_for()
    page.locator("#jss-arb-escrow").focus()
    page.locator("#jss-arbitration[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)


def expect_options(page: Page, advice: calculator.ArbitrationAdvice) -> None:
    rows = page.locator("#jss-arbitration-options tbody tr")
    expect(rows).to_have_count(len(advice.options))
    for option in advice.options:
        cells = page.locator(f"#jss-arbitration-options tr[data-option={option.id}] td[data-usd]")
        expected = [option.expected_usd, option.best_usd, option.worst_usd]
        expect(cells).to_have_count(3)
        for cell, usd in zip(cells.all(), expected, strict=True):
            expect(cell).to_have_attribute("data-usd", f"{usd:.2f}")


def test_page_loads_no_python_until_the_helper_is_touched(
    page: Page, page_log: PageLog, site_url: str
) -> None:
    page.goto(site_url + "arbitration/", wait_until="networkidle")
    assert page_log.fetched("/runtime/") == []
    wait_ready(page)
    assert page_log.fetched("/runtime/pyodide/pyodide.asm.wasm")


def test_prerendered_thread_case_without_javascript(browser: Browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(site_url + "arbitration/")
        # Seed 002's $350 in escrow at today's fee, even chances.
        advice = calculator.arbitration(350, FEE_2025_USD, None, 0.5, 0.5)
        for option in advice.options:
            cell = page.locator(f"tr[data-option={option.id}] td[data-usd]").first
            expect(cell).to_have_attribute("data-usd", f"{option.expected_usd:.2f}")
    finally:
        context.close()


@pytest.mark.parametrize(
    ("values", "args"),
    [
        ({}, (350, FEE_2025_USD, None, 0.5, 0.5)),  # the fee field starts at today's fee
        ({"fee": "291", "offer": "$100", "p_other_pays": "20", "p_win": "60"},
         (350, 291, 100, 0.2, 0.6)),
        ({"escrow": "1,200", "fee": "337.50", "offer": "900", "p_other_pays": "90",
          "p_win": "75"}, (1200, 337.5, 900, 0.9, 0.75)),
        ({"escrow": "200", "fee": "337.5", "p_other_pays": "0"}, (200, 337.5, None, 0.0, 0.5)),
    ],
    ids=["defaults", "seed-000-offer", "large-escrow", "client-never-pays"],
)
def test_computes_like_the_package(
    page: Page, site_url: str, values: dict[str, str], args: tuple[float, ...]
) -> None:
    page.goto(site_url + "arbitration/")
    wait_ready(page)
    for name, value in values.items():
        page.locator(f"#jss-arb-{name}").fill(value)
    expect_options(page, calculator.arbitration(*args))


def test_bad_value_is_marked_and_kept(page: Page, site_url: str) -> None:
    page.goto(site_url + "arbitration/")
    wait_ready(page)
    chance = page.locator("#jss-arb-p_win")
    chance.fill("150")
    error = page.locator("#jss-arb-p_win-error")
    expect(error).to_be_visible()
    expect(error).to_contain_text("0 to 100")
    expect(chance).to_have_attribute("aria-invalid", "true")
    expect(chance).to_have_value("150")
    expect(page.locator("#jss-arb-result")).to_have_attribute("data-stale", "true")
    chance.fill("50")
    expect(error).to_be_hidden()
    expect(page.locator("#jss-arb-result")).to_have_attribute("data-stale", "false")


def test_an_era_button_puts_its_fee_in_the_field(page: Page, site_url: str) -> None:
    # Today's fee is the default; the thread's era is one press away, and back.
    page.goto(site_url + "arbitration/")
    wait_ready(page)
    fee = page.locator("#jss-arb-fee")
    expect(fee).to_have_value(f"{FEE_2025_USD:g}")
    page.locator("button[data-era=aaa-era]").click()
    expect(fee).to_have_value(f"{FEE_AAA_USD:g}")
    expect_options(page, calculator.arbitration(350, FEE_AAA_USD, None, 0.5, 0.5))
    page.locator("button[data-era='2025']").click()
    expect(fee).to_have_value(f"{FEE_2025_USD:g}")
    expect_options(page, calculator.arbitration(350, FEE_2025_USD, None, 0.5, 0.5))
