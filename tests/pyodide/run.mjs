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
const code = pyodide.runPython(`
import os, sys
os.chdir("${project}")
sys.path.insert(0, "${project}")
if sys.version_info[:2] != (3, 14):
    raise SystemExit(f"expected Pyodide's CPython 3.14, got {sys.version}")
import pytest
int(pytest.main(list(pytest_args)))
`);
process.exit(code);
