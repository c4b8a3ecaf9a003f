"""MkDocs hooks: keep `mkdocs serve` fresh; the build itself needs none of this."""

from __future__ import annotations

import mimetypes
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

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
    """Fail the build when a page includes a file that is not there (a typo, a missing fragment)."""
    _check_includes(markdown, f"docs/{page.file.src_uri}")
    return markdown
