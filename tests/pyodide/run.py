"""The Pyodide lane: tests/calculator/ and the package's doctests, inside Pyodide (CPython 3.14)
under Node.js, offline, on the page's own trimmed runtime.

`python tests/pyodide/run.py [--runtime DIR] [pytest args]` (make test-pyodide). Pyodide comes
from the npm `pyodide` package in node_modules/; the standard library is the page's: the
trimmed, precompiled stdlib.zip that tools/runtime builds (DIR holds it; by default it is built,
or taken from its cache). run.mjs fails the lane when the package imports a module that runtime
lacks (pytest itself runs on the stock stdlib, placed behind it). pytest, hypothesis and their
dependencies are the wheels, for Pyodide's Python and platform, of the versions pinned in
scripts/constraints.txt, downloaded once into .cache/pyodide-wheels/ and unpacked into Pyodide's
site-packages by run.mjs. The exit code is pytest's, so a failing test, or no test at all (5),
fails the lane; 4 means a module missing from the trimmed runtime.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONSTRAINTS = ROOT / "scripts" / "constraints.txt"
WHEELS = ROOT / ".cache" / "pyodide-wheels"
# pytest and hypothesis, and what they need on Python 3.14 (colorama, exceptiongroup and tomli
# are only for Windows or Python < 3.11).
PACKAGES = (
    "pytest",
    "pluggy",
    "iniconfig",
    "packaging",
    "pygments",
    "hypothesis",
    "sortedcontainers",
)
# What the tests see, at the same paths relative to the project root as in the repository.
SOURCES = (
    "pyproject.toml",
    "calculator",
    "tests/__init__.py",
    "tests/conftest.py",
    "tests/calculator",
)


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in CONSTRAINTS.read_text(encoding="utf-8").splitlines():
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)==(\S+)", line.strip())
        if match:
            pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins


def _target() -> tuple[str, str]:
    """(python version "3.14", platform tag) of the npm Pyodide, from its pyodide-lock.json."""
    lock = ROOT / "node_modules" / "pyodide" / "pyodide-lock.json"
    if not lock.is_file():
        raise SystemExit(f"pyodide lane: {lock} is missing: run `npm ci` (make test does)")
    info = json.loads(lock.read_text(encoding="utf-8"))["info"]
    python = ".".join(info["python"].split(".")[:2])
    return python, f"pyemscripten_{info['abi_version']}_{info['arch']}"


def wheels() -> list[Path]:
    """The pinned wheels for Pyodide, downloaded into the cache when missing.

    Pure-Python wheels where the package has them; hypothesis (a Rust core since 6.16x) ships a
    `cp314-pyemscripten_<abi>_wasm32` wheel built for Pyodide, which Node loads on import.
    """
    pins = _pins()
    python, platform = _target()
    abi = "cp" + python.replace(".", "")
    cache = WHEELS / f"{abi}-{platform}"
    cache.mkdir(parents=True, exist_ok=True)

    def find(package: str) -> Path | None:
        prefix = f"{package.replace('-', '_')}-{pins[package]}-".lower()
        hits = [p for p in cache.glob("*.whl") if p.name.lower().startswith(prefix)]
        return hits[0] if hits else None

    missing = [f"{p}=={pins[p]}" for p in PACKAGES if find(p) is None]
    if missing:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--disable-pip-version-check",
                "--only-binary=:all:",
                "--no-deps",
                "--python-version",
                python,
                "--implementation",
                "cp",
                "--abi",
                abi,
                "--abi",
                "none",
                "--platform",
                platform,
                "--platform",
                "any",
                "--dest",
                str(cache),
                *missing,
            ],
            check=True,
        )
    found = [find(p) for p in PACKAGES]
    if any(path is None for path in found):
        raise SystemExit(f"pyodide lane: missing wheels in {cache}: {found}")
    return [path for path in found if path is not None]


def sources() -> dict[str, str]:
    """Project files for Pyodide's file system, by path relative to the project root."""
    files: dict[str, str] = {}
    for name in SOURCES:
        path = ROOT / name
        if not path.exists():
            continue
        paths = [path] if path.is_file() else sorted(path.rglob("*"))
        for item in paths:
            if item.is_file() and "__pycache__" not in item.parts and item.suffix != ".pyc":
                files[item.relative_to(ROOT).as_posix()] = item.read_text(encoding="utf-8")
    return files


def runtime_dir(argv: list[str]) -> tuple[Path, list[str]]:
    """The runtime folder (--runtime DIR, or tools/runtime's build) and the remaining args."""
    if "--runtime" in argv:
        at = argv.index("--runtime")
        return Path(argv[at + 1]), argv[:at] + argv[at + 2 :]
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from tools import runtime

    return runtime.build()[1], argv


def main(argv: list[str]) -> int:
    runtime, argv = runtime_dir(argv)
    job = {
        "runtime": str(runtime),
        "stock_stdlib": str(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip"),
        "wheels": [str(path) for path in wheels()],
        "files": sources(),
        # Paths given on the command line replace the default: the tests and the doctests.
        "args": [
            *([] if any(a.startswith(("tests/", "calculator")) for a in argv)
              else ["tests/calculator", "--doctest-modules", "calculator"]),
            "-p",
            "no:cacheprovider",
            *argv,
        ],
    }
    spec = WHEELS / "job.json"
    spec.write_text(json.dumps(job), encoding="utf-8")
    node = subprocess.run(["node", str(Path(__file__).with_name("run.mjs")), str(spec)], cwd=ROOT)
    return node.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
