// @ts-check
// What the calculator page's modules share: the page object (its elements, the state, and the
// few actions every module may ask for) and the notice line under the toolbar. Each module
// (form, result, compare, timeline, share, files, saved) wires its own part onto it; the page
// object is how they talk, so none of them imports another's internals or python.js (node
// --test loads them with a stand-in `call`).

/** @typedef {import("./storage.js").State} State */
/** @typedef {import("./storage.js").SavedView} SavedView */
/** @typedef {import("./storage.js").Store} Store */
/** @typedef {import("./editor.js").Gap} Gap */
/** @typedef {{label: string, run: () => void, primary?: boolean}} Action */

/**
 * @typedef {object} Ui
 * @property {HTMLFormElement} form
 * @property {HTMLElement} notice
 * @property {HTMLElement} presets
 * @property {HTMLDetailsElement} presetsBox
 * @property {HTMLButtonElement} clear
 * @property {{a: HTMLFieldSetElement, b: HTMLFieldSetElement}} editors
 * @property {HTMLButtonElement} toggleB
 * @property {HTMLInputElement} link
 * @property {HTMLElement} linkNote
 * @property {HTMLButtonElement} copy
 * @property {HTMLButtonElement} anonymise
 * @property {HTMLButtonElement} exportA
 * @property {HTMLButtonElement} exportB
 * @property {HTMLInputElement} importFile
 * @property {HTMLInputElement} openB
 * @property {HTMLButtonElement} openBGo
 * @property {HTMLElement} recovery
 * @property {HTMLElement} earlier
 * @property {HTMLElement} earlierList
 * @property {HTMLSelectElement} openContracts
 * @property {HTMLElement} section
 */

/**
 * @typedef {object} Page
 * @property {HTMLElement} root
 * @property {any} data the build's data block (fields, presets, limits, share layout)
 * @property {Ui} ui
 * @property {import("./result.js").ResultUi} out
 * @property {Store | null} store
 * @property {string} day today, YYYY-MM-DD
 * @property {State} state
 * @property {{a: Gap, b: Gap}} gaps contract rows not drawn yet, per scenario
 * @property {Set<string>} open contract rows whose "More" panel is open ("a-3")
 * @property {(name: string, payload: string | object) => Promise<any>} call calculator.web.<name>
 * @property {() => boolean} isReady
 * @property {boolean} storageBlocked
 * @property {boolean} scrollOnResult
 * @property {(delay: number) => void} schedule recompute after `delay` ms (result.js)
 * @property {(view?: SavedView | null) => void} save (saved.js)
 * @property {() => void} renderEditors (form.js)
 * @property {(next: State) => void} setStateTo (saved.js)
 * @property {(next: State, message: string, label: string, more?: Action[]) => void}
 *   replaceState keeps the old history one Undo away (saved.js)
 * @property {() => string} options the timeline's open-contracts choice (timeline.js)
 */

/** @param {string} id @returns {any} */
export function byId(id) {
  return document.getElementById(id);
}

/** Today in the reader's time zone, as YYYY-MM-DD. @param {Date} [d] */
export function today(d = new Date()) {
  const pad = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** localStorage, or null when the browser refuses it altogether. @returns {Store | null} */
export function browserStore() {
  try {
    const store = window.localStorage;
    store.getItem("jss-probe");
    return store;
  } catch {
    return null;
  }
}

/** The page's elements, by id (tools/calcpage draws them). @returns {Ui} */
export function findUi() {
  return {
    form: byId("jss-form"),
    notice: byId("jss-notice"),
    presets: byId("jss-presets"),
    presetsBox: byId("jss-presets-box"),
    clear: byId("jss-clear"),
    editors: { a: byId("jss-editor-a"), b: byId("jss-editor-b") },
    toggleB: byId("jss-toggle-b"),
    link: byId("jss-link"),
    linkNote: byId("jss-link-note"),
    copy: byId("jss-copy"),
    anonymise: byId("jss-anonymise"),
    exportA: byId("jss-export-a"),
    exportB: byId("jss-export-b"),
    importFile: byId("jss-import"),
    openB: byId("jss-open-b"),
    openBGo: byId("jss-open-b-go"),
    recovery: byId("jss-recovery"),
    earlier: byId("jss-earlier"),
    earlierList: byId("jss-earlier-list"),
    openContracts: byId("jss-open-contracts"),
    section: byId("jss-result-section"),
  };
}

/**
 * A message in the notice line, with buttons for its actions; "" hides it. The notice is
 * where the reader is looking (it sits by the toolbar) and takes focus when it has an action,
 * so an Undo is never above the screen while focus is somewhere below.
 * @param {Page} page @param {string} message @param {string} [kind] @param {Action[]} [actions]
 */
export function notify(page, message, kind = "info", actions = []) {
  const notice = page.ui.notice;
  if (!message) {
    notice.hidden = true;
    notice.replaceChildren();
    return;
  }
  const p = document.createElement("p");
  p.textContent = message;
  notice.replaceChildren(p);
  notice.dataset.kind = kind;
  for (const action of actions) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `md-button jss-small${action.primary ? " md-button--primary" : ""}`;
    b.textContent = action.label;
    b.addEventListener("click", () => {
      action.run();
    });
    notice.append(b, " ");
  }
  notice.hidden = false;
}

/**
 * A question with a group of answers in the notice line; the first answer takes focus.
 * @param {Page} page @param {string} message @param {Action[]} choices
 */
export function ask(page, message, choices) {
  const notice = page.ui.notice;
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
  notice.replaceChildren(p, group);
  notice.dataset.kind = "ask";
  notice.hidden = false;
  /** @type {HTMLElement | null} */ (group.querySelector("button"))?.focus();
}
