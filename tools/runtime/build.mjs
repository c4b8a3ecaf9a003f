// Builds the page's trimmed Python runtime with the repository's own npm Pyodide, in Node:
//   node tools/runtime/build.mjs <job.json>
// The job (written by tools/runtime/__init__.py) names Pyodide's folder, the page's Python
// sources (path in the app -> text) and the output folder. Two steps, each in a fresh interpreter:
// 1. trace: boot the stock runtime, import the page's module and every module of the package,
//    run every preset through every calculator.web function (tools/runtime/exercise.py), and keep
//    the standard-library modules that ended up in sys.modules; byte-compile them, and the app,
//    with this same interpreter (bytecode is tied to the exact CPython inside Pyodide);
// 2. check: boot again on the trimmed stdlib zip with an empty package lock, unpack the app
//    bytecode, and run the same exercise. Any exception (a module left out raises ImportError)
//    exits non-zero and fails the build.
// Writes <out>/stdlib.zip, <out>/app.zip, <out>/lock.json and <out>/report.json.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
// A Python error prints its traceback, not Pyodide's minified source around the throw.
process.on("uncaughtException", (error) => {
  console.error(`runtime build: ${error.message}`);
  process.exit(1);
});
const { loadPyodide } = await import(join(job.pyodide, "pyodide.mjs"));
const APP = "/home/pyodide/app";
const STDLIB = "/lib/python314.zip";

function writeTree(py, root, files) {
  for (const [path, text] of Object.entries(files)) {
    const full = `${root}/${path}`;
    py.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    py.FS.writeFile(full, text, { encoding: "utf8" });
  }
}

// --- 1. trace and compile ------------------------------------------------------------------
const quiet = { stdout: () => {}, stderr: (line) => console.error(line) };
let py = await loadPyodide(quiet);
const pythonVersion = py.runPython("import sys; sys.version.split()[0]");
writeTree(py, APP, job.app);
py.FS.writeFile("/tmp/exercise.py", job.exercise, { encoding: "utf8" });
const traced = JSON.parse(py.runPython(`
import json, sys
sys.path.insert(0, ${JSON.stringify(APP)})
sys.path.insert(0, "/tmp")
import exercise
report = exercise.run(${JSON.stringify(job.main)}, ${JSON.stringify(job.package)})
prefix = ${JSON.stringify(STDLIB)} + "/"
kept = sorted(
    m.__file__[len(prefix):]
    for m in list(sys.modules.values())
    if isinstance(getattr(m, "__file__", None), str) and m.__file__.startswith(prefix)
    # Frozen into the interpreter itself (os, io, site, ...): not read from the zip.
    and getattr(getattr(m, "__spec__", None), "origin", None) != "frozen"
)
json.dumps({"kept": kept, "report": report})
`));

// Byte-compile with this interpreter. Sourceless .pyc in a zip is what zipimport loads first;
// the code objects keep the stdlib's usual file names, so tracebacks read as before.
// Docstrings of modules and functions are left out (about a tenth of the stdlib zip: bytes on the
// page's slowest download, and less to unmarshal at start): nothing on the page reads them, and
// CPython's stdlib runs without them under -OO. Unlike -OO, asserts stay, so the code is the code
// the tests run. Class docstrings stay: a dataclass without one computes its signature at import.
// Pyodide's own packages (_pyodide, pyodide) keep theirs: it attaches them to its JavaScript API.
py.globals.set("kept_files", py.toPy(traced.kept));
py.globals.set("app_files", py.toPy(Object.keys(job.app)));
py.runPython(`
import ast
import importlib._bootstrap_external as ext
import io, zipfile

DATE = (2020, 1, 1, 0, 0, 0)

def without_docstrings(source, filename):
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                node.body[0:1] = [] if len(node.body) > 1 else [ast.copy_location(ast.Pass(), first)]
    return tree

def pyc(source, filename, strip=True):
    tree = without_docstrings(source, filename) if strip else source
    code = compile(tree, filename, "exec", dont_inherit=True, optimize=0)
    return bytes(ext._code_to_timestamp_pyc(code, 0, 0))

def write_zip(path, entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for name, data in sorted(entries.items()):
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())

stdlib = {}
with zipfile.ZipFile(${JSON.stringify(STDLIB)}) as zf:
    for rel in kept_files:
        stdlib[rel[:-3] + ".pyc"] = pyc(zf.read(rel), ${JSON.stringify(STDLIB)} + "/" + rel,
                                        strip=not rel.startswith(("_pyodide/", "pyodide/")))
write_zip("/tmp/stdlib.zip", stdlib)

app = {}
for rel in app_files:
    with open(${JSON.stringify(APP)} + "/" + rel, "rb") as f:
        app[rel[:-3] + ".pyc"] = pyc(f.read(), rel)
write_zip("/tmp/app.zip", app)
`);
const stdlibZip = py.FS.readFile("/tmp/stdlib.zip");
const appZip = py.FS.readFile("/tmp/app.zip");

// An empty package lock: the page installs no package, so Pyodide needs no lock file download.
const stockLock = JSON.parse(readFileSync(join(job.pyodide, "pyodide-lock.json"), "utf8"));
const lock = { info: stockLock.info, packages: {} };

// --- 2. check the trimmed runtime ------------------------------------------------------------
mkdirSync(job.out, { recursive: true });
writeFileSync(join(job.out, "stdlib.zip"), stdlibZip);
py = await loadPyodide({
  ...quiet,
  stdLibURL: join(job.out, "stdlib.zip"),
  lockFileContents: JSON.stringify(lock),
});
// As the page's worker does: the zip itself goes on sys.path (zipimport, no unpacking).
py.FS.writeFile(`${APP}.zip`, appZip);
py.FS.writeFile("/tmp/exercise.py", job.exercise, { encoding: "utf8" });
let checked;
try {
  checked = JSON.parse(py.runPython(`
import json, sys
sys.path.insert(0, ${JSON.stringify(APP + ".zip")})
sys.path.insert(0, "/tmp")
import exercise
report = exercise.run(${JSON.stringify(job.main)}, ${JSON.stringify(job.package)})
bad = sorted(n for n, m in sys.modules.items()
             if str(getattr(m, "__file__", "")).endswith(".py")
             and str(getattr(m, "__file__", "")).startswith(${JSON.stringify(STDLIB)})
             and getattr(getattr(m, "__spec__", None), "origin", None) != "frozen")
assert not bad, f"imported from source: {bad}"
assert sys.modules[${JSON.stringify(job.main)}].__file__.endswith(".pyc")
json.dumps({"report": report})
`));
} catch (error) {
  console.error(`runtime build: the trimmed runtime fails the exercise:\n${error.message}`);
  process.exit(1);
}
if (JSON.stringify(checked.report) !== JSON.stringify(traced.report)) {
  console.error("runtime build: the trimmed runtime answers differently from the stock one");
  process.exit(1);
}
writeFileSync(join(job.out, "app.zip"), appZip);
writeFileSync(join(job.out, "lock.json"), JSON.stringify(lock));
writeFileSync(join(job.out, "report.json"), JSON.stringify({
  python: pythonVersion,
  modules: traced.kept.length,
  kept: traced.kept,
  calls: traced.report.calls,
}, null, 1));
console.log(`runtime build: Python ${pythonVersion}, ${traced.kept.length} stdlib modules kept, ` +
            `${traced.report.calls} calls checked on the trimmed runtime`);
