"""Prepare docs/ for `mkdocs build`: the self-hosted runtime, the package archive, generated pages.

Run from anywhere: `python tools/prepare.py` (the Makefile does, before `mkdocs build` and
`mkdocs serve`). It writes only into two gitignored folders and only files whose bytes changed,
so a second run is a no-op and `mkdocs serve` does not rebuild in a loop:

docs/runtime/
    pyscript/           @pyscript/core's dist/ (no source maps), from node_modules
    pyodide/            the five files Pyodide fetches to start, from node_modules/pyodide
    calculator.zip      calculator/ as `calculator/*.py` (+ py.typed), unpacked by PyScript
docs/generated/<name>/  whatever `tools.<name>.generate(out_dir)` writes, for each of
                        tools/guide and tools/calcpage that exists (out_dir is that folder)

Each page that runs Python carries its PyScript config inline (tools/calcpage), with
page-relative paths ("../runtime/..."), so the site also works under a sub-path.
"""

from __future__ import annotations

import importlib
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RUNTIME = DOCS / "runtime"
GENERATED = DOCS / "generated"
NODE_MODULES = ROOT / "node_modules"

# What the loader really fetches to start (measured in Chromium against the built site: the
# request log of the runtime smoke test in tests/browser/test_site.py). Nothing else of the npm
# package is served: the console pages, typings and source maps are not needed.
PYODIDE_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
GENERATORS = ("guide", "calcpage")
# A fixed timestamp makes calculator.zip byte-identical from one build to the next.
ZIP_DATE = (2020, 1, 1, 0, 0, 0)


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


def _calculator_zip() -> bytes:
    package = ROOT / "calculator"
    sources = sorted(
        p
        for p in package.rglob("*")
        if p.is_file()
        and (p.suffix == ".py" or p.name == "py.typed")
        and "__pycache__" not in p.parts
    )
    if not any(p.name == "__init__.py" and p.parent == package for p in sources):
        raise PrepareError(
            "calculator/__init__.py is missing: the page could not import the package"
        )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sources:
            info = zipfile.ZipInfo(path.relative_to(ROOT).as_posix(), date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    return buf.getvalue()


def prepare_runtime() -> dict[str, bytes]:
    """The files of docs/runtime/, by relative path."""
    _check_node_modules()
    files: dict[str, bytes] = {}
    for rel, data in _read_tree(NODE_MODULES / "@pyscript" / "core" / "dist", (".map",)).items():
        files[f"pyscript/{rel}"] = data
    for name in PYODIDE_FILES:
        files[f"pyodide/{name}"] = (NODE_MODULES / "pyodide" / name).read_bytes()
    files["calculator.zip"] = _calculator_zip()
    return files


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


def main() -> int:
    try:
        written = _sync_tree(prepare_runtime(), RUNTIME)
        written += run_generators()
    except PrepareError as exc:
        print(f"prepare: error: {exc}", file=sys.stderr)
        return 1
    total = sum(p.stat().st_size for p in RUNTIME.rglob("*") if p.is_file())
    print(f"prepare: docs/runtime/ {total / 1e6:.1f} MB; {len(written)} file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
