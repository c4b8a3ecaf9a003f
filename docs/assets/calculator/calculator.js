// @ts-check
// The calculator page's entry: builds the page object (page.js), lets each job's module wire
// its part (form, result, compare, timeline, share, files, saved), then starts: the saved
// history (or a link's) is drawn at once and Python, once up, computes its result. Python is
// called once per edit (calculator.web.evaluate returns every number and the view trees); no
// module holds a rule or formats a number.

import { wireCompare } from "./compare.js";
import { renderEditor as drawEditor, ROWS_AT_ONCE } from "./editor.js";
import { wireFiles } from "./files.js";
import { focusAdd, fromPair, gapsFor, wireForm, wirePresets } from "./form.js";
import { browserStore, byId, findUi, today } from "./page.js";
import { previewFragment } from "./preview.js";
import { call, isReady, ready } from "./python.js";
import { paintComputing, paintView, wireResult } from "./result.js";
import { setState, startLoading, wireDisclosures } from "./runtime.js";
import { renderEarlier, renderRecovery, wireSaved } from "./saved.js";
import { openFragment, wireShare } from "./share.js";
import { scenarioFragment } from "./links.js";
import { emptyState, loadSaved, viewKey } from "./storage.js";
import { wireTimeline } from "./timeline.js";

/** @typedef {import("./page.js").Page} Page */
/** @typedef {import("./storage.js").State} State */
/** @typedef {import("./storage.js").SavedView} SavedView */

const root = document.getElementById("jss-calculator");
if (root) main(root);

/** @param {HTMLElement} root */
function main(root) {
  const day = today();
  const unwired = () => {
    throw new Error("calculator page: a module was not wired");
  };
  /** @type {Page} */
  const page = {
    root,
    data: JSON.parse(byId("jss-calculator-data").textContent),
    ui: findUi(),
    out: {
      summary: byId("jss-summary"), body: byId("jss-summary-body"), result: byId("jss-result"),
      origin: byId("jss-origin"), stale: byId("jss-stale"), announce: byId("jss-announce"),
      bar: byId("jss-scorebar"), barScore: byId("jss-bar-score"), barRange: byId("jss-bar-range"),
      barDelta: byId("jss-bar-delta"),
    },
    store: browserStore(),
    day,
    state: emptyState(day),
    gaps: { a: null, b: null },
    open: new Set(),
    call,
    isReady,
    storageBlocked: false,
    scrollOnResult: false,
    schedule: unwired,
    save: unwired,
    renderEditors: unwired,
    setStateTo: unwired,
    replaceState: unwired,
    options: unwired,
  };
  const { ui, out } = page;

  wireForm(page);
  const result = wireResult(page);
  wireTimeline(page);
  wireSaved(page, () => focusAdd(page));
  wireCompare(page);
  wireShare(page);
  wireFiles(page);
  wirePresets(page, (preset) => {
    // The built-in example's numbers, computed at build time, are this history's numbers.
    if (preset.id === page.data.example.id && !isReady()) {
      paintView(out, page.data.example.view, "The example, computed when this page was built.",
        undefined);
    }
  });

  // ------------------------------------------------------------------ start

  const pending = scenarioFragment(location.hash);
  /** @type {{state: State | null, view: SavedView | null, blocked: boolean}} */
  let loaded = { state: null, view: null, blocked: false };
  if (page.store) {
    try {
      loaded = loadSaved(page.store);
    } catch {
      // Storage refused mid-read: start empty; save() says so on the first change.
    }
  }
  page.storageBlocked = loaded.blocked;
  if (loaded.state) page.state = loaded.state;
  page.gaps = gapsFor(page.state);
  renderRecovery(page);
  renderEarlier(page);
  /** Set once Python has taken the link over: a late preview must not draw over it. */
  let linkTaken = false;
  if (pending) {
    // The link's history replaces this one once Python has read it: until then, no numbers.
    ui.editors.a.hidden = true;
    paintComputing(out, "Opening the history in the link…");
    previewFragment(pending, page.data.share).then((preview) => {
      if (preview && !linkTaken) showPreview(fromPair(preview, page.data.fields));
    });
  } else {
    page.renderEditors();
    if (loaded.state && loaded.view && loaded.view.of === viewKey(page.state, page.options())) {
      paintView(out, loaded.view, "From your last visit: computed for this history when you " +
        "last changed it. Updating…", undefined);
      result.shownScore(loaded.view.bar.score);
    } else {
      paintComputing(out, "");
    }
  }
  out.bar.hidden = false;
  wireDisclosures(out.result);
  wireDisclosures(out.body);
  out.bar.addEventListener("click", () => {
    ui.section.scrollIntoView({ block: "start" });
    ui.section.focus({ preventScroll: true });
  });

  /**
   * While Python starts: the link's contracts as this browser reads them, not yet editable and
   * with no numbers. Nothing is saved; Python reads the link again and decides what opens.
   * @param {State} preview
   */
  function showPreview(preview) {
    for (const key of /** @type {const} */ (["a", "b"])) {
      const s = preview[key];
      const box = ui.editors[key];
      box.hidden = !s;
      box.disabled = true;
      if (s) {
        const n = s.contracts.length;
        drawEditor(box, key, s, n > ROWS_AT_ONCE ? { from: ROWS_AT_ONCE, to: n } : null,
          page.data.fields, new Set());
      }
    }
    ui.clear.disabled = true;
    ui.toggleB.disabled = true;
    paintComputing(out, "The history in the link, as your browser reads it. Its numbers " +
      "follow once Python has checked it; you can change it then.");
  }

  function endPreview() {
    ui.editors.a.disabled = false;
    ui.editors.b.disabled = false;
    ui.toggleB.disabled = false;
  }

  startLoading(root);
  ready().then(async () => {
    for (const node of root.querySelectorAll("[data-needs-python]")) {
      /** @type {HTMLButtonElement} */ (node).disabled = false;
    }
    ui.exportB.disabled = !page.state.b;
    setState(root, "loading", "Python is up in your browser; computing the numbers for the " +
      "history in the form. What you type is kept, and saved in this browser only.");
    if (pending) {
      linkTaken = true;
      endPreview();
      ui.editors.a.hidden = false;
      await openFragment(page, pending);
    } else {
      result.compute();
    }
  });
}
