// @ts-check
// The timeline job: the reader's choice of what the "next months" chart assumes of contracts
// still open. The chart itself is drawn by Python (calculator.view) with the result.

/** @typedef {import("./page.js").Page} Page */

/** The choices calculator.web.evaluate reads as timeline.open_contracts. */
export const OPEN_CONTRACTS = ["keep-paying", "stop"];

/** A choice the package knows, else its default. @param {string} value */
export function openContracts(value) {
  return OPEN_CONTRACTS.includes(value) ? value : OPEN_CONTRACTS[0];
}

/** @param {Page} page */
export function wireTimeline(page) {
  const select = page.ui.openContracts;
  page.options = () => openContracts(select.value);
  select.addEventListener("change", () => page.schedule(0));
}
