// Injected by bench/pages.py before any script of the page runs (Playwright add_init_script).
// It changes nothing the page does; it only records, in window.__jssBench, with performance.now()
// (milliseconds since navigation start):
//   events   PyScript's py:progress steps ("Loading interpreter", "Loaded files", ...), jss:ready,
//            py:all-done, DOMContentLoaded, load
//   wasm     every WebAssembly.instantiate*/compile* call: start, end, and whether it streamed
//   calls    every call the page makes to window.jssWeb.<fn> (evaluate, result_view, ...): start, end
//   score    when #jss-score (with data-score) first appears, and the next frame after that
//   states   each change of #jss-calculator's data-state
//   results  each time #jss-result's content is replaced
//   long     long tasks (> 50 ms) of the main thread
//   frames   long animation frames (> 50 ms) with the scripts that ran in them: which file's code
//            made the main thread busy (the theme's, the page's own, PyScript's)
(() => {
  const now = () => performance.now();
  const B = (window.__jssBench = {
    events: [], wasm: [], calls: [], states: [], results: [], long: [], frames: [],
    score: null,
  });
  try {
    performance.setResourceTimingBufferSize(2000);
  } catch {
    // older engines: the default buffer (250 entries) is enough for these pages
  }
  addEventListener("py:progress", (e) => B.events.push({ name: String(e.detail), t: now() }));
  for (const name of ["jss:ready", "py:all-done", "load"]) {
    addEventListener(name, () => B.events.push({ name, t: now() }));
  }
  document.addEventListener("DOMContentLoaded", () => B.events.push({ name: "DOMContentLoaded", t: now() }));

  for (const fn of ["instantiateStreaming", "instantiate", "compileStreaming", "compile"]) {
    const original = WebAssembly[fn];
    if (typeof original !== "function") continue;
    WebAssembly[fn] = function (...args) {
      const record = { fn, start: now(), end: null, ok: null };
      B.wasm.push(record);
      const promise = original.apply(this, args);
      promise.then(
        () => { record.end = now(); record.ok = true; },
        () => { record.end = now(); record.ok = false; },
      );
      return promise;
    };
  }

  // main.py sets window.jssWeb once; wrap its functions to time each call from the page.
  let web;
  Object.defineProperty(window, "jssWeb", {
    configurable: true,
    get: () => web,
    set(api) {
      B.events.push({ name: "jssWeb set", t: now() });
      for (const name of Object.keys(api)) {
        const fn = api[name];
        if (typeof fn !== "function") continue;
        api[name] = (...args) => {
          const start = now();
          try {
            return fn(...args);
          } finally {
            B.calls.push({ name, start, end: now(), chars: String(args[0] ?? "").length });
          }
        };
      }
      web = api;
    },
  });

  const nextFrame = (record, key) => requestAnimationFrame(() => setTimeout(() => {
    record[key] = now();
  }, 0));
  let lastState = null;
  let lastResult = null;
  const observer = new MutationObserver(() => {
    const score = document.getElementById("jss-score");
    if (score && !B.score && score.hasAttribute("data-score")) {
      const box = score.getBoundingClientRect();
      B.score = {
        t: now(), frame: null, value: score.getAttribute("data-score"),
        rendered: box.width > 0 && box.height > 0,
        in_viewport: box.bottom > 0 && box.top < innerHeight,
      };
      nextFrame(B.score, "frame");
    }
    const root = document.getElementById("jss-calculator");
    if (root && root.dataset.state !== lastState) {
      lastState = root.dataset.state;
      B.states.push({ state: lastState, t: now() });
    }
    const result = document.getElementById("jss-result");
    const first = result && result.firstElementChild;
    if (first && first !== lastResult) {
      lastResult = first;
      const record = { t: now(), frame: null, score: score && score.getAttribute("data-score") };
      B.results.push(record);
      nextFrame(record, "frame");
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true,
    attributeFilter: ["data-state", "data-score"] });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    // no Long Tasks API: the breakdown says so
  }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.frames.push({
          start: e.startTime, duration: e.duration,
          scripts: e.scripts.map((x) => ({
            url: x.sourceURL, invoker: x.invoker, start: x.startTime, duration: x.duration,
          })),
        });
      }
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {
    // no Long Animation Frames API: no attribution by script
  }
})();
