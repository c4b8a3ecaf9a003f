// The page's only way to Python: calculator.web, run in a worker (python-worker.js), so the
// interpreter's start-up and every computation stay off the main thread and the page keeps
// scrolling and taking input while Python starts.
//
//   ready(): Promise<void>                 starts Python (once) and resolves when it is up
//   call(name, payload): Promise<object>   calculator.web.<name> on payload (an object, sent as
//                                          JSON, or a JSON string); the parsed JSON answer
//
// `name` is any name in calculator.web.__all__, or "memory" (Python's WebAssembly memory size,
// for the endurance test). Once Python is up, the page registers the site's service worker
// (sw.js at the site root), which keeps the runtime and the visited pages for offline visits.

const WORKER_URL = new URL("./python-worker.js", import.meta.url);
const SITE_ROOT = new URL("../../", import.meta.url);
const waiting = new Map();
let worker = null;
let started = null;
let nextId = 1;

function onMessage({ data }) {
  const pending = waiting.get(data.id);
  if (!pending) return;
  waiting.delete(data.id);
  if ("error" in data) pending.reject(new Error(`calculator.web: ${data.error}`));
  else pending.resolve(JSON.parse(data.answer));
}

/** Starts Python in its worker (once); resolves when it can answer. */
export function ready() {
  if (!started) {
    performance.mark("jss:python-start");
    started = new Promise((resolve, reject) => {
      worker = new Worker(WORKER_URL, { type: "module", name: "jss-python" });
      worker.addEventListener("message", function first({ data }) {
        if (data.type === "ready") {
          performance.mark("jss:imported");
          worker.removeEventListener("message", first);
          worker.addEventListener("message", onMessage);
          resolve();
          keepOffline();
        } else if (data.type === "failed") {
          reject(new Error(`Python did not start: ${data.message}`));
        }
      });
      worker.addEventListener("error", (event) => {
        reject(new Error(`Python did not start: ${event.message || "the worker failed"}`));
      });
    });
  }
  return started;
}

/** calculator.web.<name>(payload) in the worker: a promise of the parsed answer. */
export async function call(name, payload) {
  await ready();
  const request = typeof payload === "string" ? payload : JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, name, request });
  });
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
