// @ts-check
// The share job: the link to this history (made by Python with each result), copying it,
// replacing client names before sharing, and opening a link (in place of the history, or
// beside it as scenario B after asking).

import { anonymise, scenarioFragment, shareUrl } from "./links.js";
import { ask, notify } from "./page.js";
import { isEmpty } from "./storage.js";
import { fromPair, toForm } from "./form.js";

/** @typedef {import("./page.js").Page} Page */
/** @typedef {import("./storage.js").State} State */

/**
 * What the link box shows for an answer of calculator.web.evaluate (null: no link, the history
 * has errors or is being computed).
 * @param {{fragment?: string | null, fragment_error?: string | null} | null} response
 * @param {string} href the page's address
 * @returns {{value: string, note: string}}
 */
export function linkState(response, href) {
  if (!response) return { value: "", note: "" };
  return { value: response.fragment ? shareUrl(href, response.fragment) : "",
    note: response.fragment_error || "" };
}

/**
 * Shows the link of an answer (or none).
 * @param {Page} page
 * @param {{fragment?: string | null, fragment_error?: string | null} | null} response
 */
export function showLink(page, response) {
  const { ui } = page;
  const link = linkState(response, location.href);
  ui.link.value = link.value;
  ui.copy.disabled = !link.value;
  ui.linkNote.textContent = link.note;
  ui.linkNote.hidden = !link.note;
}

/** @param {Page} page */
async function copyLink(page) {
  const { ui } = page;
  if (!ui.link.value) return;
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

/**
 * Both histories as the package writes them, so "$1,200" and "1200" compare equal.
 * @param {Page} page @param {State} x @param {State} y
 */
export async function sameHistory(page, x, y) {
  /** @param {State} s */
  const canonical = async (s) => JSON.stringify(await Promise.all([s.a, s.b].map(
    async (scenario) => {
      if (!scenario) return null;
      const answer = await page.call("export_json", toForm(scenario));
      return answer.ok ? answer.text : JSON.stringify(scenario);
    })));
  return (await canonical(x)) === (await canonical(y));
}

/**
 * Opens a link's fragment: at once on an empty page, else after asking whether it replaces
 * the history, sits beside it as scenario B, or is left unopened.
 * @param {Page} page @param {string} fragment
 */
export async function openFragment(page, fragment) {
  const answer = await page.call("open_fragment", fragment);
  // The link has done its job; a reload should show the saved state, not the old link.
  history.replaceState(null, "", location.pathname + location.search);
  if (!answer.ok) {
    page.setStateTo(page.state);
    notify(page, `This link could not be opened (${answer.error.message}). ` +
      "Your own saved history is unchanged.", "error");
    return;
  }
  const next = fromPair(answer, page.data.fields);
  const previous = page.state;
  page.scrollOnResult = true;
  const open = () => page.replaceState(next, "Opened the history from the link." +
    (isEmpty(previous) ? "" : " Yours is kept under \u201cEarlier histories\u201d."), "a link");
  const asB = () => {
    page.setStateTo({ a: previous.a, b: next.a });
    notify(page, "Your history is A; the link's history is scenario B.", "info");
  };
  if (isEmpty(previous)) {
    open();
    return;
  }
  if (await sameHistory(page, previous, next)) {
    // The link holds this very history: nothing to ask, nothing to keep.
    page.setStateTo(previous);
    return;
  }
  // Until the reader answers, the page shows (and computes) the history it had.
  page.setStateTo(previous);
  page.scrollOnResult = false;
  ask(page, "This link holds a different history from the one saved in this browser. Open " +
    "the link's history (yours stays under \u201cEarlier histories\u201d), open it beside " +
    "yours as scenario B, or keep yours?", [
    { label: "Open it", primary: true, run: () => { page.scrollOnResult = true; open(); } },
    { label: "Open it as scenario B", run: asB },
    { label: "Keep mine", run: () => {
      notify(page, "Kept your history. The link's history was not opened.", "info");
      page.ui.notice.focus();
    } },
  ]);
}

/** Wires the link box, Copy, Replace client names, and links opened later. @param {Page} page */
export function wireShare(page) {
  const { ui } = page;
  ui.copy.addEventListener("click", () => copyLink(page));
  ui.anonymise.addEventListener("click", () => {
    page.replaceState(anonymise(page.state), "Client names replaced with Client A, B, \u2026 " +
      "The link below now holds no names.", "replacing client names");
  });
  window.addEventListener("hashchange", () => {
    const fragment = scenarioFragment(location.hash);
    if (fragment && page.isReady()) openFragment(page, fragment);
  });
}
