// @ts-check
// Shared by the calculator page and the arbitration helper: turn the view trees calculator.view
// returns into DOM (createElement only, never innerHTML), and the status line. No scoring or
// validation here: every number and message comes from the package.

const SVG_NS = "http://www.w3.org/2000/svg";

// The tags a view tree may use (calculator/view.py, HTML_TAGS and SVG_TAGS; a test compares).
const HTML_TAGS = new Set([
  "a", "abbr", "button", "caption", "code", "dd", "details", "div", "dl", "dt", "em",
  "figcaption", "figure", "h3", "h4", "li", "ol", "output", "p", "section", "small", "span",
  "strong", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul",
]);
const SVG_TAGS = new Set(["svg", "g", "line", "polyline", "circle", "rect", "text", "title", "desc"]);

/** @typedef {string | [string, Record<string, string>, ViewNode[]]} ViewNode */

/** @param {string} value */
function safeHref(value) {
  // Only site-relative links and in-page anchors: the package gives guide anchors.
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith("//");
}

/**
 * Builds DOM from a view tree: a string is text; [tag, attrs, children] is an element.
 * @param {ViewNode} node
 * @param {boolean} [inSvg]
 * @returns {Node}
 */
export function build(node, inSvg = false) {
  if (typeof node === "string") return document.createTextNode(node);
  const [tag, attrs, children] = node;
  const svg = inSvg || tag === "svg";
  if (!(svg ? SVG_TAGS : HTML_TAGS).has(tag)) throw new Error(`view tree: unexpected tag ${tag}`);
  const el = svg ? document.createElementNS(SVG_NS, tag) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (/^on/i.test(key) || (key === "href" && !safeHref(String(value)))) continue;
    el.setAttribute(key, String(value));
  }
  for (const child of children || []) el.append(build(child, svg));
  return el;
}

/**
 * Replaces the content of `host` with the DOM of a list of view nodes.
 * @param {Element} host
 * @param {ViewNode[]} nodes
 */
export function show(host, nodes) {
  host.replaceChildren(...nodes.map((n) => build(n)));
}

/**
 * Opens and closes the view's disclosure buttons (aria-expanded, aria-controls) inside `host`.
 * @param {Element} host
 */
export function wireDisclosures(host) {
  host.addEventListener("click", (event) => {
    const target = /** @type {Element} */ (event.target);
    const button = target.closest("button[aria-controls][aria-expanded]");
    if (!button || !host.contains(button)) return;
    const panel = document.getElementById(button.getAttribute("aria-controls") || "");
    if (!panel) return;
    const open = button.getAttribute("aria-expanded") !== "true";
    button.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
  });
}

/**
 * Sets the text of the live status line and the root's data-state.
 * @param {HTMLElement} root
 * @param {string} state
 * @param {string} [statusText]
 */
export function setState(root, state, statusText) {
  root.dataset.state = state;
  const status = root.querySelector("[data-role=status]");
  if (status && statusText !== undefined) status.textContent = statusText;
}

/**
 * A nudge if Python takes very long to start.
 * @param {HTMLElement} root
 */
export function startLoading(root) {
  const started = Date.now();
  const timer = window.setInterval(() => {
    if (root.dataset.state !== "loading") {
      window.clearInterval(timer);
      return;
    }
    const seconds = Math.round((Date.now() - started) / 1000);
    if (seconds >= 20) {
      setState(root, "loading",
        `Still starting Python (${seconds} s). A slow connection can take a minute on the first ` +
        "visit; what you type is kept.");
    }
  }, 5000);
}
