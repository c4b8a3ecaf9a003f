// The page's only way to Python: calculator.web, run in a worker (python-worker.js), so the
// interpreter's start-up and every computation stay off the main thread and the page keeps
// scrolling and taking input while Python starts.
//
//   ready(): Promise<void>                 starts Python (once) and resolves when it is up
//   call(name, payload): Promise<object>   calculator.web.<name> on payload (an object, sent as
//                                          JSON, or a JSON string); the parsed JSON answer
//   report(): object | null                start-up steps and the worker's downloads, in this
//                                          page's clock (for make bench)
//
// `name` is any name in calculator.web.__all__, "memory" (Python's WebAssembly memory size, for
// the endurance test) or "about" (the interpreter, for the smoke test). Once Python is up, the
// page registers the site's service worker (sw.js at the site root), which keeps the runtime
// and the visited pages for offline visits.
//
// make bench also loads the page with ?jss-python=main: the same runtime on the main thread
// (under a policy-bypassing test browser), because the CPU throttle of its phone profile cannot
// slow a worker, so that is how it measures Python's start on a slow CPU.

const SITE_ROOT = new URL("../../", import.meta.url);
const ON_MAIN_THREAD = new URLSearchParams(location.search).get("jss-python") === "main";
const waiting = new Map();
let worker = null;
let mainModule = null;
let started = null;
let startReport = null;
let nextId = 1;

function onMessage({ data }) {
  const pending = waiting.get(data.id);
  if (!pending) return;
  waiting.delete(data.id);
  if ("error" in data) pending.reject(new Error(`calculator.web: ${data.error}`));
  else pending.resolve(JSON.parse(data.answer));
}

function startWorker() {
  return new Promise((resolve, reject) => {
    worker = new Worker(new URL("./python-worker.js", import.meta.url),
      { type: "module", name: "jss-python" });
    worker.addEventListener("message", function first({ data }) {
      if (data.type === "ready") {
        worker.removeEventListener("message", first);
        worker.addEventListener("message", onMessage);
        // The worker's clock starts when it is created: move its times onto this page's.
        const shift = data.origin - performance.timeOrigin;
        const steps = Object.fromEntries(Object.entries(data.steps).map(([k, v]) => [k, v + shift]));
        const resources = data.resources.map((r) => ({ ...r, start: r.start + shift,
                                                           end: r.end + shift }));
        resolve({ thread: "worker", steps, resources });
      } else if (data.type === "failed") {
        reject(new Error(`Python did not start: ${data.message}`));
      }
    });
    worker.addEventListener("error", (event) => {
      reject(new Error(`Python did not start: ${event.message || "the worker failed"}`));
    });
  });
}

async function startHere() {
  const { boot } = await import("./python-boot.js");
  const { main, steps } = await boot();
  mainModule = main;
  return { thread: "main", steps, resources: [] };
}

/** Starts Python in its worker (once); resolves when it can answer. */
export function ready() {
  if (!started) {
    performance.mark("jss:python-start");
    started = (ON_MAIN_THREAD ? startHere() : startWorker()).then((report) => {
      performance.mark("jss:imported");
      startReport = report;
      keepOffline();
    });
  }
  return started;
}

/** calculator.web.<name>(payload) in the worker: a promise of the parsed answer. */
export async function call(name, payload) {
  await ready();
  const request = typeof payload === "string" ? payload : JSON.stringify(payload);
  if (mainModule) return JSON.parse(mainModule.call(name, request));
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, name, request });
  });
}

/** How the start went (null before it is done). */
export function report() {
  return startReport;
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
    active.postMessage({ type: "keep", urls: used });
  } catch (error) {
    // Offline use is a bonus: a browser that refuses it (private mode, file://) still works.
    console.info(`offline copy not available: ${error.message}`);
  }
}
