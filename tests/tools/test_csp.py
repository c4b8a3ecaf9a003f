"""tools/mkdocs_hooks.py's Content-Security-Policy: hashes of the right scripts, on every page."""

from __future__ import annotations

import base64
import hashlib
import re
from pathlib import Path

import pytest

from tools import mkdocs_hooks as hooks


def _sha(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"


PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>t</title>
<script>var a=1;</script>
<script type="module">import "./x.js";</script>
<script src="bundle.js"></script>
<script type="application/json" id="__config">{"b": 2}</script>
<script type="py" src="main.py" config='{"c": 3}'></script>
<script>var a=1;</script>
</head><body></body></html>"""


def test_hashes_exactly_the_inline_scripts_the_browser_runs() -> None:
    assert hooks.inline_script_hashes(PAGE) == [_sha("var a=1;"), _sha('import "./x.js";')]


def test_the_meta_comes_first_and_allows_no_inline_script_but_those() -> None:
    out = hooks.add_csp_meta(PAGE)
    head = out.split("<head>", 1)[1]
    assert head.startswith('<meta charset="utf-8"><meta http-equiv="Content-Security-Policy"')
    policy = re.search(r'Content-Security-Policy" content="([^"]*)"', out)
    assert policy is not None
    directives = dict(d.strip().split(" ", 1) for d in policy[1].split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'"
    module = _sha('import "./x.js";')
    assert directives["script-src"] == f"'self' {_sha('var a=1;')} {module}"


def test_only_the_python_pages_may_compile_webassembly_and_none_may_eval() -> None:
    """PyScript's worker (python.js) starts from a blob: URL and runs under the page's policy, so
    the pages that start it, and only those, allow a blob: worker and WebAssembly; no page allows
    eval of JavaScript ('unsafe-eval'), not even those."""
    plain = hooks.content_security_policy(PAGE)
    python_pages = [hooks.content_security_policy(PAGE + f'<script type="module" '
                                                   f'src="../assets/calculator/{module}"></script>')
                    for module in ("calculator.js", "arbitration.js")]
    for policy in (plain, *python_pages):
        assert "'unsafe-eval'" not in policy
        assert "'unsafe-inline'" not in policy.split("style-src")[0]
    directives = dict(d.strip().split(" ", 1) for d in plain.split(";"))
    assert "eval" not in plain
    assert directives["worker-src"] == "'self'"
    # A page that merely links to the calculator's stylesheet runs no Python.
    styled = hooks.content_security_policy(
        PAGE + '<link rel="stylesheet" href="../assets/calculator/calculator.css">')
    assert styled == plain
    for policy in python_pages:
        directives = dict(d.strip().split(" ", 1) for d in policy.split(";"))
        assert directives["worker-src"] == "'self' blob:"
        assert directives["script-src"].startswith("'self' 'wasm-unsafe-eval' 'sha256-")
        assert policy.count("eval") == 1


def test_every_built_page_carries_the_policy_for_its_own_scripts(site_dir: Path) -> None:
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) >= 12
    for path in pages:
        if path.relative_to(site_dir).parts[0] == "generated":
            continue
        html = path.read_text(encoding="utf-8")
        metas = re.findall(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
        assert len(metas) == 1, path
        # Before any script, so it governs all of them.
        assert html.index("Content-Security-Policy") < html.index("<script"), path
        without = html.replace(f'<meta http-equiv="Content-Security-Policy" content="{metas[0]}">',
                               "")
        assert metas[0] == hooks.content_security_policy(without), path


def test_not_under_mkdocs_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs serve injects an inline live-reload script; a policy would block it."""
    monkeypatch.setattr(hooks, "_command", "serve")
    assert hooks.on_post_page(PAGE, None, None) == PAGE
