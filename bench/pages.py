"""Time the pages in headless Debian chromium: a guide page against the calculator page.

Two profiles in the same run: this machine as it is ("desktop"), and an emulated mid-range phone
("phone": CDP, 4x CPU slowdown, 150 ms latency, 1.6 MB/s down, 750 KB/s up). CDP's CPU throttle
slows only the page's main thread, never a worker, so on the phone profile the calculator is also
loaded with ?jss-python=main (python.js: the same runtime on the main thread; a CSP-bypassing
context, since the page's policy allows no WebAssembly on the main thread). That variant is how
long Python takes to start on a 4x slower CPU; the shipped page's own load shows that its main
thread stays free meanwhile (longest task).

The site (site/, from `make site`) is served on 127.0.0.1 under the same sub-path as in the browser
tests, by their request handler (tests/browser/conftest.py), with what GitHub Pages adds: the
header `Cache-Control: max-age=600`, so a reload is answered from the browser's cache as it would
be there, and gzip for text and wasm, so the phone's link carries the bytes a reader downloads.

Every cold load is a new Chromium profile (a persistent context in a fresh temporary directory:
empty HTTP cache and code cache, as a first visit); "warm" is a reload in that same profile, and
"warm, 2nd reload" the reload after it (Chromium caches compiled code only from the second load on).
bench/instrument.js, injected before the page's own scripts, records what the page does without
changing it. Nothing here asserts on a time: the numbers are reported.
"""

from __future__ import annotations

import gzip
import re
import shutil
import statistics
import tempfile
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote, urlsplit

from playwright.sync_api import Browser, BrowserContext, Page, Playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

import calculator
from calculator import web
from tests.browser.conftest import (
    CHROMIUM,
    CHROMIUM_ARGS,
    SITE_PREFIX,
    GitHubPagesHandler,
    serve_site,
)
from tests.browser.harness import PageLog, is_same_origin, origin_of

from .histories import history

INSTRUMENT = (Path(__file__).with_name("instrument.js")).read_text(encoding="utf-8")
GUIDE_PAGE = "jss/"
CALCULATOR_PAGE = "calculator/"
RUNTIME_PATH = SITE_PREFIX + "runtime/"
# Guards against a hang, not thresholds: a cold Pyodide start takes a few seconds here.
READY_TIMEOUT_MS = 120_000
EDIT_TIMEOUT_MS = 60_000
SETTLE_MS = 500
# What the pages need; a snapshot without them was taken in the middle of a rebuild.
SITE_FILES = (GUIDE_PAGE + "index.html", CALCULATOR_PAGE + "index.html",
              "assets/calculator/calculator.js", "runtime/pyodide/pyodide.asm.wasm")
# Python on the main thread (python.js's bench mode); a site without python.js ignores it.
MAIN_THREAD_QUERY = "?jss-python=main"
# The phone profile (CDP): what a mid-range phone on a fair mobile link looks like.
PHONE = {"cpu_slowdown": 4, "latency_ms": 150, "down_bytes_per_s": 1_600_000,
         "up_bytes_per_s": 750_000}
PROFILES = ("desktop", "phone")
READY_JS = "() => document.getElementById('jss-calculator')?.dataset.state === 'ready'"

COLLECT_JS = """async () => {
  const nav = performance.getEntriesByType("navigation")[0];
  const paint = Object.fromEntries(
    performance.getEntriesByType("paint").map((e) => [e.name, e.startTime]));
  const resources = performance.getEntriesByType("resource").map((e) => ({
    url: e.name, initiator: e.initiatorType, start: e.startTime, end: e.responseEnd,
    transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize,
  }));
  const marks = performance.getEntriesByType("mark").map((e) => ({ name: e.name, t: e.startTime }));
  const measures = performance.getEntriesByType("measure").map(
    (e) => ({ name: e.name, start: e.startTime, duration: e.duration }));
  // What the page's Python worker did and downloaded (python.js), when the page has one.
  let python = null;
  if (resources.some((r) => r.url.endsWith("/assets/calculator/python.js"))) {
    try {
      const module = await import(new URL("../assets/calculator/python.js", location.href));
      python = module.report ? module.report() : null;
    } catch {
      python = null;
    }
  }
  if (python) resources.push(...python.resources);
  return {
    python,
    nav: { url: nav.name, response_end: nav.responseEnd, dcl: nav.domContentLoadedEventEnd,
           load: nav.loadEventEnd, transfer: nav.transferSize, encoded: nav.encodedBodySize,
           type: nav.type },
    paint, resources, marks, measures, bench: window.__jssBench,
  };
}"""

# One edit: change a field the way typing does (value + an `input` event) and time until the
# result's content is replaced (#jss-result's first child is a new element), then until the next
# frame after that (the update painted). form.js waits DEBOUNCE_MS (250) after the last
# keystroke before it computes (not below QUICK_HISTORY contracts); python.js leaves a User
# Timing measure "jss:call <name>" per call into Python, which splits what comes after the wait.
EDIT_JS = """async ({ selector, value, timeout }) => {
  const B = window.__jssBench;
  const result = document.getElementById("jss-result");
  const input = document.querySelector(selector);
  if (!input) throw new Error(`no input ${selector}`);
  const before = result.firstElementChild;
  return await new Promise((resolve, reject) => {
    const guard = setTimeout(() => reject(new Error("the result did not update")), timeout);
    let t0 = 0;
    const observer = new MutationObserver(() => {
      if (result.firstElementChild === before) return;
      const t1 = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => setTimeout(() => {
        clearTimeout(guard);
        const t2 = performance.now();
        const calls = performance.getEntriesByType("measure")
          .filter((e) => e.name.startsWith("jss:call ") && e.startTime >= t0)
          .map((e) => ({ name: e.name.slice(9), start: e.startTime,
                         end: e.startTime + e.duration }));
        const of = (name) => calls.filter((c) => c.name === name)
          .reduce((s, c) => s + (c.end - c.start), 0);
        const first = calls.length ? calls[0].start : t1;
        const last = calls.length ? Math.max(...calls.map((c) => c.end)) : t1;
        const score = document.getElementById("jss-score");
        resolve({
          to_dom: t1 - t0, to_paint: t2 - t0, waiting: first - t0, compute_to_dom: t1 - first,
          evaluate: of("evaluate"), draw: Math.max(0, t1 - last),
          calls: calls.map((c) => c.name), stale: result.dataset.stale,
          score: score ? score.getAttribute("data-score") : null,
        });
      }, 0));
    });
    observer.observe(result, { childList: true });
    t0 = performance.now();
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}"""


def serve(site_dir: Path) -> AbstractContextManager[str]:
    """site/ on 127.0.0.1 as the browser tests serve it, plus GitHub Pages' cache header and
    gzip (so the bytes on the emulated phone's link are the bytes a reader downloads)."""
    return serve_site(site_dir, GitHubPagesHandler)


def median(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 1) if present else None


# ----------------------------------------------------------------------------- one page load


class _Watch:
    """Off-origin requests and page errors of a context (logged, not blocked: no route handler,
    which would pause every request on a round trip to Python and skew the times)."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.log = PageLog()

    def attach(self, context: BrowserContext) -> None:
        def on_request(request: Any) -> None:
            self.log.requests.append(request.url)
            if not is_same_origin(request.url, self.origin):
                self.log.off_origin.append(request.url)

        context.on("request", on_request)

    def attach_page(self, page: Page) -> None:
        def on_error(error: Any) -> None:
            self.log.errors.append(f"page error: {error}")

        def on_console(message: Any) -> None:
            if message.type == "error":
                self.log.errors.append(f"console.error: {message.text}")

        page.on("pageerror", on_error)
        page.on("console", on_console)


def _load(page: Page, url: str | None, calculator_page: bool) -> dict[str, Any]:
    """Navigate (or reload when url is None), wait until done, and collect what was recorded."""
    if url is None:
        page.reload(wait_until="load", timeout=READY_TIMEOUT_MS)
    else:
        page.goto(url, wait_until="load", timeout=READY_TIMEOUT_MS)
    if calculator_page:
        _wait_ready(page)
    page.wait_for_timeout(SETTLE_MS)  # late requests (the search index) and the next frame
    raw: dict[str, Any] = page.evaluate(COLLECT_JS)
    return raw


def _wait_ready(page: Page) -> None:
    """Wait for the calculator's data-state="ready"; on a hang, say how far the page got."""
    try:
        page.wait_for_function(READY_JS, timeout=READY_TIMEOUT_MS)
    except PlaywrightTimeoutError:
        seen = page.evaluate("""() => ({
          state: document.getElementById("jss-calculator")?.dataset.state,
          steps: (window.__jssBench?.events || []).map((e) => e.name),
          failed: performance.getEntriesByType("resource")
            .filter((e) => e.responseStatus >= 400).map((e) => e.name),
        })""")
        raise RuntimeError(f"bench: {page.url} never became ready: {seen}") from None


def _gzip_size(site_dir: Path, url: str, cache: dict[str, int]) -> int | None:
    """Bytes of the served file after gzip -6 (what a compressing host such as GitHub Pages
    would send, about), or None when the URL is not a file of site/."""
    path = unquote(urlsplit(url).path)
    if not path.startswith(SITE_PREFIX):
        return None
    rel = path[len(SITE_PREFIX):]
    target = site_dir / rel
    if target.is_dir() or not rel or rel.endswith("/"):
        target = target / "index.html"
    if not target.is_file():
        return None
    key = str(target)
    if key not in cache:
        cache[key] = len(gzip.compress(target.read_bytes(), compresslevel=6))
    return cache[key]


def _first(events: list[dict[str, Any]], name: str) -> float | None:
    return next((e["t"] for e in events if e["name"] == name), None)


def summarize_load(raw: dict[str, Any], calculator_page: bool, site_dir: Path,
                   gz: dict[str, int]) -> dict[str, Any]:
    """The figures of one load (ms from navigation start; bytes as transferred)."""
    nav, bench = raw["nav"], raw["bench"]
    fcp = raw["paint"].get("first-contentful-paint")
    resources = raw["resources"]
    runtime = [r for r in resources if urlsplit(r["url"]).path.startswith(RUNTIME_PATH)]
    total_bytes = nav["transfer"] + sum(r["transfer"] for r in resources)
    runtime_bytes = sum(r["transfer"] for r in runtime)
    # A body was sent when more than the body's size crossed the wire (a 304 or a cache hit
    # moves headers or nothing); only those count in the gzip estimate.
    entries = [(nav["url"], nav["transfer"], nav["encoded"])] + [
        (r["url"], r["transfer"], r["encoded"]) for r in resources]
    gz_sizes = [_gzip_size(site_dir, u, gz) if t >= e and t > 0 else t for u, t, e in entries]
    long_tasks = bench["long"]
    out: dict[str, Any] = {
        "fcp_ms": fcp,
        "dcl_ms": nav["dcl"],
        "load_ms": nav["load"],
        "bytes": total_bytes,
        "runtime_bytes": runtime_bytes,
        "bytes_gzip_estimate": sum(s for s in gz_sizes if s is not None),
        "requests": 1 + len(resources),
        "runtime_requests": len(runtime),
        "long_tasks": len(long_tasks),
        "longest_task_ms": max((t["duration"] for t in long_tasks), default=0),
        "long_task_total_ms": sum(t["duration"] for t in long_tasks),
        **_longest_scripts(bench.get("frames", [])),
        "marks": raw["marks"],
        "measures": raw["measures"],
    }
    if not calculator_page:
        out["result_visible_ms"] = fcp
        out["interactive_ms"] = nav["dcl"]
        return out

    score = bench["score"]
    ready = next((s["t"] for s in bench["states"] if s["state"] == "ready"), None)
    out["prerendered_score"] = score and score["value"]
    out["score_in_first_viewport"] = bool(score and score["in_viewport"])
    out["score_in_dom_ms"] = score and score["t"]
    # In the DOM by the first contentful paint: painted then. Later: the frame after it arrived.
    if score and score["rendered"] and fcp is not None:
        out["result_visible_ms"] = fcp if score["t"] <= fcp else (score["frame"] or score["t"])
    else:
        out["result_visible_ms"] = None
    out["interactive_ms"] = ready
    out["breakdown"] = _breakdown(raw, resources, ready)
    return out


#: Whose code a script is, by the path of its file (Long Animation Frames' sourceURL).
SCRIPT_OWNERS: Final = (
    ("theme", ("assets/javascripts/",)),
    ("site", ("assets/calculator/", "assets/guide/", "runtime/")),
)


def _longest_scripts(frames: list[dict[str, Any]]) -> dict[str, float]:
    """The longest single script run on the main thread, by whose code it is: the theme's
    (Material's bundle), or the site's own (the page's modules, PyScript, Pyodide's loader).
    A long task's total also holds style, layout and paint, which no script owns."""
    longest = {f"longest_script_{owner}_ms": 0.0 for owner, _ in SCRIPT_OWNERS}
    for frame in frames:
        for script in frame["scripts"]:
            path = urlsplit(script["url"] or "").path
            for owner, prefixes in SCRIPT_OWNERS:
                if any(SITE_PREFIX + prefix in path for prefix in prefixes):
                    key = f"longest_script_{owner}_ms"
                    longest[key] = max(longest[key], script["duration"])
                    break
    return longest


def _breakdown(raw: dict[str, Any], resources: list[dict[str, Any]],
               ready: float | None) -> dict[str, Any]:
    """Where the calculator's start goes: python.js's report (the worker's steps, moved onto the
    page's clock) or, on a site from before it, PyScript's py:progress steps; the Resource Timing
    of the runtime files; the page's marks."""
    bench, python = raw["bench"], raw.get("python")
    events = bench["events"]
    marks = {m["name"]: m["t"] for m in raw["marks"]}

    def res(*suffixes: str) -> dict[str, Any] | None:
        return next((r for r in resources
                     if urlsplit(r["url"]).path.endswith(suffixes)), None)

    def span(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else max(0.0, b - a)

    wasm_file = res("/pyodide/pyodide.asm.wasm")
    stdlib = res("/pyodide/stdlib.zip", "/pyodide/python_stdlib.zip")
    runtime_files = [r for r in resources if RUNTIME_PATH in urlsplit(r["url"]).path]
    wasm_ready = None
    if python:
        steps = python["steps"]
        requested, interpreter, imported = steps["started"], steps["interpreter"], steps["imported"]
        wasm_ready = steps.get("wasm")  # jss-pyodide.mjs's mark; absent on older sites
        api_ready = marks.get("jss:imported")
    else:  # PyScript on the main thread (the site before the worker)
        requested = _first(events, "Loading interpreter")
        interpreter = _first(events, "Loaded interpreter")
        imported = api_ready = _first(events, "jss:ready")
    download_end = max((r["end"] for r in runtime_files), default=None)
    return {
        "thread": python["thread"] if python else "main (PyScript)",
        "until_runtime_requested_ms": requested,
        "download_ms": span(min((r["start"] for r in runtime_files), default=None), download_end),
        "download_wasm_ms": wasm_file and span(wasm_file["start"], wasm_file["end"]),
        "download_stdlib_ms": stdlib and span(stdlib["start"], stdlib["end"]),
        # Streaming compilation: the wasm compiles while it downloads; this is what is left after.
        "compile_after_wasm_download_ms": wasm_file and span(wasm_file["end"], wasm_ready),
        "python_start_ms": span(wasm_ready, interpreter),
        "interpreter_after_download_ms": span(download_end, interpreter),
        "load_interpreter_total_ms": span(requested, interpreter),
        "import_main_ms": span(interpreter, imported),
        "first_computation_ms": span(api_ready, ready),
        "interactive_ms": ready,
    }


# ----------------------------------------------------------------------------- the runs


def _emulate_phone(context: BrowserContext, page: Page) -> None:
    """The phone profile on this page (CDP): slower main thread, slower and longer network."""
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {
        "offline": False, "latency": PHONE["latency_ms"],
        "downloadThroughput": PHONE["down_bytes_per_s"],
        "uploadThroughput": PHONE["up_bytes_per_s"]})
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": PHONE["cpu_slowdown"]})


def _cold_and_warm(playwright: Playwright, url: str, calculator_page: bool, reloads: int,
                   site_dir: Path, gz: dict[str, int], watch: _Watch, profile: str = "desktop",
                   bypass_csp: bool = False) -> list[dict[str, Any]]:
    """A fresh profile: one cold load, then `reloads` reloads. One summary per load."""
    loads = []
    with tempfile.TemporaryDirectory(prefix="jss-bench-profile-") as tmp:
        context = playwright.chromium.launch_persistent_context(
            tmp, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True,
            bypass_csp=bypass_csp)
        try:
            watch.attach(context)
            context.add_init_script(INSTRUMENT)
            page = context.pages[0] if context.pages else context.new_page()
            watch.attach_page(page)
            if profile == "phone":
                _emulate_phone(context, page)
            loads.append(summarize_load(_load(page, url, calculator_page), calculator_page,
                                        site_dir, gz))
            for _ in range(reloads):
                loads.append(summarize_load(_load(page, None, calculator_page), calculator_page,
                                            site_dir, gz))
        finally:
            context.close()
    return loads


LOAD_NAMES = ("cold", "warm", "warm_2nd_reload")
METRICS = ("fcp_ms", "result_visible_ms", "interactive_ms", "dcl_ms", "load_ms", "bytes",
           "runtime_bytes", "bytes_gzip_estimate", "requests", "runtime_requests",
           "longest_task_ms", "long_task_total_ms", "longest_script_theme_ms",
           "longest_script_site_ms")
# (name, path, calculator page?, CSP bypassed?) for each profile; "calculator_main" is the
# calculator with Python on the main thread (see the module's docstring), phone profile only.
VARIANTS = {
    "desktop": (("guide", GUIDE_PAGE, False, False), ("calculator", CALCULATOR_PAGE, True, False)),
    "phone": (("guide", GUIDE_PAGE, False, False), ("calculator", CALCULATOR_PAGE, True, False),
              ("calculator_main", CALCULATOR_PAGE + MAIN_THREAD_QUERY, True, True)),
}


def page_loads(playwright: Playwright, base: str, site_dir: Path, runs: int,
               log: Any = print, profile: str = "desktop") -> dict[str, Any]:
    """The guide page and the calculator page (and its variants), `runs` times each,
    interleaved, cold and warm, on one profile."""
    gz: dict[str, int] = {}
    watch = _Watch(origin_of(base))
    variants = VARIANTS[profile]
    if not (site_dir / "assets" / "calculator" / "python.js").is_file():
        # A site from before python.js: no main-thread variant to measure.
        variants = tuple(v for v in variants if MAIN_THREAD_QUERY not in v[1])
    per_page: dict[str, list[list[dict[str, Any]]]] = {name: [] for name, *_ in variants}
    # One untimed round first: the first browser start reads Chromium and the site from disk.
    if profile == "desktop":
        for _, path, is_calc, bypass in variants:
            _cold_and_warm(playwright, base + path, is_calc, 0, site_dir, gz, watch,
                           bypass_csp=bypass)
    for run in range(runs):
        for name, path, is_calc, bypass in variants:
            loads = _cold_and_warm(playwright, base + path, is_calc, len(LOAD_NAMES) - 1,
                                   site_dir, gz, watch, profile, bypass)
            per_page[name].append(loads)
            log(f"  {profile} run {run + 1}/{runs} {name}: " + ", ".join(
                f"{n} {load['interactive_ms']:.0f} ms (longest task "
                f"{load['longest_task_ms']:.0f} ms)"
                for n, load in zip(LOAD_NAMES, loads, strict=True)))
    out: dict[str, Any] = {
        "profile": profile, "phone": PHONE if profile == "phone" else None,
        "guide_url": GUIDE_PAGE, "calculator_url": CALCULATOR_PAGE, "runs": runs,
        "off_origin_requests": sorted(set(watch.log.off_origin)),
        "page_errors": watch.log.errors[:20],
    }
    for name, runs_ in per_page.items():
        page_out: dict[str, Any] = {}
        for i, load_name in enumerate(LOAD_NAMES):
            loads = [r[i] for r in runs_]
            page_out[load_name] = {m: median([load.get(m) for load in loads]) for m in METRICS}
            page_out[load_name]["runs"] = loads
            if name != "guide":
                keys = loads[0]["breakdown"].keys()
                page_out[load_name]["breakdown"] = {
                    k: (median([load["breakdown"][k] for load in loads]) if k != "thread"
                        else loads[0]["breakdown"][k]) for k in keys}
                page_out[load_name]["prerendered_score"] = loads[0]["prerendered_score"]
                page_out[load_name]["score_in_first_viewport"] = all(
                    load["score_in_first_viewport"] for load in loads)
        out[name] = page_out
    for name in per_page:
        if name == "guide":
            continue
        ratios: dict[str, dict[str, float | None]] = {}
        for i, load_name in enumerate(LOAD_NAMES):
            ratios[load_name] = {}
            for metric in ("fcp_ms", "result_visible_ms", "interactive_ms"):
                # Per run (same moment, same machine load), then the median of the ratios.
                values = []
                for g_run, c_run in zip(per_page["guide"], per_page[name], strict=True):
                    g, c = g_run[i].get(metric), c_run[i].get(metric)
                    values.append(c / g if g and c is not None else None)
                present = [v for v in values if v is not None]
                ratios[load_name][metric] = (round(statistics.median(present), 2) if present
                                             else None)
        out["ratio_calculator_to_guide" if name == "calculator" else f"ratio_{name}_to_guide"] = \
            ratios
    return out


def _editable_field(h: calculator.History) -> tuple[int, str]:
    """(contract index, field) of a field that stays valid for any positive amount: the earnings
    of the first contract that has a last payment."""
    for i, c in enumerate(h.contracts):
        if c.last_payment is not None:
            return i, "earnings"
    return 0, "client"


def debounce_ms(site_dir: Path) -> dict[str, int]:
    """The waits after a keystroke that form.js declares (none up to QUICK_HISTORY
    contracts, DEBOUNCE_MS up to LONG_HISTORY, LONG_DEBOUNCE_MS above), for the report."""
    script = site_dir / "assets" / "calculator" / "form.js"
    text = script.read_text(encoding="utf-8") if script.is_file() else ""
    return {m[1]: int(m[2]) for m in re.finditer(
        r"const\s+([A-Z_]*DEBOUNCE_MS|QUICK_HISTORY|LONG_HISTORY)\s*=\s*(\d+)", text)}


def edits(browser: Browser, base: str, sizes: list[int], repeats: int, site_dir: Path,
          log: Any = print) -> dict[str, Any]:
    """Edit-to-result on the calculator opened from a share link of n contracts."""
    out: dict[str, Any] = {"repeats": repeats, "debounce_ms": debounce_ms(site_dir), "sizes": {}}
    for n in sizes:
        h = history(n)
        expected = calculator.estimate(h).score
        url = base + CALCULATOR_PAGE + "#" + web.fragment(h)
        index, field = _editable_field(h)
        context = browser.new_context()
        try:
            context.add_init_script(INSTRUMENT)
            page = context.new_page()
            page.goto(url, wait_until="load", timeout=READY_TIMEOUT_MS)
            _wait_ready(page)
            _settle(page)
            shown = page.get_attribute("#jss-score", "data-score")
            samples = []
            for rep in range(repeats):
                value = str(1000 + 7 * rep) if field == "earnings" else f"Bench client {rep}"
                samples.append(page.evaluate(EDIT_JS, {
                    "selector": f"#jss-a-{index}-{field}", "value": value,
                    "timeout": EDIT_TIMEOUT_MS}))
                _settle(page)
        finally:
            context.close()
        summary = {k: median([s[k] for s in samples]) for k in
                   ("to_dom", "to_paint", "waiting", "compute_to_dom", "evaluate", "draw")}
        out["sizes"][str(n)] = {
            "edited": f"contracts[{index}].{field}",
            "score_before_edit": shown, "expected_score": "" if expected is None else str(expected),
            "score_matches": shown == ("" if expected is None else str(expected)),
            "all_updates_ok": all(s["stale"] == "false" for s in samples),
            **{f"{k}_ms": v for k, v in summary.items()},
            "runs": samples,
        }
        log(f"  edit {n} contracts: {summary['to_paint']} ms to the painted result "
            f"({summary['compute_to_dom']} ms after the debounce)")
    return out


def _settle(page: Page) -> None:
    """Wait until the page has made no call into Python for SETTLE_MS (pending recomputes done)."""
    last = -1
    while True:
        count = page.evaluate("() => performance.getEntriesByType('measure')"
                              ".filter((e) => e.name.startsWith('jss:call ')).length")
        if count == last:
            return
        last = count
        page.wait_for_timeout(SETTLE_MS)


def run_pages(site_dir: Path, runs: int, edit_sizes: list[int], edit_repeats: int,
              log: Any = print, profiles: tuple[str, ...] = PROFILES) -> dict[str, Any]:
    """Everything measured in the browser, as JSON data."""
    if not Path(CHROMIUM).is_file():
        raise SystemExit(f"bench: no Chromium at {CHROMIUM}: run `make chromium` (make test does)")
    # Serve a snapshot: other work in the tree may rebuild site/ while the bench runs.
    with tempfile.TemporaryDirectory(prefix="jss-bench-site-") as snapshot:
        site_dir = Path(shutil.copytree(site_dir, Path(snapshot) / "site"))
        missing = [p for p in SITE_FILES if not (site_dir / p).is_file()]
        if missing:
            raise SystemExit(f"bench: site/ lacks {missing} (being rebuilt?): run `make site`")
        return _run_pages(site_dir, runs, edit_sizes, edit_repeats, log, profiles)


def _run_pages(site_dir: Path, runs: int, edit_sizes: list[int], edit_repeats: int,
               log: Any, profiles: tuple[str, ...]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    with serve(site_dir) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        version = browser.version
        try:
            out: dict[str, Any] = {"profiles": {
                profile: page_loads(playwright, base, site_dir, runs, log, profile)
                for profile in profiles}}
            out["edits"] = edits(browser, base, edit_sizes, edit_repeats, site_dir,
                                 log) if edit_sizes else {}
        finally:
            browser.close()
    out["chromium"] = version
    return out
