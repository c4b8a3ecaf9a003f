// The bench's main-thread mode only (?jss-python=main, see python.js): Pyodide with this site's
// trimmed, precompiled runtime (jss-pyodide.mjs, written by tools/runtime), app.zip (the package
// and main.py as bytecode) on sys.path, and main.py imported, all on the page's own thread. It
// shows what PyScript's worker saves; the pages themselves never load it.

const RUNTIME = new URL("../../runtime/pyodide/", import.meta.url);
const APP = "/home/pyodide/app.zip";

/** Resolves with main.py's module (a PyProxy): call(name, request) -> JSON string. */
export async function boot() {
  const started = performance.now();
  // Both fetched at once, while the interpreter's own files download.
  const loader = import(new URL("jss-pyodide.mjs", RUNTIME).href);
  const app = fetch(new URL("app.zip", RUNTIME)).then((response) => {
    if (!response.ok) throw new Error(`app.zip: HTTP ${response.status}`);
    return response.arrayBuffer();
  });
  const pyodide = await (await loader).loadPyodide();
  const interpreter = performance.now();
  pyodide.FS.writeFile(APP, new Uint8Array(await app));
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(APP)})`);
  const main = pyodide.pyimport("jss_main");
  const wasm = performance.getEntriesByName("jss:wasm-ready")[0]?.startTime ?? null;
  const steps = { started, wasm, interpreter, imported: performance.now() };
  return { main, steps };
}
