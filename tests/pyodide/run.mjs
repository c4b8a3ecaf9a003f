// Runs pytest inside Pyodide (from node_modules/pyodide, no network): node run.mjs <job.json>.
// The job (written by run.py) names the wheels to unpack, the project files and pytest's args.
// Exits with pytest's exit code.
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pyodide = await loadPyodide();
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
import os, sys
import js
os.chdir("${project}")
sys.path.insert(0, "${project}")
if sys.version_info[:2] != (3, 14):
    raise SystemExit(f"expected Pyodide's CPython 3.14, got {sys.version}")
import pytest

class _NameTheRunningTest:
    """Tell Node which test runs, so a crash of the runtime itself can name it."""

    def pytest_runtest_logstart(self, nodeid, location):
        js.globalThis.pytestCurrentTest = nodeid

int(pytest.main(list(pytest_args), plugins=[_NameTheRunningTest()]))
`);
} catch (error) {
  // A fatal error (e.g. the JS stack overflowing in C code) kills the runtime: pytest cannot
  // report it, so say which test was running. The same input would kill the page in a browser.
  console.error(`\npyodide lane: Pyodide crashed (${error.name}: ${error.message})`);
  console.error(`pyodide lane: during ${globalThis.pytestCurrentTest ?? "start-up"}`);
  process.exit(3);
}
process.exit(code);
