"""Prepare docs/ for `mkdocs build`: the page's Python runtime, the service worker, generated pages.

Run from anywhere: `python tools/prepare.py` (the Makefile does, before `mkdocs build` and
`mkdocs serve`). It writes only into gitignored places and only files whose bytes changed, so a
second run is a no-op and `mkdocs serve` does not rebuild in a loop:

docs/runtime/
    pyscript/           @pyscript/core's dist/ (no source maps), from node_modules: python.js
                        starts the page's Python with its PyWorker
    pyodide/            Pyodide's loader and WebAssembly (three files of node_modules/pyodide),
                        and the runtime built for this site by tools/runtime: stdlib.zip (the
                        standard-library modules the page uses, as bytecode), app.zip (the
                        package and main.py as bytecode), jss-pyodide.mjs (loadPyodide with
                        them and an empty package lock), runtime.json (what was kept)
docs/sw.js              the service worker (tools/runtime/sw.js with this build's id and files)
docs/generated/<name>/  whatever `tools.<name>.generate(out_dir)` writes, for each of
                        tools/guide and tools/calcpage that exists (out_dir is that folder)

The trimmed runtime is checked twice before anything is written: tools/runtime runs every preset
through every calculator.web function on it, and then the package's test suite and doctests run
on it inside Pyodide (tests/pyodide/run.py). Both are cached by a hash of their inputs
(.cache/runtime/), so they run again only when the package, main.py or Pyodide changes.
`--no-check` (or JSS_RUNTIME_CHECK=0, which `make serve` sets) skips the test suite; the presets
still run. CI and `make site` always run both.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RUNTIME = DOCS / "runtime"
GENERATED = DOCS / "generated"
NODE_MODULES = ROOT / "node_modules"

# What the loader fetches of the npm package to start (the request log of the runtime smoke test
# in tests/browser/test_site.py). The stdlib and the package lock come from tools/runtime instead
# (jss-pyodide.mjs passes both), and the console pages, typings and source maps are not needed.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
)
# The service worker's template and where the site serves it (the root, so its scope is the site).
SW_TEMPLATE = ROOT / "tools" / "runtime" / "sw.js"
SW = DOCS / "sw.js"
# What a Python page needs besides its HTML and the theme: the service worker keeps these for
# this build (paths relative to the site root).
ASSETS = DOCS / "assets" / "calculator"
# PyScript's files that a Python page loads to start its worker (measured in Chromium on the
# calculator page: core.js imports its core chunk, which imports these plugins as it starts; the
# editor, terminal and game plugins are small and load even unused). The service worker keeps
# them with the runtime. Chunk names carry a content hash, hence prefixes; prepare fails if one
# matches nothing (a PyScript upgrade renamed a chunk: measure again), and a chunk missing from
# this list is still kept when a page loads it (python.js tells the service worker).
PYSCRIPT_STARTS_WITH = ("core.js", "core-", "deprecations-manager-", "donkey-", "error-",
                        "py-editor-", "py-game-", "py-terminal-")
GENERATORS = ("guide", "calcpage")


class PrepareError(RuntimeError):
    """Something the build needs is missing or broken; the message says what to do."""


def _pinned_versions() -> dict[str, str]:
    data = json.loads((ROOT / "package.json").read_text(encoding="utf-8"))
    return dict(data["dependencies"])


def _installed_version(package: str) -> str:
    manifest = NODE_MODULES / package / "package.json"
    if not manifest.is_file():
        raise PrepareError(
            f"{manifest.relative_to(ROOT)} is missing: run `npm ci` (or `make site`)"
        )
    return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])


def _check_node_modules() -> dict[str, str]:
    pinned = _pinned_versions()
    for package, version in pinned.items():
        installed = _installed_version(package)
        if installed != version:
            raise PrepareError(
                f"node_modules has {package}@{installed}, package.json pins {version}: run `npm ci`"
            )
    return pinned


def _sync_file(data: bytes, dest: Path, written: list[Path]) -> None:
    if dest.is_file() and dest.read_bytes() == data:
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(dest)
    written.append(dest)


def _sync_tree(files: dict[str, bytes], dest_dir: Path) -> list[Path]:
    """Make dest_dir hold exactly `files` (relative path -> bytes); touch only what differs."""
    written: list[Path] = []
    for rel, data in sorted(files.items()):
        _sync_file(data, dest_dir / rel, written)
    if dest_dir.is_dir():
        for path in sorted(dest_dir.rglob("*"), reverse=True):
            rel = path.relative_to(dest_dir).as_posix()
            if path.is_file() and rel not in files:
                path.unlink()
                written.append(path)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written


def _read_tree(src: Path, skip_suffixes: tuple[str, ...] = ()) -> dict[str, bytes]:
    return {
        p.relative_to(src).as_posix(): p.read_bytes()
        for p in sorted(src.rglob("*"))
        if p.is_file() and not p.name.endswith(skip_suffixes)
    }


def prepare_runtime(check: bool = True) -> dict[str, bytes]:
    """The files of docs/runtime/, by relative path."""
    _check_node_modules()
    files: dict[str, bytes] = {}
    for rel, data in _read_tree(NODE_MODULES / "@pyscript" / "core" / "dist", (".map",)).items():
        files[f"pyscript/{rel}"] = data
    for name in PYODIDE_FILES:
        files[f"pyodide/{name}"] = (NODE_MODULES / "pyodide" / name).read_bytes()
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tools import runtime

    try:
        built, cache = runtime.build()
    except runtime.RuntimeBuildError as exc:
        raise PrepareError(str(exc)) from None
    if check:
        _check_test_suite(cache)
    for name, data in built.items():
        files[f"pyodide/{name}"] = data
    return files


def _check_test_suite(cache: Path) -> None:
    """The package's tests and doctests on the trimmed runtime (once per runtime build)."""
    stamp = cache / "tests-passed"
    if stamp.is_file():
        return
    lane = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "pyodide" / "run.py"), "--runtime", str(cache),
         "-q", "-x"],
        cwd=ROOT,
    )
    if lane.returncode != 0:
        raise PrepareError(
            "the package's tests fail on the trimmed runtime (above); a module the package "
            "imports may be missing from it: see tools/runtime/__init__.py"
        )
    stamp.write_text("ok\n", encoding="utf-8")


def service_worker(runtime_files: dict[str, bytes]) -> bytes:
    """sw.js: the template with this build's id (a hash of every file it keeps) and file list."""
    kept = {f"runtime/{rel}": data for rel, data in runtime_files.items()
            if rel.startswith("pyodide/") and not rel.endswith(".json")}
    for prefix in PYSCRIPT_STARTS_WITH:
        found = {rel: data for rel, data in runtime_files.items()
                 if rel.startswith("pyscript/" + prefix)}
        if not found:
            raise PrepareError(
                f"no runtime/pyscript/{prefix}* file: PyScript's chunks changed, measure what a "
                "Python page loads and update PYSCRIPT_STARTS_WITH in tools/prepare.py")
        kept.update({f"runtime/{rel}": data for rel, data in found.items()})
    for path in sorted(ASSETS.iterdir()):
        # The page modules, and python-worker.py, which PyScript's worker fetches and runs
        # (main.py and the views reach the page as bytecode, in app.zip).
        if path.is_file() and (path.suffix in (".js", ".css") or path.name == "python-worker.py"):
            kept[f"assets/calculator/{path.name}"] = path.read_bytes()
    template = SW_TEMPLATE.read_bytes()
    digest = hashlib.sha256(template)
    for rel, data in sorted(kept.items()):
        digest.update(rel.encode() + b"\0" + hashlib.sha256(data).digest())
    text = template.decode("utf-8")
    text = text.replace("__BUILD__", digest.hexdigest()[:12])
    text = text.replace("__PRECACHE__", json.dumps(sorted(kept), indent=2))
    return text.encode("utf-8")


def run_generators() -> list[Path]:
    """Call tools.<name>.generate(out_dir) for each generator that exists; sync its output."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    written: list[Path] = []
    for name in GENERATORS:
        if not (ROOT / "tools" / name / "__init__.py").is_file():
            continue
        module = importlib.import_module(f"tools.{name}")
        generate = getattr(module, "generate", None)
        if generate is None:
            raise PrepareError(f"tools.{name} has no generate(out_dir) function")
        with tempfile.TemporaryDirectory(prefix=f"prepare-{name}-") as tmp:
            out_dir = Path(tmp) / name
            out_dir.mkdir()
            # An exception here propagates with its traceback: a broken generator fails the build.
            generate(out_dir)
            written += _sync_tree(_read_tree(out_dir), GENERATED / name)
    return written


def main(argv: list[str]) -> int:
    try:
        check = "--no-check" not in argv and os.environ.get("JSS_RUNTIME_CHECK") != "0"
        runtime_files = prepare_runtime(check=check)
        written = _sync_tree(runtime_files, RUNTIME)
        _sync_file(service_worker(runtime_files), SW, written)
        written += run_generators()
    except PrepareError as exc:
        print(f"prepare: error: {exc}", file=sys.stderr)
        return 1
    total = sum(p.stat().st_size for p in RUNTIME.rglob("*") if p.is_file())
    print(f"prepare: docs/runtime/ {total / 1e6:.1f} MB; {len(written)} file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
