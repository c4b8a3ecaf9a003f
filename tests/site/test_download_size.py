"""The calculator's start-up message tells the reader how much it downloads on a first visit
("about N MB"): that figure must be the runtime's size as GitHub Pages sends it (gzipped, as
make bench serves it), so a runtime that grows or shrinks cannot leave the page saying otherwise.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

# What the page fetches to start Python on a first visit: Pyodide's loader and WebAssembly, this
# site's trimmed runtime (tools/runtime) and PyScript's core (python.js starts its PyWorker).
RUNTIME_FILES = ("pyodide/pyodide.asm.wasm", "pyodide/pyodide.asm.mjs", "pyodide/pyodide.mjs",
                 "pyodide/jss-pyodide.mjs", "pyodide/stdlib.zip", "pyodide/app.zip",
                 "pyscript/core.js")
# Zip archives are sent as they are; the rest gzipped (tests/browser/conftest.py, GZIP_SUFFIXES).
STORED = (".zip",)


def _sent_bytes(path: Path) -> int:
    data = path.read_bytes()
    return len(data) if path.name.endswith(STORED) else len(gzip.compress(data, compresslevel=6))


def test_the_start_up_message_states_the_first_visit_download(site_dir: Path) -> None:
    html = (site_dir / "calculator" / "index.html").read_text(encoding="utf-8")
    stated = re.search(r"Starting Python in your browser \(about ([0-9.]+) MB on the first visit",
                       html)
    assert stated, "the calculator page no longer states its first-visit download"
    runtime = site_dir / "runtime"
    core = sorted((runtime / "pyscript").glob("core-*.js"))
    assert len(core) == 1, core
    files = [runtime / rel for rel in RUNTIME_FILES] + core
    measured = sum(_sent_bytes(p) for p in files) / 1e6
    # "About": the figure rounded to half a megabyte.
    assert abs(float(stated.group(1)) - measured) <= 0.25, (stated.group(1), round(measured, 2))
