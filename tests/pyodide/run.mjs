// Runs pytest inside Pyodide (from node_modules/pyodide, no network): node run.mjs <job.json>.
// The job (written by run.py) names the runtime to test, the wheels to unpack, the project files
// and pytest's args. Exits with pytest's exit code, or 4 when code of the page (the package or
// main.py) used a standard-library module the trimmed runtime does not have.
//
// The runtime is the page's own: the trimmed, precompiled stdlib.zip and the empty package lock
// that tools/runtime built. pytest and hypothesis need much more of the standard library, so the
// stock python_stdlib.zip sits last on sys.path, behind a guard: a module imported from it while
// a frame of the package is on the stack is one the page would fail to import.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadPyodide } from "pyodide";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
// An error outside pytest (start-up, unpacking) prints its message, not Pyodide's minified source.
process.on("uncaughtException", (error) => {
  console.error(`pyodide lane: ${error.message}`);
  process.exit(3);
});
const pyodide = await loadPyodide({
  stdLibURL: join(job.runtime, "stdlib.zip"),
  lockFileContents: readFileSync(join(job.runtime, "lock.json"), "utf8"),
});
const FALLBACK = "/lib/stock-stdlib.zip";
pyodide.FS.writeFile(FALLBACK, new Uint8Array(readFileSync(job.stock_stdlib)));
// Behind the trimmed stdlib: the stock one for top-level modules (sys.path) and for the
// submodules of a package the trimmed zip has only in part (encodings.cp437, importlib.metadata).
pyodide.runPython(`
import sys, zipimport
FALLBACK = ${JSON.stringify(FALLBACK)}
sys.path.append(FALLBACK)

class StockSubmodules:
    def find_spec(self, name, path=None, target=None):
        parent, dot, _ = name.rpartition(".")
        if not dot:
            return None
        try:
            return zipimport.zipimporter(f"{FALLBACK}/{parent.replace('.', '/')}/").find_spec(name)
        except zipimport.ZipImportError:
            return None

sys.meta_path.append(StockSubmodules())
`);
const sitePackages = pyodide.runPython("import sysconfig; sysconfig.get_paths()['purelib']");
for (const wheel of job.wheels) {
  // A Node Buffer is refused here: it must be a plain Uint8Array.
  pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel", { extractDir: sitePackages });
}
const project = "/home/pyodide/project";
for (const [path, text] of Object.entries(job.files)) {
  const full = `${project}/${path}`;
  pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
  pyodide.FS.writeFile(full, text, { encoding: "utf8" });
}
pyodide.globals.set("pytest_args", pyodide.toPy(job.args));
let code;
try {
  code = pyodide.runPython(`
import builtins, os, sys
import js
FALLBACK = ${JSON.stringify(FALLBACK)}
os.chdir("${project}")
sys.path.insert(0, "${project}")
if sys.version_info[:2] != (3, 14):
    raise SystemExit(f"expected Pyodide's CPython 3.14, got {sys.version}")

missing = set()
_import = builtins.__import__

def _in_page_code(frame):
    while frame is not None:
        name = frame.f_globals.get("__name__") or ""
        if name == "calculator" or name.startswith("calculator.") or name == "jss_main":
            return True
        frame = frame.f_back
    return False

def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    module = _import(name, globals, locals, fromlist, level)
    if level == 0 and _in_page_code(sys._getframe(1)):
        found = [module, sys.modules.get(name)]
        found += [getattr(module, item, None) for item in fromlist or ()]
        for item in found:
            origin = str(getattr(item, "__file__", None) or "")
            if origin.startswith(FALLBACK):
                missing.add(item.__name__)
    return module

builtins.__import__ = _guarded_import
import pytest

class _NameTheRunningTest:
    """Tell Node which test runs, so a crash of the runtime itself can name it."""

    def pytest_runtest_logstart(self, nodeid, location):
        js.globalThis.pytestCurrentTest = nodeid

status = int(pytest.main(list(pytest_args), plugins=[_NameTheRunningTest()]))
if missing:
    print("pyodide lane: the package imported modules the trimmed runtime lacks:",
          ", ".join(sorted(missing)), "(tools/runtime/exercise.py should reach them)")
    status = status or 4
status
`);
} catch (error) {
  // A fatal error (e.g. the JS stack overflowing in C code) kills the runtime: pytest cannot
  // report it, so say which test was running. The same input would kill the page in a browser.
  console.error(`\npyodide lane: Pyodide crashed (${error.name}: ${error.message})`);
  console.error(`pyodide lane: during ${globalThis.pytestCurrentTest ?? "start-up"}`);
  process.exit(3);
}
process.exit(code);
