// Runs one bench module's measure() inside Pyodide (node_modules/pyodide, offline, under Node.js):
//   node bench/pyodide_measure.mjs <job.json>
// The job (written by bench/run.py for bench.model, by bench/imports.py for bench.imports) holds
// the project files, the module's name and measure()'s arguments. Prints one JSON object:
// measure()'s result, plus how long Pyodide took to start and to import the package
// ("startup_ms") when the job asks for it.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadPyodide } from "pyodide";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
if (!/^bench\.[a-z_]+$/.test(job.module)) throw new Error(`not a bench module: ${job.module}`);
const t0 = performance.now();
const pyodide = await loadPyodide();
const t1 = performance.now();
const project = "/home/pyodide/project";
for (const [path, text] of Object.entries(job.files)) {
  const full = `${project}/${path}`;
  pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
  pyodide.FS.writeFile(full, text, { encoding: "utf8" });
}
pyodide.runPython(`import os, sys\nos.chdir("${project}")\nsys.path.insert(0, "${project}")`);
const t2 = performance.now();
pyodide.runPython("import calculator, calculator.web");
const t3 = performance.now();
pyodide.globals.set("bench_module", job.module);
pyodide.globals.set("bench_args", pyodide.toPy(job.args));
const result = JSON.parse(pyodide.runPython(`
import importlib, json
json.dumps(importlib.import_module(bench_module).measure(*bench_args))
`));
if (job.startup) {
  result.startup_ms = {
    load_pyodide: Math.round(t1 - t0),
    import_calculator: Math.round(t3 - t2),
  };
}
process.stdout.write(JSON.stringify(result) + "\n");
