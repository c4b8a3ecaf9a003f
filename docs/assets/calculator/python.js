// The page's only way to Python: calculator.web, run by PyScript in a worker, so the
// interpreter's start-up and every computation stay off the main thread and the page keeps
// scrolling and taking input while Python starts.
//
//   ready(): Promise<void>                 starts Python (once) and resolves when it is up
//   call(name, payload): Promise<object>   calculator.web.<name> on payload (an object, sent as
//                                          JSON, or a JSON string); the parsed JSON answer
//   isReady(): boolean                     whether Python is up already (no waiting)
//   report(): object | null                start-up steps and the worker's downloads, in this
//                                          page's clock (for make bench)
//
// `name` is any name in calculator.web.__all__, "memory" (Python's WebAssembly memory size, for
// the endurance test) or "about" (the interpreter, for the smoke test). Once Python is up, the
// page registers the site's service worker (sw.js at the site root), which keeps the runtime
// and the visited pages for offline visits, and notes in localStorage ("jss-runtime-seen") that
// the runtime is cached, so the head stops prefetching it (docs/overrides/pyscript.html).
//
// PyScript (self-hosted: runtime/pyscript/core.js) starts python-worker.py with PyWorker: its
// `interpreter` is the site's trimmed runtime (runtime/pyodide/jss-pyodide.mjs, loadPyodide
// with the precompiled stdlib and an empty package lock), its `files` put app.zip (the package
// and main.py as bytecode) in the worker's file system, and python-worker.py exports `call` and
// `report`. sync_main_only: the page calls into the worker, never the other way, so PyScript
// needs no SharedArrayBuffer and the site no cross-origin isolation headers.
//
// make bench also loads the page with ?jss-python=main: the same runtime on the main thread
// (python-boot.js, under a policy-bypassing test browser), because the CPU throttle of its
// phone profile cannot slow a worker, so that is how it measures Python's start on a slow CPU.

const SITE_ROOT = new URL("../../", import.meta.url);
const ON_MAIN_THREAD = new URLSearchParams(location.search).get("jss-python") === "main";
const RUNTIME = new URL("runtime/", SITE_ROOT);
const INTERPRETER = new URL("pyodide/jss-pyodide.mjs", RUNTIME).href;
const APP = "/home/pyodide/app.zip";
/** PyScript's worker handle (its `sync` object holds the Python functions it exports). */
/** @type {any} */
let worker = null;
/** The page's Python module when it runs on the main thread (bench only). */
/** @type {any} */
let mainModule = null;
/** @type {Promise<void> | null} */
let started = null;
/** @type {object | null} */
let startReport = null;

async function startWorker() {
  const { PyWorker } = await import(new URL("pyscript/core.js", RUNTIME).href);
  worker = await PyWorker(new URL("./python-worker.py", import.meta.url).href, {
    type: "pyodide",
    version: INTERPRETER,
    config: {
      interpreter: INTERPRETER,
      sync_main_only: true,
      files: { [new URL("pyodide/app.zip", RUNTIME).href]: APP },
    },
  });
  // The worker's clock starts when it is created: move its times onto this page's.
  const { origin, steps, resources } = JSON.parse(await worker.sync.report());
  const shift = origin - performance.timeOrigin;
  return {
    thread: "worker (PyScript)",
    steps: Object.fromEntries(Object.entries(steps).map(
      ([k, v]) => [k, v === null ? null : v + shift])),
    resources: resources.map((/** @type {any} */ e) => ({
      url: e.name, initiator: e.initiatorType, start: e.startTime + shift,
      end: e.responseEnd + shift, transfer: e.transferSize, encoded: e.encodedBodySize,
      decoded: e.decodedBodySize,
    })),
  };
}

async function startHere() {
  const { boot } = await import("./python-boot.js");
  const { main, steps } = await boot();
  mainModule = main;
  return { thread: "main", steps, resources: [] };
}

/** Starts Python in PyScript's worker (once); resolves when it can answer. */
export function ready() {
  if (!started) {
    performance.mark("jss:python-start");
    started = (ON_MAIN_THREAD ? startHere() : startWorker()).then((report) => {
      performance.mark("jss:imported");
      startReport = report;
      noteRuntimeSeen();
      keepOffline();
    });
  }
  return started;
}

/** True once Python is up (no waiting). */
export function isReady() {
  return startReport !== null;
}

/**
 * calculator.web.<name>(payload) in the worker: a promise of the parsed answer.
 * @param {string} name
 * @param {object | string} payload
 * @returns {Promise<any>}
 */
export async function call(name, payload) {
  await ready();
  const request = typeof payload === "string" ? payload : JSON.stringify(payload);
  const start = performance.now();
  try {
    if (mainModule) return JSON.parse(mainModule.call(name, request));
    let answer;
    try {
      answer = await worker.sync.call(name, request);
    } catch (error) {
      throw new Error(`calculator.web: ${error instanceof Error ? error.message : String(error)}`);
    }
    return JSON.parse(answer);
  } finally {
    // A User Timing entry per call (the worker round trip, answer parsed): make bench reads them.
    performance.measure(`jss:call ${name}`, { start, end: performance.now() });
  }
}

/** How the start went (null before it is done). */
export function report() {
  return startReport;
}

/** Python has started once in this browser: from now on the runtime's files are in its caches,
 *  and the Python pages' head (docs/overrides/pyscript.html) no longer prefetches them, which
 *  would cost Chromium its compiled-code cache for the wasm. No storage: nothing to note. */
function noteRuntimeSeen() {
  try {
    localStorage.setItem("jss-runtime-seen", "1");
  } catch {
    // storage off or full: the next visit prefetches again, which is only slower
  }
}

/** Registers sw.js (after Python is up, so its downloads come from the browser's cache rather
 *  than competing with the first start) and tells it which files this page used. */
async function keepOffline() {
  if (!("serviceWorker" in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register(new URL("sw.js", SITE_ROOT), {
      scope: SITE_ROOT.pathname,
    });
    const used = [location.href.split("#")[0]];
    for (const entry of performance.getEntriesByType("resource")) used.push(entry.name);
    const active = registration.active || (await navigator.serviceWorker.ready).active;
    active?.postMessage({ type: "keep", urls: used });
  } catch (error) {
    // Offline use is a bonus: a browser that refuses it (private mode, file://) still works.
    console.info(`offline copy not available: ${error instanceof Error ? error.message : error}`);
  }
}
