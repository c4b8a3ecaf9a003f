// @ts-check
// The compare job: scenario B, a what-if beside the reader's history. B starts as an exact
// copy of A (its contracts, its date, its rules and the score the reader saw), so an untouched
// B gives A's numbers; a pasted link can also become B.

import { scenarioFragment } from "./links.js";
import { notify } from "./page.js";
import { fromForm, gapsFor } from "./form.js";

/** @typedef {import("./page.js").Page} Page */
/** @typedef {import("./storage.js").State} State */
/** @typedef {import("./storage.js").Scenario} Scenario */

/**
 * Scenario B as a copy of A: every input, the scores Upwork showed included, shared with
 * nothing (editing B never changes A).
 * @param {Scenario} a @returns {Scenario}
 */
export function copyOfA(a) {
  return JSON.parse(JSON.stringify(a));
}

/**
 * The state with B added (a copy of A) or removed.
 * @param {State} state @returns {State}
 */
export function toggleB(state) {
  return { a: state.a, b: state.b ? null : copyOfA(state.a) };
}

/**
 * Opens a pasted calculator link as scenario B, or says why not.
 * @param {Page} page @param {string} pasted
 */
export async function openAsB(page, pasted) {
  const fragment = scenarioFragment(pasted);
  if (!fragment) {
    notify(page, "That is not a calculator link: a link made here ends with #a= and the " +
      "history.", "error");
    return false;
  }
  const answer = await page.call("open_fragment", fragment);
  if (!answer.ok) {
    notify(page, `This link could not be opened (${answer.error.message}).`, "error");
    return false;
  }
  page.state.b = fromForm(answer.a, page.data.fields);
  page.gaps.b = gapsFor(page.state).b;
  page.save();
  page.renderEditors();
  page.schedule(0);
  notify(page, "Opened the link's history as scenario B.", "info");
  return true;
}

/** Wires "Add scenario B" and "Open as B". @param {Page} page */
export function wireCompare(page) {
  const { ui } = page;
  ui.toggleB.addEventListener("click", () => {
    page.state = toggleB(page.state);
    page.gaps.b = page.state.b && page.gaps.a ? { ...page.gaps.a } : null;
    page.renderEditors();
    page.save();
    page.schedule(0);
  });
  ui.openBGo.addEventListener("click", async () => {
    if (await openAsB(page, ui.openB.value)) ui.openB.value = "";
  });
}
