// @ts-check
// The storage glue: saving the history as it changes, replacing it (an example, a link, an
// import, Clear all) with the old one one Undo away and kept under "Earlier histories", and the
// saved entries this page could not read. storage.js holds the rules; this module draws them.

import { button } from "./editor.js";
import { gapsFor } from "./form.js";
import { notify } from "./page.js";
import { paintComputing } from "./result.js";
import {
  emptyState, isEmpty, listAside, pushEarlier, readEarlier, removeEarlier, saveState,
} from "./storage.js";
import { downloadText } from "./transfer.js";

/** @typedef {import("./page.js").Page} Page */
/** @typedef {import("./page.js").Action} Action */
/** @typedef {import("./storage.js").Earlier} Earlier */

/** The line that names an earlier history in the list. @param {Earlier} entry */
export function earlierText(entry) {
  const n = entry.state.a.contracts.length;
  const when = entry.saved_at.slice(0, 16).replace("T", " ");
  return `${n} contract${n === 1 ? "" : "s"}` +
    `${entry.state.b ? " and a scenario B" : ""}, as of ${entry.state.a.as_of}; ` +
    `replaced by ${entry.label} on ${when} UTC. `;
}

/** The label of the Undo button a replacement offers. */
export const UNDO_LABEL = "Undo: bring back my previous history";

/** @param {Page} page */
export function renderEarlier(page) {
  const { ui, store } = page;
  const list = store ? readEarlier(store) : [];
  ui.earlier.hidden = list.length === 0;
  ui.earlierList.replaceChildren(...list.map((entry, index) => {
    const li = document.createElement("li");
    const what = document.createElement("span");
    what.textContent = earlierText(entry);
    li.append(what, button("Bring it back", "restore", { index: String(index) }), " ",
      button("Delete", "forget", { index: String(index) }));
    return li;
  }));
}

/** The saved entries this page could not read, each downloadable. @param {Page} page */
export function renderRecovery(page) {
  const { ui, store } = page;
  const entries = store ? listAside(store, page.storageBlocked) : [];
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
        renderRecovery(page);
        ui.recovery.focus();
      });
      li.append(" ", remove);
    }
    list.append(li);
  }
  ui.recovery.replaceChildren(intro, list);
}

/**
 * Wires saving, replacing the history, Undo, the earlier histories and Clear all.
 * @param {Page} page @param {() => void} focusAfterUndo where focus goes once Undo ran
 */
export function wireSaved(page, focusAfterUndo) {
  const { ui } = page;
  let saveFailed = false;

  page.save = (view = null) => {
    if (!page.store || page.storageBlocked) return;
    try {
      saveState(page.store, page.state, view);
      saveFailed = false;
    } catch {
      if (!saveFailed) {
        notify(page, "This browser did not let the page save your history (storage may be " +
          "off or full). It stays here while the page is open: export it as a file to keep it.",
        "error");
      }
      saveFailed = true;
    }
  };

  page.setStateTo = (next) => {
    page.state = next;
    page.open.clear();
    page.gaps = gapsFor(next);
    page.save();
    page.renderEditors();
    paintComputing(page.out, "");
    page.schedule(0);
  };

  page.replaceState = (next, message, label, more = []) => {
    const previous = page.state;
    if (page.store && !isEmpty(previous) && !pushEarlier(page.store, previous, label)) {
      message += " (This browser would not keep the earlier history: Undo works until you " +
        "leave the page.)";
    }
    page.setStateTo(next);
    renderEarlier(page);
    /** @type {Action} */
    const undo = {
      label: UNDO_LABEL,
      run: () => {
        page.setStateTo(previous);
        notify(page, "Your previous history is back.", "info");
        focusAfterUndo();
      },
    };
    notify(page, message, "info", isEmpty(previous) ? more : [undo, ...more]);
  };

  ui.earlierList.addEventListener("click", (/** @type {Event} */ event) => {
    const b = /** @type {HTMLElement} */ (event.target).closest("button[data-action]");
    if (!(b instanceof HTMLElement) || !page.store) return;
    const index = Number(b.dataset.index);
    const entry = readEarlier(page.store)[index];
    if (!entry) return;
    removeEarlier(page.store, index);
    if (b.dataset.action === "restore") {
      page.replaceState(entry.state, "Brought back an earlier history.", "an earlier history");
    } else {
      renderEarlier(page);
    }
  });

  ui.clear.addEventListener("click", () => {
    page.replaceState(emptyState(page.day), "Cleared: an empty history dated today. Your " +
      "contracts are kept under \u201cEarlier histories\u201d.", "Clear all");
    // The form just got shorter: the Undo takes focus, which brings it into view where the
    // reader is looking, instead of a button further down.
    const undo = [...ui.notice.querySelectorAll("button")]
      .find((b) => b.textContent === UNDO_LABEL);
    if (undo) {
      undo.focus({ preventScroll: true });
      undo.scrollIntoView({ block: "center" });
    }
  });
}
