// @ts-check
// The calculator page's controller: holds the state, wires the editor, the result, links,
// storage and files together, and calls Python once per edit (calculator.web.evaluate returns
// every number and the view trees). It holds no rule and formats no number.

import {
  button, clearErrors, fieldId, newContract, renderEditor as drawEditor, ROWS_AT_ONCE, ROWS_MORE,
  showErrors,
} from "./editor.js";
import { anonymise, hasClientNames, scenarioFragment, shareUrl } from "./links.js";
import { previewFragment } from "./preview.js";
import { call, isReady, ready } from "./python.js";
import { markStale, paintComputing, paintView } from "./results.js";
import { setState, show, startLoading, wireDisclosures } from "./runtime.js";
import {
  emptyState, isEmpty, listAside, loadSaved, pushEarlier, readEarlier, removeEarlier,
  saveState, STORAGE_KEY, viewKey,
} from "./storage.js";
import { downloadText, exportText, readImport } from "./transfer.js";
import { mountImport } from "./import.js";

/** @typedef {import("./storage.js").State} State */
/** @typedef {import("./storage.js").Scenario} Scenario */
/** @typedef {import("./storage.js").SavedView} SavedView */
/** @typedef {import("./storage.js").Store} Store */

// How long to wait after typing before recomputing: at once for a short history (Python needs
// about 30 ms for 100 contracts, make bench), after a pause for a long one.
const QUICK_HISTORY = 200;
const DEBOUNCE_MS = 250;
const LONG_HISTORY = 500;
const LONG_DEBOUNCE_MS = 1000;
// The result is saved with the history after this pause, not on every keystroke.
const VIEW_SAVE_MS = 300;

const root = document.getElementById("jss-calculator");
if (root) main(root);

/** @param {string} id @returns {any} */
function el(id) {
  return document.getElementById(id);
}

/** Today in the reader's time zone, as YYYY-MM-DD. */
function today() {
  const d = new Date();
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** localStorage, or null when the browser refuses it altogether. @returns {Store | null} */
function browserStore() {
  try {
    const store = window.localStorage;
    store.getItem("jss-probe");
    return store;
  } catch {
    return null;
  }
}

/** @param {HTMLElement} root */
function main(root) {
  const data = JSON.parse(el("jss-calculator-data").textContent);
  const ui = {
    form: el("jss-form"),
    notice: el("jss-notice"),
    presets: el("jss-presets"),
    presetsBox: el("jss-presets-box"),
    clear: el("jss-clear"),
    editors: { a: el("jss-editor-a"), b: el("jss-editor-b") },
    toggleB: el("jss-toggle-b"),
    link: el("jss-link"),
    linkNote: el("jss-link-note"),
    copy: el("jss-copy"),
    anonymise: el("jss-anonymise"),
    exportA: el("jss-export-a"),
    exportB: el("jss-export-b"),
    importFile: el("jss-import"),
    openB: el("jss-open-b"),
    openBGo: el("jss-open-b-go"),
    recovery: el("jss-recovery"),
    earlier: el("jss-earlier"),
    earlierList: el("jss-earlier-list"),
    openContracts: el("jss-open-contracts"),
    section: el("jss-result-section"),
  };
  /** @type {import("./results.js").ResultUi} */
  const out = {
    summary: el("jss-summary"), body: el("jss-summary-body"), result: el("jss-result"),
    origin: el("jss-origin"), stale: el("jss-stale"), announce: el("jss-announce"),
    bar: el("jss-scorebar"), barScore: el("jss-bar-score"), barRange: el("jss-bar-range"),
    barDelta: el("jss-bar-delta"),
  };
  const store = browserStore();
  const day = today();

  /** @type {State} */
  let state = emptyState(day);
  let seq = 0;
  let timer = 0;
  let viewTimer = 0;
  let lastFragment = /** @type {string | null} */ (null);
  /** @type {number | null | undefined} */
  let shownScore;
  let saveFailed = false;
  let storageBlocked = false;
  let scrollOnResult = false;
  /** @type {{a: import("./editor.js").Gap, b: import("./editor.js").Gap}} */
  const gaps = { a: null, b: null };
  /** Contract rows whose "More" panel is open ("a-3"). */
  const open = new Set();
  /** The result saved with the history at the last visit, until the live one replaces it. */
  /** @type {SavedView | null} */
  let lastView = null;

  // ------------------------------------------------------------------ state and saving

  /** What the page sends for a scenario: values as typed (calculator.from_form reads them). */
  /** @param {Scenario} s */
  function toForm(s) {
    /** @type {Record<string, unknown>} */
    const form = { schema: 1, as_of: s.as_of, rules: s.rules, contracts: s.contracts };
    const shown = (s.shown || []).map((x, i) => ({ date: i === 0 ? s.as_of : x.date,
      score: x.score })).filter((x) => x.score.trim() !== "");
    if (shown.length) form.shown = shown;
    return form;
  }

  /** @param {any} form @returns {Scenario} */
  function fromForm(form) {
    const text = (/** @type {unknown} */ v) => (v === null || v === undefined ? "" : String(v));
    return {
      as_of: text(form.as_of),
      rules: text(form.rules),
      contracts: (form.contracts || []).map((/** @type {any} */ c) => ({
        id: text(c.id), client: text(c.client), kind: text(c.kind) || "fixed",
        start: text(c.start), end: text(c.end), earnings: text(c.earnings),
        last_payment: text(c.last_payment), public_rating: text(c.public_rating),
        private_rating: c.private_rating === null ? "none" : text(c.private_rating) || "unknown",
        client_excluded: c.client_excluded === true,
      })),
      ...(Array.isArray(form.shown) && form.shown.length
        ? { shown: form.shown.map((/** @type {any} */ x) => ({ date: text(x.date),
          score: text(x.score) })) } : {}),
    };
  }

  /** @param {any} pair @returns {State} */
  const fromPair = (pair) => ({ a: fromForm(pair.a), b: pair.b ? fromForm(pair.b) : null });

  const options = () => ui.openContracts.value;

  /** @param {SavedView | null} view */
  function save(view = null) {
    if (!store || storageBlocked) return;
    try {
      saveState(store, state, view);
      saveFailed = false;
    } catch {
      if (!saveFailed) {
        notify("This browser did not let the page save your history (storage may be off or " +
          "full). It stays here while the page is open: export it as a file to keep it.", "error");
      }
      saveFailed = true;
    }
  }

  // ------------------------------------------------------------------ notices

  /**
   * @param {string} message @param {string} [kind]
   * @param {{label: string, run: () => void}[]} [actions]
   */
  function notify(message, kind = "info", actions = []) {
    if (!message) {
      ui.notice.hidden = true;
      ui.notice.replaceChildren();
      return;
    }
    const p = document.createElement("p");
    p.textContent = message;
    ui.notice.replaceChildren(p);
    ui.notice.dataset.kind = kind;
    for (const action of actions) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = "md-button jss-small";
      b.textContent = action.label;
      b.addEventListener("click", () => {
        action.run();
      });
      ui.notice.append(b, " ");
    }
    ui.notice.hidden = false;
  }

  // ------------------------------------------------------------------ replacing the history

  /**
   * Replaces the whole state (example, import, link, Clear all, names replaced), keeping the
   * old one in the earlier histories and one Undo away.
   * @param {State} next @param {string} message @param {string} label what replaced it
   * @param {{label: string, run: () => void}[]} [more]
   */
  function replaceState(next, message, label, more = []) {
    const previous = state;
    if (store && !isEmpty(previous) && !pushEarlier(store, previous, label)) {
      message += " (This browser would not keep the earlier history: Undo works until you " +
        "leave the page.)";
    }
    setStateTo(next);
    renderEarlier();
    const undo = {
      label: "Undo: bring back my previous history",
      run: () => {
        setStateTo(previous);
        notify("Your previous history is back.", "info");
      },
    };
    notify(message, "info", isEmpty(previous) ? more : [undo, ...more]);
  }

  /** @param {State} next */
  function setStateTo(next) {
    state = next;
    open.clear();
    resetGaps();
    save();
    renderEditors();
    paintComputing(out, "");
    schedule(0);
  }

  function renderEarlier() {
    const list = store ? readEarlier(store) : [];
    ui.earlier.hidden = list.length === 0;
    ui.earlierList.replaceChildren(...list.map((entry, index) => {
      const li = document.createElement("li");
      const n = entry.state.a.contracts.length;
      const when = entry.saved_at.slice(0, 16).replace("T", " ");
      const what = document.createElement("span");
      what.textContent = `${n} contract${n === 1 ? "" : "s"}` +
        `${entry.state.b ? " and a scenario B" : ""}, as of ${entry.state.a.as_of}; ` +
        `replaced by ${entry.label} on ${when} UTC. `;
      const restore = button("Bring it back", "restore", { index: String(index) });
      const remove = button("Delete", "forget", { index: String(index) });
      li.append(what, restore, " ", remove);
      return li;
    }));
  }

  ui.earlierList.addEventListener("click", (/** @type {Event} */ event) => {
    const b = /** @type {HTMLElement} */ (event.target).closest("button[data-action]");
    if (!(b instanceof HTMLElement) || !store) return;
    const index = Number(b.dataset.index);
    const entry = readEarlier(store)[index];
    if (!entry) return;
    removeEarlier(store, index);
    if (b.dataset.action === "restore") {
      replaceState(entry.state, "Brought back an earlier history.", "an earlier history");
    } else {
      renderEarlier();
    }
  });

  // ------------------------------------------------------------------ unreadable saves

  function recovery() {
    const entries = store ? listAside(store, storageBlocked) : [];
    ui.recovery.hidden = entries.length === 0;
    if (ui.recovery.hidden) {
      ui.recovery.replaceChildren();
      return;
    }
    const intro = document.createElement("p");
    intro.textContent = "A history saved in this browser could not be read by this page. " +
      "Nothing was deleted: it is kept as it was, below. Download it to keep it or to report " +
      "the problem.";
    const list = document.createElement("ul");
    for (const entry of entries) {
      const li = document.createElement("li");
      const what = document.createElement("span");
      what.textContent = `${entry.label}, not readable because ${entry.problem ||
        "of its content"}. `;
      const download = button("Download it", "download");
      download.addEventListener("click", () => {
        downloadText(entry.raw, "jss-unreadable-history.json", "text/plain");
      });
      li.append(what, download);
      if (!entry.fixed) {
        const remove = button("Delete it", "delete");
        remove.addEventListener("click", () => {
          store?.removeItem(entry.key);
          recovery();
          ui.recovery.focus();
        });
        li.append(" ", remove);
      }
      list.append(li);
    }
    ui.recovery.replaceChildren(intro, list);
  }

  // ------------------------------------------------------------------ the editors

  function resetGaps() {
    for (const key of /** @type {const} */ (["a", "b"])) {
      const s = state[key];
      const n = s ? s.contracts.length : 0;
      gaps[key] = n > ROWS_AT_ONCE ? { from: ROWS_AT_ONCE, to: n } : null;
    }
  }

  /** @param {"a" | "b"} key */
  function renderEditor(key) {
    drawEditor(ui.editors[key], key, state[key], gaps[key], data.fields, open);
  }

  function renderEditors() {
    renderEditor("a");
    renderEditor("b");
    ui.toggleB.textContent = state.b ? "Remove scenario B" : "Add scenario B (a copy of A)";
    ui.toggleB.setAttribute("aria-pressed", state.b ? "true" : "false");
    ui.exportB.hidden = !state.b;
    ui.exportB.disabled = !state.b || !isReady();
    ui.clear.disabled = isEmpty(state);
    ui.anonymise.disabled = !hasClientNames(state);
  }

  /** @param {"a" | "b"} key @param {number} index */
  function focusRow(key, index) {
    const target = document.getElementById(fieldId(key, index, "client"));
    if (target) target.focus();
  }

  /** @param {Event} event */
  function onAction(event) {
    const b = /** @type {HTMLElement} */ (event.target).closest("button[data-action]");
    if (!(b instanceof HTMLElement) || !ui.form.contains(b) || !b.dataset.key) return;
    const key = /** @type {"a" | "b"} */ (b.dataset.key);
    const scenario = state[key];
    if (!scenario) return;
    const index = Number(b.dataset.index);
    const gap = gaps[key];
    let focusIndex;
    if (b.dataset.action === "toggle") {
      const panel = document.getElementById(b.getAttribute("aria-controls") || "");
      if (!panel) return;
      panel.hidden = !panel.hidden;
      b.setAttribute("aria-expanded", String(!panel.hidden));
      if (panel.hidden) open.delete(`${key}-${index}`);
      else open.add(`${key}-${index}`);
      return;
    } else if (b.dataset.action === "add") {
      scenario.contracts.push(newContract(scenario, day));
      focusIndex = scenario.contracts.length - 1;
    } else if (b.dataset.action === "duplicate") {
      const copy = { ...scenario.contracts[index] };
      const used = new Set(scenario.contracts.map((c) => c.id));
      let id = scenario.contracts.length + 1;
      while (used.has(String(id))) id += 1;
      copy.id = String(id);
      scenario.contracts.splice(index + 1, 0, copy);
      if (gap && index + 1 <= gap.from) {
        gap.from += 1;
        gap.to += 1;
      }
      focusIndex = index + 1;
    } else if (b.dataset.action === "remove") {
      scenario.contracts.splice(index, 1);
      if (gap && index <= gap.from) {
        gap.from -= 1;
        gap.to -= 1;
      }
      if (gap && gap.from >= gap.to) gaps[key] = null;
      focusIndex = Math.max(0, index - 1);
    } else if (b.dataset.action === "more" && gap) {
      focusIndex = gap.from;
      gap.from = Math.min(gap.to, gap.from + ROWS_MORE);
      if (gap.from >= gap.to) gaps[key] = null;
      renderEditor(key);
      focusRow(key, focusIndex);
      return;
    } else {
      return;
    }
    open.clear();
    renderEditors();
    save();
    schedule(0);
    if (scenario.contracts.length) focusRow(key, focusIndex);
    else el("jss-editor-a")?.querySelector("button[data-action=add]")?.focus();
  }

  /** @param {Event} event */
  function onInput(event) {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const path = input.dataset.path;
    if (!path) return;
    const value = input.type === "checkbox" ? input.checked : input.value;
    const shown = /^([ab])\.shown\[(\d)\]\.(score|date)$/.exec(path);
    const match = /^([ab])\.(?:contracts\[(\d+)\]\.)?(\w+)$/.exec(path);
    if (shown) {
      const s = /** @type {Scenario} */ (state[/** @type {"a" | "b"} */ (shown[1])]);
      const list = s.shown ? [...s.shown] : [];
      while (list.length <= Number(shown[2])) list.push({ date: "", score: "" });
      list[Number(shown[2])] = { ...list[Number(shown[2])], [shown[3]]: String(value) };
      s.shown = list;
    } else if (match) {
      const [, key, index, name] = match;
      const s = /** @type {any} */ (state[/** @type {"a" | "b"} */ (key)]);
      if (index === undefined) s[name] = value;
      else s.contracts[Number(index)][name] = value;
    } else {
      return;
    }
    ui.clear.disabled = isEmpty(state);
    ui.anonymise.disabled = !hasClientNames(state);
    save();
    const contracts = state.a.contracts.length + (state.b ? state.b.contracts.length : 0);
    schedule(contracts > LONG_HISTORY ? LONG_DEBOUNCE_MS
      : contracts > QUICK_HISTORY ? DEBOUNCE_MS : 0);
  }

  // ------------------------------------------------------------------ computing

  /** @param {number} delay */
  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(compute, delay);
  }

  async function compute() {
    if (!isReady()) return;
    const mine = ++seq;
    const request = { a: toForm(state.a), b: state.b ? toForm(state.b) : null,
      timeline: { open_contracts: options() } };
    const of = viewKey(state, options());
    // The link is for the history as it was: gone until the new one is computed, so a renamed
    // client never lingers in a link that looks current.
    ui.link.value = "";
    ui.copy.disabled = true;
    let response;
    try {
      response = await call("evaluate", request);
    } catch (error) {
      // A bug, not bad input (calculator.web reports that as errors): say so, keep the form.
      setState(root, "error", "The calculator hit an internal error; your input is kept. " +
        "Reloading the page may help.");
      throw error;
    }
    if (mine !== seq) return; // a newer edit is on its way
    if (!response.ok) {
      showErrors(ui.form, response.errors);
      markStale(out);
      ui.link.value = "";
      ui.copy.disabled = true;
      ui.linkNote.hidden = true;
      lastFragment = null;
    } else {
      clearErrors(ui.form);
      const view = response.view;
      paintView(out, view, "", shownScore);
      shownScore = view.bar.score;
      lastView = null;
      // An untouched empty history is not worth a saved entry; anything else keeps its result,
      // written once typing pauses (the history itself was saved on the keystroke).
      window.clearTimeout(viewTimer);
      viewTimer = window.setTimeout(() => {
        if (of === viewKey(state, options()) &&
          (!isEmpty(state) || store?.getItem(STORAGE_KEY) != null)) save({ of, ...view });
      }, VIEW_SAVE_MS);
      lastFragment = response.fragment;
      ui.link.value = lastFragment ? shareUrl(location.href, lastFragment) : "";
      ui.copy.disabled = !lastFragment;
      ui.linkNote.textContent = response.fragment_error || "";
      ui.linkNote.hidden = !response.fragment_error;
    }
    if (root.dataset.state !== "ready") {
      // For make bench's start-up breakdown: the first result computed by the live runtime.
      performance.mark("jss:first-result");
      // The status line keeps its place (an empty one would collapse and move the page).
      setState(root, "ready", "Python is running in your browser, so the result follows what " +
        "you type. Nothing you type leaves this page; it is saved in this browser only.");
    }
    if (scrollOnResult) {
      scrollOnResult = false;
      ui.section.scrollIntoView({ block: "start" });
    }
  }

  // ------------------------------------------------------------------ links

  /** @param {string} fragment */
  async function openFragment(fragment) {
    const answer = await call("open_fragment", fragment);
    // The link has done its job; a reload should show the saved state, not the old link.
    history.replaceState(null, "", location.pathname + location.search);
    if (!answer.ok) {
      setStateTo(state);
      notify(`This link could not be opened (${answer.error.message}). ` +
        "Your own saved history is unchanged.", "error");
      return;
    }
    const next = fromPair(answer);
    const previous = state;
    scrollOnResult = true;
    const open = () => replaceState(next, "Opened the history from the link." +
      (isEmpty(previous) ? "" : " Yours is kept under \u201cEarlier histories\u201d."), "a link");
    const asB = () => {
      setStateTo({ a: previous.a, b: next.a });
      notify("Your history is A; the link's history is scenario B.", "info");
    };
    if (isEmpty(previous)) {
      open();
      return;
    }
    if (await sameHistory(previous, next)) {
      // The link holds this very history: nothing to ask, nothing to keep.
      setStateTo(previous);
      return;
    }
    // Until the reader answers, the page shows (and computes) the history it had.
    setStateTo(previous);
    scrollOnResult = false;
    ask("This link holds a different history from the one saved in this browser. Open the " +
      "link's history (yours stays under \u201cEarlier histories\u201d), open it beside yours " +
      "as scenario B, or keep yours?", [
      { label: "Open it", primary: true, run: () => { scrollOnResult = true; open(); } },
      { label: "Open it as scenario B", run: asB },
      { label: "Keep mine", run: () => {
        notify("Kept your history. The link's history was not opened.", "info");
        ui.notice.focus();
      } },
    ]);
  }

  /** Both histories as the package writes them, so "$1,200" and "1200" compare equal. */
  /** @param {State} x @param {State} y */
  async function sameHistory(x, y) {
    /** @param {State} s */
    const canonical = async (s) => JSON.stringify(await Promise.all([s.a, s.b].map(
      async (scenario) => {
        if (!scenario) return null;
        const answer = await call("export_json", toForm(scenario));
        return answer.ok ? answer.text : JSON.stringify(scenario);
      })));
    return (await canonical(x)) === (await canonical(y));
  }

  /**
   * Asks before a link replaces a different history: a group of buttons under the question.
   * @param {string} message
   * @param {{label: string, run: () => void, primary?: boolean}[]} choices
   */
  function ask(message, choices) {
    const p = document.createElement("p");
    p.id = "jss-ask-text";
    p.textContent = message;
    const group = document.createElement("div");
    group.className = "jss-actions";
    group.setAttribute("role", "group");
    group.setAttribute("aria-labelledby", p.id);
    for (const choice of choices) {
      const b = document.createElement("button");
      b.type = "button";
      b.className = `md-button jss-small${choice.primary ? " md-button--primary" : ""}`;
      b.textContent = choice.label;
      b.addEventListener("click", choice.run);
      group.append(b);
    }
    ui.notice.replaceChildren(p, group);
    ui.notice.dataset.kind = "ask";
    ui.notice.hidden = false;
    /** @type {HTMLElement | null} */ (group.querySelector("button"))?.focus();
  }

  async function openAsB() {
    const fragment = scenarioFragment(ui.openB.value);
    if (!fragment) {
      notify("That is not a calculator link: a link made here ends with #a= and the history.",
        "error");
      return;
    }
    const answer = await call("open_fragment", fragment);
    if (!answer.ok) {
      notify(`This link could not be opened (${answer.error.message}).`, "error");
      return;
    }
    state.b = fromForm(answer.a);
    ui.openB.value = "";
    resetGaps();
    save();
    renderEditors();
    schedule(0);
    notify("Opened the link's history as scenario B.", "info");
  }

  async function copyLink() {
    if (!lastFragment) return;
    ui.link.select();
    try {
      await navigator.clipboard.writeText(ui.link.value);
      ui.copy.textContent = "Copied";
    } catch {
      ui.copy.textContent = "Select and copy the link above";
    }
    window.setTimeout(() => {
      ui.copy.textContent = "Copy link";
    }, 2500);
  }

  // ------------------------------------------------------------------ files

  /** @param {"a" | "b"} key */
  async function exportScenario(key) {
    const s = state[key];
    if (!s) return;
    const answer = await exportText(toForm(s), key);
    if ("errors" in answer) {
      showErrors(ui.form, answer.errors);
      notify("Fix the marked fields before exporting.", "error");
      return;
    }
    downloadText(answer.text, key === "a" ? "jss-history.json" : "jss-history-b.json",
      "application/json");
  }

  async function importFile() {
    const file = ui.importFile.files[0];
    if (!file) return;
    ui.importFile.value = "";
    const answer = await readImport(file, data.limits);
    if ("message" in answer) {
      notify(answer.message, "error");
      return;
    }
    replaceState(fromPair(answer.pair), `Imported ${file.name}.`, "an import");
  }

  // ------------------------------------------------------------------ presets

  function renderPresets() {
    const list = document.createElement("ul");
    for (const preset of data.presets) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "md-button jss-small";
      b.textContent = preset.title;
      b.dataset.preset = preset.id;
      li.append(b);
      list.append(li);
    }
    ui.presets.replaceChildren(list);
    ui.presets.addEventListener("click", (/** @type {Event} */ event) => {
      const b = /** @type {HTMLElement} */ (event.target).closest("button[data-preset]");
      if (!(b instanceof HTMLElement)) return;
      const preset = data.presets.find((/** @type {any} */ p) => p.id === b.dataset.preset);
      replaceState(fromPair(preset), `Loaded the example \u201c${preset.title}\u201d.`,
        "an example");
      ui.presetsBox.open = false;
      // The built-in example's numbers, computed at build time, are this history's numbers.
      if (preset.id === data.example.id && !isReady()) {
        paintView(out, data.example.view, "The example, computed when this page was built.",
          undefined);
      }
    });
  }

  // ------------------------------------------------------------------ start

  const pending = scenarioFragment(location.hash);
  /** @type {{state: State | null, view: SavedView | null, blocked: boolean}} */
  let loaded = { state: null, view: null, blocked: false };
  if (store) {
    try {
      loaded = loadSaved(store);
    } catch {
      // Storage refused mid-read: start empty; save() says so on the first change.
    }
  }
  storageBlocked = loaded.blocked;
  if (loaded.state) state = loaded.state;
  resetGaps();
  recovery();
  renderPresets();
  renderEarlier();
  /** Set once Python has taken the link over: a late preview must not draw over it. */
  let linkTaken = false;
  if (pending) {
    // The link's history replaces this one once Python has read it: until then, no numbers.
    ui.editors.a.hidden = true;
    paintComputing(out, "Opening the history in the link…");
    previewFragment(pending, data.share).then((preview) => {
      if (preview && !linkTaken) showPreview(fromPair(preview));
    });
  } else {
    renderEditors();
    if (loaded.state && loaded.view && loaded.view.of === viewKey(state, options())) {
      lastView = loaded.view;
      paintView(out, loaded.view, "From your last visit: computed for this history when you " +
        "last changed it. Updating…", undefined);
      shownScore = loaded.view.bar.score;
    } else {
      paintComputing(out, "");
    }
  }
  out.bar.hidden = false;
  wireDisclosures(out.result);
  wireDisclosures(out.body);
  ui.form.addEventListener("input", onInput);
  ui.form.addEventListener("change", onInput);
  ui.form.addEventListener("click", onAction);
  ui.form.addEventListener("submit", (/** @type {Event} */ e) => e.preventDefault());
  ui.toggleB.addEventListener("click", () => {
    state.b = state.b ? null : JSON.parse(JSON.stringify(state.a));
    gaps.b = state.b && gaps.a ? { ...gaps.a } : null;
    renderEditors();
    save();
    schedule(0);
  });
  ui.clear.addEventListener("click", () => {
    replaceState(emptyState(day), "Cleared: an empty history dated today. Your contracts are " +
      "kept under \u201cEarlier histories\u201d.", "Clear all");
    focusAdd();
  });
  ui.anonymise.addEventListener("click", () => {
    replaceState(anonymise(state), "Client names replaced with Client A, B, \u2026 The link " +
      "below now holds no names.", "replacing client names");
  });
  ui.copy.addEventListener("click", copyLink);
  ui.exportA.addEventListener("click", () => exportScenario("a"));
  ui.exportB.addEventListener("click", () => exportScenario("b"));
  ui.importFile.addEventListener("change", importFile);
  mountImport(el("jss-import-panel"), { call, show, current: () => toForm(state.a),
    asOf: () => day,
    apply: (form, _how, message) => replaceState({ a: fromForm(form), b: state.b }, message,
      "an import") });
  ui.openBGo.addEventListener("click", openAsB);
  ui.openContracts.addEventListener("change", () => schedule(0));
  out.bar.addEventListener("click", () => {
    ui.section.scrollIntoView({ block: "start" });
    ui.section.focus({ preventScroll: true });
  });
  window.addEventListener("hashchange", () => {
    const fragment = scenarioFragment(location.hash);
    if (fragment && isReady()) openFragment(fragment);
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
          data.fields, new Set());
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

  function focusAdd() {
    const add = ui.editors.a.querySelector("button[data-action=add]");
    if (add instanceof HTMLElement) add.focus();
  }

  startLoading(root);
  ready().then(async () => {
    for (const node of root.querySelectorAll("[data-needs-python]")) {
      /** @type {HTMLButtonElement} */ (node).disabled = false;
    }
    ui.exportB.disabled = !state.b;
    setState(root, "loading", "Python is up in your browser; computing the numbers for the " +
      "history in the form. What you type is kept, and saved in this browser only.");
    if (pending) {
      linkTaken = true;
      endPreview();
      ui.editors.a.hidden = false;
      await openFragment(pending);
    } else {
      compute();
    }
  });
}

