// @ts-check
// The result column and the phone's score bar: paint a view the package returned (live, or saved
// with the history at the last visit), or "Computing…" while there is none for this history.

import { show } from "./runtime.js";

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
  ui.barScore.textContent = bar.b_text ? `A ${bar.text} · B ${bar.b_text}` : bar.text;
  ui.barRange.textContent = bar.range ? `range ${bar.range}` : "";
  ui.barDelta.textContent = changeText(previous, bar.score);
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

/** Marks the shown result out of date (the input has errors). @param {ResultUi} ui */
export function markStale(ui) {
  ui.result.dataset.stale = "true";
  ui.stale.hidden = false;
}
