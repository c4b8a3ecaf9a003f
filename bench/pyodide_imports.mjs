// Runs bench/imports.py inside Pyodide (node_modules/pyodide, offline):
// node pyodide_imports.mjs <job.json>. The job (written by bench/imports.py) holds the project
// files and measure()'s arguments; prints measure()'s JSON result.
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const pyodide = await loadPyodide();
const project = "/home/pyodide/project";
for (const [path, text] of Object.entries(job.files)) {
  const full = `${project}/${path}`;
  pyodide.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
  pyodide.FS.writeFile(full, text, { encoding: "utf8" });
}
pyodide.runPython(`import os, sys\nos.chdir("${project}")\nsys.path.insert(0, "${project}")`);
pyodide.globals.set("bench_args", pyodide.toPy(job.args));
const text = pyodide.runPython(`
import json
import bench.imports
json.dumps(bench.imports.measure(*bench_args))
`);
process.stdout.write(text + "\n");
