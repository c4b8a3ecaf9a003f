"""MkDocs hooks: keep `mkdocs serve` fresh, fail on a missing include, write each page's CSP,
and teach the search the words freelancers use."""

from __future__ import annotations

import base64
import hashlib
import json
import mimetypes
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tools.guide.numbers import UnknownNumber
from tools.guide.numbers import fill as fill_numbers
from tools.guide.search import augment_index, worker_shim

_PREPARE = Path(__file__).resolve().parent / "prepare.py"
_DOCS = Path(__file__).resolve().parent.parent / "docs"
# markdown-include's statement, `{!path!}` or `{!path!lines=...}`, path relative to docs/.
_INCLUDE = re.compile(r"\{!\s*([^!]+?)\s*!(?:lines=[^}]*)?\}")
_command = ""


def on_startup(command: str, dirty: bool) -> None:
    """Remember the command; make the dev server send module and wasm types Chromium accepts."""
    global _command
    _command = command
    mimetypes.add_type("text/javascript", ".mjs")
    mimetypes.add_type("application/wasm", ".wasm")


def on_pre_build(config: Any) -> None:
    """Under `mkdocs serve`, re-run tools/prepare.py so edits to calculator/ or tools/ show up.

    A subprocess, so edited generator modules are imported afresh. prepare.py writes only changed
    files, so this does not set off the file watcher again.
    """
    if _command == "serve":
        subprocess.run([sys.executable, str(_PREPARE)], check=True)


def _check_includes(markdown: str, where: str, seen: frozenset[Path] = frozenset()) -> None:
    for match in _INCLUDE.finditer(markdown):
        path = (_DOCS / match[1]).resolve()
        if not path.is_file():
            # markdown-include only prints a warning and drops the text; strict mode must not.
            raise PluginError(f"{where}: included file docs/{match[1]} does not exist")
        if path not in seen:
            _check_includes(path.read_text(encoding="utf-8"), f"docs/{match[1]}", seen | {path})


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Fail the build when a page includes a file that is not there (a typo, a missing fragment);
    fill the page's rule numbers (``{{ rules.gap_days }}``) from the package's rule table."""
    where = f"docs/{page.file.src_uri}"
    _check_includes(markdown, where)
    try:
        return fill_numbers(markdown, where)
    except UnknownNumber as err:
        raise PluginError(str(err)) from None


# --- Content Security Policy ------------------------------------------------------------------

# Everything comes from the site's own origin. The exceptions, each needed and each tested in
# tests/browser/test_security.py:
# - script-src 'sha256-...': the theme's own small inline scripts (palette, scope, tabs), by hash,
#   computed from each page's HTML below, so no inline script but those can run;
# - style-src 'unsafe-inline': the theme sets style attributes and injects <style> (styles cannot
#   run code);
# - img-src data:: the theme's icons in CSS.
# - on the two pages that run Python (a module script from assets/calculator/, see _PYTHON_PAGE),
#   and only there: worker-src blob: and script-src 'wasm-unsafe-eval'. PyScript's PyWorker
#   (python.js) starts its worker from a blob: URL it builds from its own code, and a blob:
#   worker runs under the policy of the page that made it, so the page must allow Pyodide's
#   WebAssembly compile that happens in it. Nothing more: PyScript in a worker, with no hooks,
#   starts without 'unsafe-eval' (measured: the calculator and the arbitration helper start
#   under this policy, tests/browser/test_security.py), so no page allows eval of JavaScript.
#   A host that sends a CSP header instead must give these pages the same two additions.
# A <meta> policy cannot carry frame-ancestors or report-uri; a host that can send headers may
# add them.
PYTHON_SCRIPT_SRC = "'wasm-unsafe-eval' "
PYTHON_WORKER_SRC = " blob:"
# A page that runs Python loads its page module (calculator.js, arbitration.js) from here.
_PYTHON_PAGE = re.compile(r"""<script\b[^>]*\bsrc=["'][^"']*assets/calculator/[^"']*["']""",
                          re.IGNORECASE)
CSP_DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("script-src", "'self' {python_script}{hashes}"),
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", "'self' data:"),
    ("font-src", "'self'"),
    ("connect-src", "'self'"),
    ("worker-src", "'self'{python_worker}"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
)
# An inline <script> the browser runs: no src, and no type or a JavaScript one. Data blocks
# (application/json) and PyScript's type="py" are not run by the browser, so CSP ignores them.
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)
_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
_JS_TYPES = frozenset({"", "module", "text/javascript", "application/javascript"})
_HEAD = re.compile(r"<head\b[^>]*>", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)


def inline_script_hashes(html: str) -> list[str]:
    """CSP source expressions ('sha256-...') for each inline script the browser would run."""
    hashes: list[str] = []
    for attrs, body in _SCRIPT.findall(html):
        match = _TYPE.search(attrs)
        kind = (match[1] if match else "").lower()
        if _SRC.search(attrs) or kind not in _JS_TYPES:
            continue
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        if f"'sha256-{digest}'" not in hashes:
            hashes.append(f"'sha256-{digest}'")
    return hashes


def content_security_policy(html: str) -> str:
    """The policy for one page: CSP_DIRECTIVES with the page's inline script hashes, and on a
    page that runs Python (_PYTHON_PAGE) the two additions PyScript's worker needs."""
    hashes = " ".join(inline_script_hashes(html))
    python = _PYTHON_PAGE.search(html) is not None
    extra = {"python_script": PYTHON_SCRIPT_SRC if python else "",
             "python_worker": PYTHON_WORKER_SRC if python else ""}
    return "; ".join(f"{name} {value.format(hashes=hashes, **extra)}".strip()
                     for name, value in CSP_DIRECTIVES)


def add_csp_meta(html: str) -> str:
    """Put the page's policy in a <meta http-equiv> after <meta charset>, before any script."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy(html)}">'
    anchor = _CHARSET.search(html) or _HEAD.search(html)
    if anchor is None:
        raise PluginError("a page has no <head>: cannot add its Content-Security-Policy")
    return html[: anchor.end()] + meta + html[anchor.end() :]


def on_post_page(output: str, page: Any, config: Any) -> str:
    """Every built page gets its CSP. Not under `mkdocs serve`: its live-reload script is inline."""
    if _command == "serve":
        return output
    return add_csp_meta(output)


def on_post_template(output_content: str, template_name: str, config: Any) -> str:
    """The static 404.html page gets its CSP too (the other static templates are not HTML)."""
    if _command == "serve" or not template_name.endswith(".html"):
        return output_content
    return add_csp_meta(output_content)


def on_post_build(config: Any) -> None:
    """After Material's search plugin wrote its index (hooks run after plugins): add each
    answer's ``terms``, and put the query shim before the search worker (tools/guide/search.py).
    """
    site = Path(config["site_dir"])
    index_path = site / "search" / "search_index.json"
    if not index_path.is_file():
        raise PluginError("no search index to augment: is the search plugin enabled?")
    try:
        index = augment_index(json.loads(index_path.read_text(encoding="utf-8")))
    except KeyError as error:
        raise PluginError(f"search: {error.args[0]}") from error
    index_path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
    workers = sorted((site / "assets" / "javascripts" / "workers").glob("search.*.min.js"))
    if not workers:
        raise PluginError("Material's search worker is missing: cannot add the query shim")
    shim = worker_shim()
    for worker in workers:
        text = worker.read_text(encoding="utf-8")
        if not text.startswith(shim):
            worker.write_text(shim + text, encoding="utf-8")
