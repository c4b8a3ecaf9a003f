// @ts-check
// What the page keeps in this browser, through the Web Storage interface (localStorage in the
// page, any object with the same methods in node --test). The current history is saved with the
// last result computed for it; a history the page replaces goes to a short list of earlier ones;
// a saved entry this page cannot read is never thrown away but moved aside.

/**
 * A contract as the form holds it: each field of calculator.fields by its name, as text (true
 * or false for a checkbox). A field the page did not have when the history was saved is absent
 * and drawn at its default.
 * @typedef {{id: string, client: string} & Record<string, string | boolean>} ContractForm
 * @typedef {{as_of: string, rules: string, form_change?: string, contracts: ContractForm[],
 *   shown?: {date: string, score: string}[]}} Scenario
 * @typedef {{a: Scenario, b: Scenario | null}} State
 * @typedef {{of: string, summary: any[], nodes: any[], bar: any, announce: string}} SavedView
 * @typedef {{saved_at: string, label: string, state: State}} Earlier
 * @typedef {Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">} Store
 */

export const STORAGE_VERSION = 1;
export const STORAGE_KEY = `jss-calculator:v${STORAGE_VERSION}`;
export const EARLIER_KEY = `jss-calculator:v${STORAGE_VERSION}:earlier`;
export const ASIDE_PREFIX = "jss-calculator:unreadable:";
const VERSIONED_KEY = /^jss-calculator:v(\d+)$/;
/** How many replaced histories the page keeps. */
export const EARLIER_MAX = 5;
/** A result larger than this is not saved with the history (a very long history's view). */
export const VIEW_MAX_CHARS = 400_000;

/** @param {unknown} v @returns {v is Record<string, any>} */
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);

/** Text or a checkbox's true/false in every field; Python checks the values themselves.
 * @param {unknown} c */
const isContract = (c) => isObject(c) && typeof c.id === "string" &&
  typeof c.client === "string" &&
  Object.values(c).every((v) => typeof v === "string" || typeof v === "boolean");

/** @param {unknown} s @returns {s is Scenario} */
export const isScenario = (s) => isObject(s) && typeof s.as_of === "string" &&
  typeof s.rules === "string" && Array.isArray(s.contracts) && s.contracts.every(isContract);

/** @param {unknown} s @returns {s is State} */
const isState = (s) => isObject(s) && isScenario(s.a) &&
  (s.b === null || s.b === undefined || isScenario(s.b));

/** The key a result is stored under: the exact history (and options) it was computed for.
 * @param {State} state @param {string} options */
export function viewKey(state, options) {
  return JSON.stringify([state.a, state.b, options]);
}

/** An empty history dated `today` (YYYY-MM-DD). @param {string} today @returns {State} */
export function emptyState(today) {
  return { a: { as_of: today, rules: "", contracts: [] }, b: null };
}

/** True when there is nothing of the reader's in it. @param {State | null} state */
export function isEmpty(state) {
  return !state || (state.a.contracts.length === 0 && !state.b);
}

/**
 * The saved state (and its last result), or why it cannot be read. The page's own shape only:
 * a saved history with a wrong date still opens, with the field marked.
 * @param {string | null} raw
 * @returns {{state: State, view: SavedView | null} | {problem: string}}
 */
export function readSaved(raw) {
  let saved;
  try {
    saved = JSON.parse(raw ?? "");
  } catch {
    return { problem: "it is not valid JSON" };
  }
  if (!isObject(saved)) return { problem: "it is not a saved history" };
  if (saved.version !== undefined && saved.version !== STORAGE_VERSION) {
    return { problem: `it was saved by version ${saved.version} of this page` };
  }
  const stored = saved.view;
  if (!isState(saved)) return { problem: "it does not have the shape this page saves" };
  const view = isObject(stored) && typeof stored.of === "string" &&
    Array.isArray(stored.summary) && Array.isArray(stored.nodes) && isObject(stored.bar)
    ? /** @type {SavedView} */ (stored) : null;
  return { state: { a: saved.a, b: saved.b || null }, view };
}

/**
 * Moves an unreadable entry under its own key; false if the store refused (then the original
 * stays where it is and the page saves nothing over it).
 * @param {Store} store @param {string} key @param {string | null} raw @param {string} problem
 * @param {Date} [now]
 */
export function keepAside(store, key, raw, problem, now = new Date()) {
  const stamp = now.toISOString();
  let aside = ASIDE_PREFIX + stamp;
  for (let n = 2; store.getItem(aside) !== null; n += 1) aside = `${ASIDE_PREFIX}${stamp}-${n}`;
  try {
    store.setItem(aside, JSON.stringify({ key, problem, raw }));
  } catch {
    return false;
  }
  store.removeItem(key);
  return true;
}

/**
 * Reads the saved state at start; anything unreadable goes aside.
 * @param {Store} store
 * @returns {{state: State | null, view: SavedView | null, blocked: boolean}}
 */
export function loadSaved(store) {
  /** @type {State | null} */
  let state = null;
  /** @type {SavedView | null} */
  let view = null;
  let blocked = false;
  const keys = [];
  for (let i = 0; i < store.length; i += 1) keys.push(store.key(i));
  for (const key of keys) {
    const match = key ? VERSIONED_KEY.exec(key) : null;
    if (!key || !match) continue;
    const raw = store.getItem(key);
    const read = Number(match[1]) === STORAGE_VERSION ? readSaved(raw)
      : { problem: `it was saved by version ${match[1]} of this page` };
    if ("state" in read) ({ state, view } = read);
    else if (!keepAside(store, key, raw, read.problem) && key === STORAGE_KEY) blocked = true;
  }
  return { state, view, blocked };
}

/**
 * Saves the state, with the result computed for it when it is small enough. Throws what the
 * store throws (storage off, quota full): the caller tells the reader.
 * @param {Store} store @param {State} state @param {SavedView | null} view
 */
export function saveState(store, state, view) {
  const entry = { version: STORAGE_VERSION, ...state };
  const withView = view ? JSON.stringify({ ...entry, view }) : "";
  if (withView && withView.length <= VIEW_MAX_CHARS) store.setItem(STORAGE_KEY, withView);
  else store.setItem(STORAGE_KEY, JSON.stringify(entry));
}

/** The earlier histories, newest first. @param {Store} store @returns {Earlier[]} */
export function readEarlier(store) {
  let list;
  try {
    list = JSON.parse(store.getItem(EARLIER_KEY) ?? "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  return list.filter((e) => isObject(e) && typeof e.saved_at === "string" &&
    typeof e.label === "string" && isState(e.state));
}

/**
 * Puts a replaced history at the top of the earlier list (an empty one is not worth keeping;
 * the same history twice is kept once), keeping EARLIER_MAX. Returns false if the store refused.
 * @param {Store} store @param {State} state @param {string} label @param {Date} [now]
 */
export function pushEarlier(store, state, label, now = new Date()) {
  if (isEmpty(state)) return true;
  const same = JSON.stringify(state);
  const list = readEarlier(store).filter((e) => JSON.stringify(e.state) !== same);
  list.unshift({ saved_at: now.toISOString(), label, state });
  try {
    store.setItem(EARLIER_KEY, JSON.stringify(list.slice(0, EARLIER_MAX)));
    return true;
  } catch {
    return false;
  }
}

/** Removes entry `index` of the earlier list. @param {Store} store @param {number} index */
export function removeEarlier(store, index) {
  const list = readEarlier(store);
  list.splice(index, 1);
  store.setItem(EARLIER_KEY, JSON.stringify(list));
}

/**
 * The entries kept aside, oldest first, each with a label; and the blocked main entry if any.
 * @param {Store} store @param {boolean} blocked
 * @returns {{key: string, raw: string, problem?: string, label: string, fixed?: boolean}[]}
 */
export function listAside(store, blocked) {
  const entries = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (!key || !key.startsWith(ASIDE_PREFIX)) continue;
    const text = store.getItem(key) ?? "";
    let entry;
    try {
      entry = JSON.parse(text);
    } catch {
      entry = null;
    }
    if (!isObject(entry)) entry = { raw: text };
    const stamp = key.slice(ASIDE_PREFIX.length, ASIDE_PREFIX.length + 19).replace("T", " ");
    entries.push({ ...entry, raw: String(entry.raw ?? ""), key,
      label: `Set aside on ${stamp} UTC` });
  }
  entries.sort((x, y) => (x.key < y.key ? -1 : 1));
  if (blocked) {
    entries.push({ key: STORAGE_KEY, raw: store.getItem(STORAGE_KEY) ?? "", fixed: true,
      problem: "of its content, and it could not be moved aside (storage is full)",
      label: "Left in place; the page saves nothing over it" });
  }
  return entries;
}
