// @ts-check
// The files job: export a scenario as the package writes it, import a history file (in place
// of the history, one Undo away).

import { showErrors } from "./editor.js";
import { fromForm, fromPair, toForm } from "./form.js";
import { mountImport } from "./import.js";
import { byId, notify } from "./page.js";
import { show } from "./runtime.js";
import { downloadText, exportText, readImport } from "./transfer.js";

/** @typedef {import("./page.js").Page} Page */

/** The file name an exported scenario gets. @param {"a" | "b"} key */
export function exportName(key) {
  return key === "a" ? "jss-history.json" : "jss-history-b.json";
}

/** @param {Page} page @param {"a" | "b"} key */
async function exportScenario(page, key) {
  const s = page.state[key];
  if (!s) return;
  const answer = await exportText(page.call, toForm(s), key);
  if ("errors" in answer) {
    showErrors(page.ui.form, answer.errors);
    notify(page, "Fix the marked fields before exporting.", "error");
    return;
  }
  downloadText(answer.text, exportName(key), "application/json");
}

/** @param {Page} page */
async function importFile(page) {
  const input = page.ui.importFile;
  const file = input.files?.[0];
  if (!file) return;
  input.value = "";
  const answer = await readImport(page.call, file, page.data.limits);
  if ("message" in answer) {
    notify(page, answer.message, "error");
    return;
  }
  page.replaceState(fromPair(answer.pair, page.data.fields), `Imported ${file.name}.`,
    "an import");
}

/** @param {Page} page */
export function wireFiles(page) {
  const { ui } = page;
  ui.exportA.addEventListener("click", () => exportScenario(page, "a"));
  ui.exportB.addEventListener("click", () => exportScenario(page, "b"));
  ui.importFile.addEventListener("change", () => importFile(page));
  // --- imp: the Import panel (import.js): Upwork's exports, reviewed before anything changes.
  const panel = byId("jss-import-panel");
  if (panel) {
    mountImport(panel, {
      call: page.call, show, current: () => toForm(page.state.a), asOf: () => page.day,
      apply: (form, _how, message) => page.replaceState(
        { a: fromForm(form, page.data.fields), b: page.state.b }, message, "an import"),
    });
  }
}
