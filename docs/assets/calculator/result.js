// @ts-check
// The result's job: ask Python for the result of the history in the form (one call per edit,
// the newest edit winning), and paint what it returns into the result column and the phone's
// score bar; or the last result marked out of date while the input has errors, or
// "Computing…" while there is none for this history.

import { clearErrors, showErrors } from "./editor.js";
import { setState, show } from "./runtime.js";
import { showLink } from "./share.js";
import { isEmpty, STORAGE_KEY, viewKey } from "./storage.js";
import { toForm } from "./form.js";

/** @typedef {import("./page.js").Page} Page */

// The result is saved with the history after this pause, not on every keystroke.
const VIEW_SAVE_MS = 300;

/**
 * @typedef {{summary: HTMLElement, body: HTMLElement, result: HTMLElement,
 *   origin: HTMLElement, stale: HTMLElement, announce: HTMLElement, bar: HTMLElement,
 *   barScore: HTMLElement, barRange: HTMLElement, barDelta: HTMLElement}} ResultUi
 * @typedef {{score: number | null, text: string, range: string | null,
 *   b_text: string | null, delta: string | null}} Bar
 */

/** @param {ResultUi} ui @param {string} origin */
export function paintComputing(ui, origin) {
  const p = document.createElement("p");
  p.className = "jss-computing";
  p.textContent = "Computing…";
  ui.body.replaceChildren(p);
  ui.result.replaceChildren();
  ui.result.dataset.stale = "false";
  ui.stale.hidden = true;
  ui.origin.textContent = origin;
  ui.barScore.textContent = "…";
  ui.barRange.textContent = "computing";
  ui.barDelta.textContent = "";
  ui.bar.dataset.stale = "false";
}

/**
 * Paints a view; `previous` is the score shown before (for the bar's change since the last edit).
 * @param {ResultUi} ui @param {{summary: any[], nodes: any[], bar: Bar, announce: string}} view
 * @param {string} origin @param {number | null | undefined} previous
 */
export function paintView(ui, view, origin, previous) {
  show(ui.body, view.summary);
  show(ui.result, view.nodes);
  ui.result.dataset.stale = "false";
  ui.stale.hidden = true;
  ui.origin.textContent = origin;
  const bar = view.bar;
  ui.barScore.textContent = barText(bar);
  ui.barRange.textContent = rangeText(bar);
  ui.barDelta.textContent = changeText(previous, bar.score);
  ui.bar.dataset.stale = "false";
  ui.bar.dataset.score = bar.score === null ? "" : String(bar.score);
  if (ui.announce.textContent !== view.announce) ui.announce.textContent = view.announce;
}

/**
 * The change since the last edit, in points ("+3 since your last edit"), or "".
 * @param {number | null | undefined} previous @param {number | null} now
 */
export function changeText(previous, now) {
  if (previous === undefined || previous === null || now === null || previous === now) return "";
  const d = now - previous;
  return `${d > 0 ? "+" : "\u2212"}${Math.abs(d)} since your last edit`;
}

/** The bar's score: "87%", or "A 87% · B 90%" beside a scenario B. @param {Bar} bar */
export function barText(bar) {
  return bar.b_text ? `A ${bar.text} · B ${bar.b_text}` : bar.text;
}

/** The bar's second line: the range, unless it is a single value. @param {Bar} bar */
export function rangeText(bar) {
  return bar.range ? `range ${bar.range}` : "";
}

/**
 * Marks the shown result out of date (the input has errors), the phone's bar included: its
 * number stays, struck through, with "out of date" beside it.
 * @param {ResultUi} ui
 */
export function markStale(ui) {
  ui.result.dataset.stale = "true";
  ui.stale.hidden = false;
  ui.bar.dataset.stale = "true";
  ui.barRange.textContent = "out of date: fix the marked field";
  ui.barDelta.textContent = "";
}

/**
 * The request for the history in the form (calculator.web.evaluate's input).
 * @param {import("./storage.js").State} state @param {string} openContracts
 */
export function evaluateRequest(state, openContracts) {
  return { a: toForm(state.a), b: state.b ? toForm(state.b) : null,
    timeline: { open_contracts: openContracts } };
}

/**
 * Wires computing: `page.schedule(delay)` recomputes once typing pauses, and the answer is
 * painted, its errors marked next to their fields, the link updated and the view saved.
 * @param {Page} page
 * @returns {{compute: () => Promise<void>, shownScore: (score: number | null | undefined) => void}}
 */
export function wireResult(page) {
  const { ui, out, root } = page;
  let seq = 0;
  let timer = 0;
  let viewTimer = 0;
  /** The score the bar showed before this result, for its "+3 since your last edit". */
  /** @type {number | null | undefined} */
  let shownScore;

  async function compute() {
    if (!page.isReady()) return;
    const mine = ++seq;
    const request = evaluateRequest(page.state, page.options());
    const of = viewKey(page.state, page.options());
    // The link is for the history as it was: gone until the new one is computed, so a renamed
    // client never lingers in a link that looks current.
    showLink(page, null);
    let response;
    try {
      response = await page.call("evaluate", request);
    } catch (error) {
      // A bug, not bad input (calculator.web reports that as errors): say so, keep the form.
      setState(root, "error", "The calculator hit an internal error; your input is kept. " +
        "Reloading the page may help.");
      throw error;
    }
    if (mine !== seq) return; // a newer edit is on its way
    if (!response.ok) {
      showErrors(ui.form, response.errors);
      if (out.body.querySelector(".jss-computing")) {
        // Nothing computed for this history yet (a reload with a bad value saved): say what
        // is wrong instead of "Computing…".
        paintBlocked(out, response.errors.length);
      } else {
        markStale(out);
      }
      showLink(page, null);
    } else {
      clearErrors(ui.form);
      const view = response.view;
      paintView(out, view, "", shownScore);
      shownScore = view.bar.score;
      // An untouched empty history is not worth a saved entry; anything else keeps its result,
      // written once typing pauses (the history itself was saved on the keystroke).
      window.clearTimeout(viewTimer);
      viewTimer = window.setTimeout(() => {
        if (of === viewKey(page.state, page.options()) &&
          (!isEmpty(page.state) || page.store?.getItem(STORAGE_KEY) != null)) {
          page.save({ of, ...view });
        }
      }, VIEW_SAVE_MS);
      showLink(page, response);
    }
    if (root.dataset.state !== "ready") {
      // For make bench's start-up breakdown: the first result computed by the live runtime.
      performance.mark("jss:first-result");
      // The status line keeps its place (an empty one would collapse and move the page).
      setState(root, "ready", "Python is running in your browser, so the result follows what " +
        "you type. Nothing you type leaves this page; it is saved in this browser only.");
    }
    if (page.scrollOnResult) {
      page.scrollOnResult = false;
      ui.section.scrollIntoView({ block: "start" });
    }
  }

  page.schedule = (delay) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(compute, delay);
  };
  return { compute, shownScore: (score) => { shownScore = score; } };
}

/**
 * No result yet and the input has errors: the result says so and points at the form.
 * @param {ResultUi} ui @param {number} count
 */
export function paintBlocked(ui, count) {
  const p = document.createElement("p");
  p.className = "jss-blocked";
  p.textContent = blockedText(count);
  ui.body.replaceChildren(p);
  ui.result.replaceChildren();
  ui.stale.hidden = true;
  ui.origin.textContent = "";
  ui.barScore.textContent = "–";
  ui.barRange.textContent = "fix the marked field";
  ui.barDelta.textContent = "";
  ui.bar.dataset.stale = "true";
}

/** What the result says while no result can be computed. @param {number} count */
export function blockedText(count) {
  return count === 1
    ? "No result yet: one field needs fixing first; its message is next to it in the form."
    : `No result yet: ${count} fields need fixing first; each message is next to its field ` +
      "in the form.";
}
