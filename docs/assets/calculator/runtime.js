// Shared by the calculator page and the arbitration helper: wait for the Python side (main.py),
// call calculator.web with JSON strings, and turn the view trees main.py returns into DOM.
// No scoring or validation here: every number and message comes from the package.

import * as python from "./python.js";

const SVG_NS = "http://www.w3.org/2000/svg";

// The tags a view tree may use (jss_view.py). Anything else is a bug on the Python side.
const HTML_TAGS = new Set([
  "a", "abbr", "caption", "code", "dd", "details", "div", "dl", "dt", "em", "figcaption", "figure",
  "h3", "h4", "li", "ol", "output", "p", "section", "small", "span", "strong", "summary", "table",
  "tbody", "td", "th", "thead", "tr", "ul",
]);
const SVG_TAGS = new Set(["svg", "g", "line", "polyline", "circle", "rect", "text", "title", "desc"]);

/** Starts Python (python.js: in a worker) and resolves with python.js once it is up. */
export function whenRuntime() {
  return python.ready().then(() => python);
}

/** Calls calculator.web.<name> (through python.js) with a value: a promise of the answer. */
export function call(web, name, payload) {
  return web.call(name, payload);
}

function safeHref(value) {
  // Only site-relative links and in-page anchors: the package gives guide anchors.
  return !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith("//");
}

/** Builds DOM from a view tree: a string is text; [tag, attrs, children] is an element. */
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

/** Replaces the content of `host` with the DOM of a list of view nodes. */
export function show(host, nodes) {
  host.replaceChildren(...nodes.map((n) => build(n)));
}

/** Sets the text of the live status line and the root's data-state. */
export function setState(root, state, statusText) {
  root.dataset.state = state;
  const status = root.querySelector("[data-role=status]");
  if (status && statusText !== undefined) status.textContent = statusText;
}

/** The message shown while Python starts, and a nudge if it takes very long. */
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
        "visit; the example below is already computed.");
    }
  }, 5000);
}
