"""Hostile and broken input never hurts the reader: no markup from data, a CSP, size limits."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Dialog, Page, expect

import calculator
from calculator import web
from tests.browser.harness import CSP_LISTENER, PageLog, csp_violations
from tests.browser.test_site import NAV, READY_TIMEOUT_MS, _url_path

# Each sets window.__pwned (or opens a dialog) if the page ever treats text as HTML or as a URL.
PAYLOADS = (
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '"><svg onload=window.__pwned=3>',
    "javascript:window.__pwned=4",
    "<a href=\"javascript:alert('pwned')\">click</a>",
    "'><iframe srcdoc=\"<script>parent.__pwned=5</script>\">",
)
ID_PAYLOADS = ('"><img src=x onerror=window.__pwned=6>', "<script>alert(7)</script>")
# A guard against a hang, not a performance threshold: the 5,000-contract import takes about
# 2 s here once Python is up.
LARGE_TIMEOUT_MS = 300_000


def wait_ready(page: Page) -> None:
    page.locator("#jss-calculator[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)


def contract(i: int, client: str, cid: str | None = None, day: date = date(2024, 3, 1),
             public: float = 5.0) -> dict[str, Any]:
    end = (day + timedelta(days=10)).isoformat()
    return {"id": cid or str(i), "client": client, "kind": "fixed", "start": day.isoformat(),
            "end": end, "earnings": 150 + i, "last_payment": end, "public_rating": public}


def history(contracts: list[dict[str, Any]], as_of: str = "2025-01-01") -> calculator.History:
    return calculator.from_dict({"schema": 1, "as_of": as_of, "contracts": contracts})


# ------------------------------------------------------------------ nothing runs from data


def test_script_in_a_link_shows_as_text_and_never_runs(page: Page, site_url: str) -> None:
    dialogs: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.add_init_script(CSP_LISTENER)
    names = [*PAYLOADS, *PAYLOADS]  # the same name twice: one client, two contracts
    contracts = [contract(i, name, day=date(2024, 1 + i % 12, 1), public=2.0 if i == 3 else 5.0)
                 for i, name in enumerate(names, start=1)]
    contracts += [contract(20 + i, f"Id client {i}", cid=cid) for i, cid in enumerate(ID_PAYLOADS)]
    a = history(contracts)
    b = history(list(reversed(contracts)))
    page.goto(site_url + "calculator/#" + web.fragment(a, b))
    wait_ready(page)
    expect(page.locator("#jss-score")).to_have_attribute(
        "data-score", str(calculator.estimate(a).score))
    page.wait_for_timeout(500)  # time for an injected onerror/onload to have fired

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert csp_violations(page) == []
    # Shown as the text it is: in the form and in the result, and no element came from it.
    for i, name in enumerate(names):
        expect(page.locator(f"#jss-a-{i}-client")).to_have_value(name)
    result = page.locator("#jss-result").text_content() or ""
    for name in PAYLOADS:
        assert name in result
    for cid in ID_PAYLOADS:
        assert f"#{cid}" in result
    forms = page.locator("#jss-calculator")
    assert forms.locator("img, script:not([type]), svg[onload], iframe").count() == 0
    hrefs = forms.locator("a[href]").evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(href.startswith(site_url) for href in hrefs), hrefs


def test_script_in_an_imported_file_shows_as_text(page: Page, site_url: str,
                                                   tmp_path: Path) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    a = history([contract(i, name) for i, name in enumerate(PAYLOADS, start=1)])
    file = tmp_path / '<img src=x onerror="window.__pwned=9">.json'
    file.write_text(calculator.dump_json(a), encoding="utf-8")
    page.locator("#jss-import").set_input_files(str(file))
    expect(page.locator("#jss-notice")).to_contain_text(f"Imported {file.name}")
    expect(page.locator("#jss-a-0-client")).to_have_value(PAYLOADS[0])
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("#jss-calculator img").count() == 0


# ------------------------------------------------------------------ the Content Security Policy


@pytest.mark.parametrize(("title", "source"), NAV, ids=[source for _, source in NAV])
def test_no_page_breaks_its_content_security_policy(
    page: Page, page_log: PageLog, site_url: str, title: str, source: str
) -> None:
    console: list[str] = []
    page.on("console", lambda m: console.append(m.text))
    page.add_init_script(CSP_LISTENER)
    page.goto(site_url + _url_path(source), wait_until="networkidle")
    policy = page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert policy and "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";")[0]
    if source == "calculator.md":
        wait_ready(page)
    if source == "arbitration.md":
        page.locator("#jss-arb-escrow").focus()
        page.locator("#jss-arbitration[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
    # The theme's scripts ran (palette, search), though inline scripts are allowed by hash only.
    query = page.locator("input[data-md-component=search-query]")
    query.click()
    query.press_sequentially("score")
    expect(page.locator(".md-search-result__item").first).to_be_attached(timeout=20_000)
    assert csp_violations(page) == []
    assert [m for m in console if "Content Security Policy" in m] == []


@pytest.mark.console_errors
def test_python_pages_allow_webassembly_and_a_blob_worker_but_never_eval(
    page: Page, site_url: str
) -> None:
    """PyScript's worker starts from a blob: URL under the page's policy; that is all the two
    Python pages add (tools/mkdocs_hooks.py). JavaScript eval stays blocked there too, after
    Python is up, and every other page allows no WebAssembly either."""
    for path, root in (("calculator/", "#jss-calculator"), ("arbitration/", "#jss-arbitration")):
        page.goto(site_url + path)
        if path == "arbitration/":
            page.locator("#jss-arb-escrow").focus()
        page.locator(f"{root}[data-state=ready]").wait_for(timeout=READY_TIMEOUT_MS)
        policy = page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
        directives = dict(d.strip().split(" ", 1) for d in (policy or "").split(";"))
        assert directives["worker-src"] == "'self' blob:", path
        assert "'wasm-unsafe-eval'" in directives["script-src"], path
        assert "'unsafe-eval'" not in directives["script-src"], path
        # A string timer is eval; it runs outside the test's own evaluate (which DevTools exempts).
        page.evaluate("""() => new Promise((done) => {
            setTimeout("window.__evalRan = true", 0); setTimeout(done, 300); })""")
        assert page.evaluate("typeof window.__evalRan") == "undefined", path
    page.goto(site_url)
    policy = page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert policy and "eval" not in policy and "blob:" not in policy


@pytest.mark.console_errors
def test_the_policy_blocks_an_injected_inline_script(page: Page, site_url: str) -> None:
    """The control: markup that slipped in could not run, and the listener sees the attempt."""
    page.add_init_script(CSP_LISTENER)
    page.goto(site_url + "calculator/")
    wait_ready(page)
    page.evaluate("""() => document.body.insertAdjacentHTML("beforeend",
        '<img src="data:," onload="window.__pwned=1"><script>window.__pwned=2</script>')""")
    page.evaluate("() => new Promise((r) => setTimeout(r, 300))")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert any("script-src" in v for v in csp_violations(page)), csp_violations(page)


# ------------------------------------------------------------------ limits, with a message


def _large_history(n: int) -> calculator.History:
    rng = random.Random(5000)
    contracts = []
    for i in range(n):
        day = date(2023, 1, 1) + timedelta(days=i % 700)
        contracts.append(contract(i + 1, f"Client {rng.getrandbits(40):x}", day=day,
                                  public=2.0 if i % 9 == 0 else 5.0))
    return history(contracts)


def test_a_5000_contract_import_finishes_with_a_score(page: Page, site_url: str,
                                                      tmp_path: Path) -> None:
    large = _large_history(calculator.MAX_CONTRACTS)
    file = tmp_path / "large.json"
    file.write_text(calculator.dump_json(large), encoding="utf-8")
    page.goto(site_url + "calculator/")
    wait_ready(page)
    page.locator("#jss-import").set_input_files(str(file))
    more_rows = page.locator(".jss-more-rows").first
    more_rows.wait_for(timeout=LARGE_TIMEOUT_MS)
    expect(more_rows).to_contain_text("of 5,000 contracts")
    expect(page.locator("#jss-score")).to_have_attribute(
        "data-score", str(calculator.estimate(large).score))
    # The form stays light: the first cards, and a button for more.
    cards = page.locator("#jss-editor-a .jss-contract")
    expect(cards).to_have_count(50)
    page.get_by_role("button", name="Show 100 more").click()
    expect(cards).to_have_count(150)
    expect(page.locator("#jss-a-50-client")).to_be_focused()
    # Too large for a link: said where the link would be; the file export still works.
    expect(page.locator("#jss-link-note")).to_contain_text("too large for a link")
    expect(page.locator("#jss-link")).to_have_value("")
    # Still editable: a change to a contract far down the list is computed.
    page.locator("#jss-editor-a").get_by_role("button", name="Add a contract").click()
    expect(page.locator("#jss-a-5000-client")).to_be_focused()
    page.locator("#jss-a-5000-earnings").fill("oops")
    expect(page.locator("#jss-a-5000-earnings-error")).to_be_visible(timeout=LARGE_TIMEOUT_MS)
    # Fixed, the 5,001st contract is refused as a whole, with the limit named.
    page.locator("#jss-a-5000-earnings").fill("100")
    expect(page.locator("#jss-a-error")).to_contain_text("at most 5,000 contracts",
                                                          timeout=LARGE_TIMEOUT_MS)


def test_a_file_over_the_size_limit_is_refused_before_reading(page: Page, site_url: str,
                                                               tmp_path: Path) -> None:
    page.goto(site_url + "calculator/")
    wait_ready(page)
    page.locator("#jss-editor-a").get_by_role("button", name="Add a contract").click()
    before = page.locator("#jss-a-0-client").input_value()
    file = tmp_path / "huge.json"
    text = calculator.dump_json(_large_history(3))
    file.write_text(text + " " * (4_000_001 - len(text)), encoding="utf-8")
    page.locator("#jss-import").set_input_files(str(file))
    notice = page.locator("#jss-notice")
    expect(notice).to_contain_text("Nothing was imported")
    expect(notice).to_contain_text("at most 4,000,000 bytes")
    expect(page.locator("#jss-a-0-client")).to_have_value(before)


def test_a_link_over_the_size_limit_is_refused_with_a_message(page: Page, site_url: str) -> None:
    page.goto(site_url + "calculator/#a=1." + "A" * 200_100)
    wait_ready(page)
    expect(page.locator("#jss-notice")).to_contain_text("could not be opened")
    expect(page.locator("#jss-notice")).to_contain_text("too long")
    # The page goes on with the reader's own (here empty) history: no score, no other numbers.
    expect(page.locator("#jss-score")).to_have_attribute("data-score", "")
    expect(page.locator("#jss-editor-a")).to_be_visible()


def test_the_limits_are_the_packages(site_dir: Path) -> None:
    html = (site_dir / "calculator" / "index.html").read_text(encoding="utf-8")
    start = html.index('id="jss-calculator-data">') + len('id="jss-calculator-data">')
    data = json.loads(html[start:html.index("</script>", start)])
    assert data["limits"] == {"file_bytes": 4_000_000, "contracts": calculator.MAX_CONTRACTS,
                              "link_chars": 100_000}
