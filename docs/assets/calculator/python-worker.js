// The page's Python, off the main thread: a dedicated same-origin module worker started by
// python.js. It boots Pyodide with this site's trimmed, precompiled runtime (jss-pyodide.mjs,
// written by tools/runtime), puts app.zip (the package and main.py as bytecode) on sys.path,
// and answers {id, name, request} messages with main.call(name, request): {id, answer} or
// {id, error}. It posts {type: "ready"} once Python is up, or {type: "failed", message}.
import { loadPyodide } from "../../runtime/pyodide/jss-pyodide.mjs";

const APP = "/home/pyodide/app.zip";

async function start() {
  // Fetched while the interpreter starts, not after it.
  const app = fetch(new URL("../../runtime/pyodide/app.zip", import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`app.zip: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
  const pyodide = await loadPyodide();
  pyodide.FS.writeFile(APP, new Uint8Array(await app));
  pyodide.runPython(`import sys; sys.path.insert(0, ${JSON.stringify(APP)})`);
  return pyodide.pyimport("jss_main");
}

const main = start();
main.then(
  () => self.postMessage({ type: "ready" }),
  (error) => self.postMessage({ type: "failed", message: String(error && error.message) }),
);

self.addEventListener("message", async ({ data }) => {
  const { id, name, request } = data;
  try {
    const answer = (await main).call(name, request);
    self.postMessage({ id, answer });
  } catch (error) {
    self.postMessage({ id, error: String(error && error.message) });
  }
});
