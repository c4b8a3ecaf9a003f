// @ts-check
// The form's job: what an edit does to the state (a typed value, a row added, copied, removed
// or shown), what the page sends Python for a scenario, and the examples. The editor
// (editor.js) draws the rows; this module changes the state and asks for a new result.

import {
  contractForm, fieldId, newContract, renderEditor as drawEditor, ROWS_AT_ONCE, ROWS_MORE,
} from "./editor.js";
import { hasClientNames } from "./links.js";
import { isEmpty } from "./storage.js";

/** @typedef {import("./storage.js").State} State */
/** @typedef {import("./storage.js").Scenario} Scenario */
/** @typedef {import("./storage.js").ContractForm} ContractForm */
/** @typedef {import("./editor.js").Gap} Gap */
/** @typedef {import("./page.js").Page} Page */

// How long to wait after typing before recomputing: at once for a short history (Python needs
// about 30 ms for 100 contracts, make bench), after a pause for a long one.
export const QUICK_HISTORY = 200;
export const DEBOUNCE_MS = 250;
export const LONG_HISTORY = 500;
export const LONG_DEBOUNCE_MS = 1000;
/** How long before its end a new contract starts, and a start that follows the end. */
export const DEFAULT_DAYS = 30;

/** The wait after a keystroke for a history of `contracts` rows (A and B together). */
/** @param {number} contracts */
export function delayFor(contracts) {
  return contracts > LONG_HISTORY ? LONG_DEBOUNCE_MS
    : contracts > QUICK_HISTORY ? DEBOUNCE_MS : 0;
}

/** What the page sends for a scenario: values as typed (calculator.from_form reads them). */
/** @param {Scenario} s */
export function toForm(s) {
  /** @type {Record<string, unknown>} */
  const form = { schema: 1, as_of: s.as_of, rules: s.rules, contracts: s.contracts };
  // The form era's date: sent only when the reader set one (blank: the model's default).
  if (s.form_change && s.form_change.trim()) form.form_change = s.form_change;
  const shown = (s.shown || []).map((x, i) => ({ date: i === 0 ? s.as_of : x.date,
    score: x.score })).filter((x) => x.score.trim() !== "");
  if (shown.length) form.shown = shown;
  return form;
}

/**
 * A history as the package returns it, as the form's text values: each contract field by the
 * package's list (calculator.fields, in the page's data block).
 * @param {any} form @param {import("./editor.js").PackageField[]} fields
 * @returns {Scenario}
 */
export function fromForm(form, fields) {
  const text = (/** @type {unknown} */ v) => (v === null || v === undefined ? "" : String(v));
  return {
    as_of: text(form.as_of),
    rules: text(form.rules),
    ...(form.form_change ? { form_change: text(form.form_change) } : {}),
    contracts: (form.contracts || []).map((/** @type {any} */ c) => contractForm(fields, c)),
    ...(Array.isArray(form.shown) && form.shown.length
      ? { shown: form.shown.map((/** @type {any} */ x) => ({ date: text(x.date),
        score: text(x.score) })) } : {}),
  };
}

/**
 * @param {any} pair @param {import("./editor.js").PackageField[]} fields
 * @returns {State}
 */
export const fromPair = (pair, fields) => ({ a: fromForm(pair.a, fields),
  b: pair.b ? fromForm(pair.b, fields) : null });

/** The rows not drawn at first, per scenario. @param {State} state */
export function gapsFor(state) {
  /** @param {Scenario | null} s @returns {Gap} */
  const gap = (s) => {
    const n = s ? s.contracts.length : 0;
    return n > ROWS_AT_ONCE ? { from: ROWS_AT_ONCE, to: n } : null;
  };
  return { a: gap(state.a), b: gap(state.b) };
}

/** `iso` moved by `days`, or null if it is not a YYYY-MM-DD date. */
/** @param {string} iso @param {number} days */
export function shiftDay(iso, days) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso.trim())) return null;
  const d = new Date(`${iso.trim()}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** @param {string} text */
const isDay = (text) => shiftDay(text, 0) !== null;

/** The last complete end of a contract whose end is being typed (a partial date). */
/** @type {WeakMap<ContractForm, string>} */
const typing = new WeakMap();

/**
 * A contract after its end changed from `before`: a start the page set (DEFAULT_DAYS before the
 * old end, or blank) follows the end, and so does a last payment that was the old end. A start
 * or payment the reader typed stays theirs. While the end is half typed nothing moves; the
 * comparison is with the last complete end. Returns the fields that moved.
 * @param {ContractForm} c @param {string} before the end before the edit
 * @returns {string[]}
 */
export function followEnd(c, before) {
  const text = (/** @type {unknown} */ v) => (typeof v === "string" ? v.trim() : "");
  const anchor = isDay(before) ? before.trim() : typing.get(c) ?? before;
  const end = text(c.end);
  if (!isDay(end)) {
    if (isDay(anchor)) typing.set(c, anchor);
    return [];
  }
  typing.delete(c);
  const moved = [];
  const start = /** @type {string} */ (shiftDay(end, -DEFAULT_DAYS));
  const wasDefault = c.start === shiftDay(anchor, -DEFAULT_DAYS) || text(c.start) === "";
  if (wasDefault && c.start !== start) {
    c.start = start;
    moved.push("start");
  }
  if (c.last_payment === anchor && anchor !== end) {
    c.last_payment = end;
    moved.push("last_payment");
  }
  return moved;
}

/**
 * Applies a typed value at `path` ("a.contracts[2].end", "b.as_of", "a.shown[1].score") to the
 * state. Returns null when the path is not the form's, else the paths of fields that moved
 * with it (a start that follows the end).
 * @param {State} state @param {string} path @param {string | boolean} value
 * @returns {string[] | null}
 */
export function setValue(state, path, value) {
  const shown = /^([ab])\.shown\[(\d)\]\.(score|date)$/.exec(path);
  const match = /^([ab])\.(?:contracts\[(\d+)\]\.)?(\w+)$/.exec(path);
  if (shown) {
    const s = state[/** @type {"a" | "b"} */ (shown[1])];
    if (!s) return null;
    const list = s.shown ? [...s.shown] : [];
    const n = Number(shown[2]);
    while (list.length <= n) list.push({ date: "", score: "" });
    list[n] = { ...list[n], [shown[3]]: String(value) };
    s.shown = list;
    return [];
  }
  if (!match) return null;
  const [, key, index, name] = match;
  const s = /** @type {any} */ (state[/** @type {"a" | "b"} */ (key)]);
  if (!s) return null;
  if (index === undefined) {
    s[name] = value;
    return [];
  }
  const c = s.contracts[Number(index)];
  if (!c) return null;
  const before = c[name];
  c[name] = value;
  if (name !== "end" || typeof value !== "string") return [];
  return followEnd(c, before).map((f) => `${key}.contracts[${index}].${f}`);
}

/**
 * A row action on scenario `key`: "add", "duplicate", "remove" or "more" (show more rows).
 * Changes the state and the gaps; returns the row to focus, or null when nothing happened.
 * @param {State} state @param {{a: Gap, b: Gap}} gaps @param {string} action
 * @param {"a" | "b"} key @param {number} index @param {string} day today
 * @param {import("./editor.js").PackageField[]} fields the package's history fields
 */
export function rowAction(state, gaps, action, key, index, day, fields) {
  const scenario = state[key];
  if (!scenario) return null;
  const gap = gaps[key];
  if (action === "add") {
    scenario.contracts.push(newContract(scenario, day, fields));
    return scenario.contracts.length - 1;
  }
  if (action === "duplicate") {
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
    return index + 1;
  }
  if (action === "remove") {
    scenario.contracts.splice(index, 1);
    if (gap && index <= gap.from) {
      gap.from -= 1;
      gap.to -= 1;
    }
    if (gap && gap.from >= gap.to) gaps[key] = null;
    return Math.max(0, index - 1);
  }
  if (action === "more" && gap) {
    const first = gap.from;
    gap.from = Math.min(gap.to, gap.from + ROWS_MORE);
    if (gap.from >= gap.to) gaps[key] = null;
    return first;
  }
  return null;
}

/** @param {Page} page @param {"a" | "b"} key */
function renderEditor(page, key) {
  drawEditor(page.ui.editors[key], key, page.state[key], page.gaps[key], page.data.fields,
    page.open);
}

/** @param {"a" | "b"} key @param {number} index */
function focusRow(key, index) {
  document.getElementById(fieldId(key, index, "client"))?.focus();
}

/** The buttons whose state follows the history's. @param {Page} page */
export function syncButtons(page) {
  const { ui, state } = page;
  ui.toggleB.textContent = state.b ? "Remove scenario B" : "Add scenario B (a copy of A)";
  ui.toggleB.setAttribute("aria-pressed", state.b ? "true" : "false");
  ui.exportB.hidden = !state.b;
  ui.exportB.disabled = !state.b || !page.isReady();
  ui.clear.disabled = isEmpty(state);
  ui.anonymise.disabled = !hasClientNames(state);
}

/** The "Add a contract" button of scenario A. @param {Page} page */
export function focusAdd(page) {
  const add = page.ui.editors.a.querySelector("button[data-action=add]");
  if (add instanceof HTMLElement) add.focus();
}

/** Wires the editors, their row buttons and the examples. @param {Page} page */
export function wireForm(page) {
  const { ui } = page;
  page.renderEditors = () => {
    renderEditor(page, "a");
    renderEditor(page, "b");
    syncButtons(page);
  };

  ui.form.addEventListener("click", (/** @type {Event} */ event) => {
    const b = /** @type {HTMLElement} */ (event.target).closest("button[data-action]");
    if (!(b instanceof HTMLElement) || !ui.form.contains(b) || !b.dataset.key) return;
    const key = /** @type {"a" | "b"} */ (b.dataset.key);
    const index = Number(b.dataset.index);
    const action = b.dataset.action || "";
    if (action === "toggle") {
      const panel = document.getElementById(b.getAttribute("aria-controls") || "");
      if (!panel) return;
      panel.hidden = !panel.hidden;
      b.setAttribute("aria-expanded", String(!panel.hidden));
      if (panel.hidden) page.open.delete(`${key}-${index}`);
      else page.open.add(`${key}-${index}`);
      return;
    }
    const focusIndex = rowAction(page.state, page.gaps, action, key, index, page.day,
      page.data.fields);
    if (focusIndex === null) return;
    if (action === "more") {
      renderEditor(page, key);
      focusRow(key, focusIndex);
      return;
    }
    page.open.clear();
    page.renderEditors();
    page.save();
    page.schedule(0);
    if (page.state[key]?.contracts.length) focusRow(key, focusIndex);
    else focusAdd(page);
  });

  /** @param {Event} event */
  const onInput = (event) => {
    const input = /** @type {HTMLInputElement} */ (event.target);
    const path = input.dataset.path;
    if (!path) return;
    const value = input.type === "checkbox" ? input.checked : input.value;
    const moved = setValue(page.state, path, value);
    if (moved === null) return;
    // A field that followed the edit shows its new value (the row is not redrawn while typing).
    for (const other of moved) {
      const node = ui.form.querySelector(`[data-path="${CSS.escape(other)}"]:not(.jss-error)`);
      const match = /^([ab])\.contracts\[(\d+)\]\.(\w+)$/.exec(other);
      if (node instanceof HTMLInputElement && match) {
        node.value = /** @type {any} */ (page.state)[match[1]].contracts[Number(match[2])][match[3]];
      }
    }
    syncButtons(page);
    page.save();
    const contracts = page.state.a.contracts.length + (page.state.b?.contracts.length ?? 0);
    page.schedule(delayFor(contracts));
  };
  ui.form.addEventListener("input", onInput);
  ui.form.addEventListener("change", onInput);
  ui.form.addEventListener("submit", (/** @type {Event} */ e) => e.preventDefault());
}

/**
 * The examples from the forum threads: a list of buttons, each replacing the history (one
 * Undo away). `paintExample` paints the built-in example's build-time numbers before Python.
 * @param {Page} page @param {(preset: any) => void} paintExample
 */
export function wirePresets(page, paintExample) {
  const { ui, data } = page;
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
    page.replaceState(fromPair(preset, data.fields),
      `Loaded the example \u201c${preset.title}\u201d.`, "an example");
    ui.presetsBox.open = false;
    paintExample(preset);
  });
}
