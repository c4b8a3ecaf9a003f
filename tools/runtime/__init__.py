"""The page's trimmed Python runtime, built with the repository's own npm Pyodide.

`files()` returns what tools/prepare.py writes into docs/runtime/pyodide/ besides Pyodide's own
loader and WebAssembly:

    stdlib.zip      the standard-library modules the page uses, as bytecode (.pyc) only
    app.zip         the package and the page's Python (main.py as `jss_main`), as bytecode
    jss-pyodide.mjs the module the page's worker imports: Pyodide's loadPyodide with the trimmed
                    stdlib and an empty package lock (the page installs no package)
    runtime.json    what was kept and why the build trusts it (report of build.mjs)

How: tools/runtime/build.mjs boots Pyodide in Node, runs tools/runtime/exercise.py (every
preset through every calculator.web function), keeps the stdlib modules that were imported,
byte-compiles them with that same interpreter, then boots a fresh Pyodide on the result and runs
the exercise again; any import error fails the build. tools/prepare.py then runs the package's
test suite and doctests on this runtime (tests/pyodide/run.py --runtime). The result is cached in
.cache/runtime/<hash of every input>/, so an unchanged tree rebuilds nothing.

Bytecode is tied to the exact CPython inside Pyodide: a Pyodide upgrade (package.json) changes
the inputs' hash, so the next `make site` rebuilds and rechecks everything by itself.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYODIDE = ROOT / "node_modules" / "pyodide"
CACHE = ROOT / ".cache" / "runtime"
ASSETS = ROOT / "docs" / "assets" / "calculator"
#: The page's module (docs/assets/calculator/main.py) and its name inside app.zip.
MAIN = "jss_main"
#: What build.mjs writes; all of it lands in docs/runtime/pyodide/.
OUTPUTS = ("stdlib.zip", "app.zip", "lock.json", "report.json")


class RuntimeBuildError(RuntimeError):
    """The trimmed runtime could not be built or failed its check."""


def app_sources() -> dict[str, str]:
    """The page's Python by path inside app.zip: the package, main.py, and the view module."""
    files = {
        path.relative_to(ROOT).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "calculator").rglob("*.py"))
        if "__pycache__" not in path.parts
    }
    files[f"{MAIN}.py"] = (ASSETS / "main.py").read_text(encoding="utf-8")
    return files


def _package_modules(sources: dict[str, str]) -> list[str]:
    names = []
    for path in sources:
        if path.startswith("calculator/") and not path.endswith("/__main__.py"):
            parts = path[: -len(".py")].split("/")
            names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return sorted(names)


def inputs_hash(sources: dict[str, str]) -> str:
    """Everything the runtime depends on: Pyodide's exact files, the sources, this builder."""
    digest = hashlib.sha256()
    parts: list[tuple[str, bytes]] = [
        (f"pyodide/{name}", (PYODIDE / name).read_bytes())
        for name in ("package.json", "python_stdlib.zip", "pyodide-lock.json")
    ]
    parts += [(f"tools/runtime/{p.name}", p.read_bytes()) for p in sorted(HERE.iterdir())
              if p.suffix in (".py", ".mjs")]
    parts += [(f"app/{k}", v.encode()) for k, v in sorted(sources.items())]
    for name, data in parts:
        digest.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
    return digest.hexdigest()[:16]


def wrapper_module(lock: str) -> str:
    """jss-pyodide.mjs: Pyodide's own loader, called with the trimmed stdlib and empty lock."""
    return (
        "// Written by tools/runtime (tools/prepare.py): Pyodide's loadPyodide with this site's\n"
        "// trimmed, precompiled standard library and an empty package lock (no lock download).\n"
        'import { loadPyodide as stockLoadPyodide, version } from "./pyodide.mjs";\n'
        "\n"
        "export { version };\n"
        f"const LOCK = {lock};\n"
        "\n"
        "// make bench splits the start into download, compile and Python's own start: Pyodide\n"
        "// compiles its wasm with WebAssembly.instantiateStreaming, so a mark when that resolves\n"
        "// (jss:wasm-ready) is the end of the compile. Nothing else changes; restored after.\n"
        "export async function loadPyodide(options = {}) {\n"
        "  const instantiate = WebAssembly.instantiateStreaming;\n"
        "  if (instantiate) {\n"
        "    WebAssembly.instantiateStreaming = async (...args) => {\n"
        "      const result = await instantiate.apply(WebAssembly, args);\n"
        '      performance.mark("jss:wasm-ready");\n'
        "      return result;\n"
        "    };\n"
        "  }\n"
        "  try {\n"
        "    return await stockLoadPyodide({\n"
        '      stdLibURL: new URL("./stdlib.zip", import.meta.url).href,\n'
        "      lockFileContents: LOCK,\n"
        "      ...options,\n"
        "    });\n"
        "  } finally {\n"
        "    if (instantiate) WebAssembly.instantiateStreaming = instantiate;\n"
        "  }\n"
        "}\n"
    )


def build(force: bool = False) -> tuple[dict[str, bytes], Path]:
    """The runtime's files by name, and the cache folder they came from (built if needed)."""
    if not (PYODIDE / "pyodide.mjs").is_file():
        raise RuntimeBuildError("node_modules/pyodide is missing: run `npm ci` (make does)")
    sources = app_sources()
    out = CACHE / inputs_hash(sources)
    if force or not all((out / name).is_file() for name in OUTPUTS):
        with tempfile.TemporaryDirectory(prefix="jss-runtime-") as tmp:
            job = Path(tmp) / "job.json"
            job.write_text(json.dumps({
                "pyodide": str(PYODIDE),
                "out": str(Path(tmp) / "out"),
                "app": sources,
                "main": MAIN,
                "package": _package_modules(sources),
                "exercise": (HERE / "exercise.py").read_text(encoding="utf-8"),
            }), encoding="utf-8")
            node = subprocess.run(["node", str(HERE / "build.mjs"), str(job)], cwd=ROOT)
            if node.returncode != 0:
                raise RuntimeBuildError(f"tools/runtime/build.mjs failed ({node.returncode})")
            out.mkdir(parents=True, exist_ok=True)
            for name in OUTPUTS:
                (Path(tmp) / "out" / name).replace(out / name)
    lock = (out / "lock.json").read_text(encoding="utf-8")
    files = {
        "stdlib.zip": (out / "stdlib.zip").read_bytes(),
        "app.zip": (out / "app.zip").read_bytes(),
        "jss-pyodide.mjs": wrapper_module(lock).encode(),
        "runtime.json": (out / "report.json").read_bytes(),
    }
    return files, out


def main(argv: list[str]) -> int:
    """`python -m tools.runtime [--force]`: build (or reuse) the runtime and print its report."""
    try:
        files, out = build(force="--force" in argv)
    except RuntimeBuildError as exc:
        print(f"runtime: error: {exc}")
        return 1
    report = json.loads(files["runtime.json"])
    sizes = ", ".join(f"{name} {len(data) / 1e6:.2f} MB" for name, data in files.items()
                      if name.endswith(".zip"))
    print(f"runtime: {out.relative_to(ROOT)}: Python {report['python']}, "
          f"{report['modules']} stdlib modules, {sizes}")
    return 0
