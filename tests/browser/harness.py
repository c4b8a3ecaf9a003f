"""What browser tests share besides fixtures (import from here, not from conftest)."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, ConsoleMessage, Page, Request, Route
from playwright.sync_api import Error as PlaywrightError


@dataclass
class PageLog:
    """What a page did: every request URL, the off-origin ones, and console/page errors."""

    requests: list[str] = field(default_factory=list)
    off_origin: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def fetched(self, fragment: str) -> list[str]:
        """Request URLs that contain `fragment`."""
        return [url for url in self.requests if fragment in url]


def origin_of(url: str) -> str:
    """scheme://host:port of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def is_same_origin(url: str, origin: str) -> bool:
    """True for URLs on `origin`, and for data: and blob: URLs (they make no request)."""
    return url.startswith(("data:", "blob:")) or origin_of(url) == origin


def watch_context(context: BrowserContext, origin: str, log: PageLog) -> None:
    """Log every request; abort and log any that would leave `origin` (nothing waits on them)."""

    def on_route(route: Route) -> None:
        url = route.request.url
        if is_same_origin(url, origin):
            route.continue_()
        else:
            log.off_origin.append(url)
            route.abort("blockedbyclient")

    def on_request(request: Request) -> None:
        log.requests.append(request.url)

    context.route("**/*", on_route)
    context.on("request", on_request)


def watch_page(page: Page, log: PageLog) -> None:
    """Log console errors and uncaught page errors."""

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            log.errors.append(f"console.error: {message.text} ({message.location})")

    def on_page_error(error: Exception) -> None:
        log.errors.append(f"page error: {error}")

    page.on("console", on_console)
    page.on("pageerror", on_page_error)


# Collects Content-Security-Policy violations in window.__cspViolations from the first script on;
# add it with page.add_init_script(CSP_LISTENER) before page.goto.
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  const where = `${e.sourceFile}:${e.lineNumber}`;
  const what = e.blockedURI || "inline";
  window.__cspViolations.push(`${e.effectiveDirective} blocked ${what} at ${where}`);
}, true);
"""


def csp_violations(page: Page) -> list[str]:
    """The violations CSP_LISTENER recorded on the current document."""
    return list(page.evaluate("window.__cspViolations || ['CSP_LISTENER was not installed']"))


SAVED_KEY = "jss-calculator:v1"


def wait_saved_with_result(page: Page, text: str) -> None:
    """Waits until the page has saved a history containing `text` *and* the result computed
    for that history. The page saves twice (the history as typed, then again with its result),
    so a test that reads storage after the first write races the second."""
    page.wait_for_function(
        "([k, t]) => { const s = JSON.parse(localStorage.getItem(k) || '{}');"
        " return !!s.view && typeof s.view.of === 'string' && s.view.of.includes(t); }",
        arg=[SAVED_KEY, text])


class HeldRoutes:
    """Holds back the requests matching ``pattern`` on ``page`` until ``release()``; any that
    arrive after it pass at once. Each held request is passed on exactly once, to the context's
    own handler (``watch_context``), so the off-origin check still applies.

    A plain list and ``unroute`` raced: a request arriving while the list was drained was never
    passed on (the page never got Python), or was passed on twice ("Route is already handled").
    """

    def __init__(self, page: Page, pattern: str) -> None:
        self._held: list[Route] = []
        self._released = False
        page.route(pattern, self._on_route)

    def _on_route(self, route: Route) -> None:
        if self._released:
            _fallback(route)
        else:
            self._held.append(route)

    def release(self) -> None:
        self._released = True
        while self._held:
            _fallback(self._held.pop(0))


def _fallback(route: Route) -> None:
    try:
        route.fallback()
    except PlaywrightError as error:  # handled meanwhile (the page went away): nothing to pass
        if "already handled" not in str(error):
            raise
