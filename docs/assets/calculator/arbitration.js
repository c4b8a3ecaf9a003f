// @ts-check
// The arbitration helper: sends the form's values to calculator.web.arbitration and shows the
// view it returns. The money arithmetic, the warnings and the view are all in the package.

import { call, isReady, ready } from "./python.js";
import { setState, show, startLoading, wireDisclosures } from "./runtime.js";

const DEBOUNCE_MS = 250;
const root = document.getElementById("jss-arbitration");
if (root) main(root);

/** @param {HTMLElement} root */
function main(root) {
  const form = /** @type {HTMLFormElement} */ (document.getElementById("jss-arb-form"));
  const result = /** @type {HTMLElement} */ (document.getElementById("jss-arb-result"));
  const origin = /** @type {HTMLElement} */ (document.getElementById("jss-arb-origin"));
  const announce = /** @type {HTMLElement} */ (document.getElementById("jss-arb-announce"));
  let live = false;
  let timer = 0;
  wireDisclosures(result);

  /** @returns {NodeListOf<HTMLInputElement>} */
  const inputs = () => form.querySelectorAll("input[name]");

  function values() {
    /** @type {Record<string, string>} */
    const out = {};
    for (const input of inputs()) out[input.name] = input.value;
    return out;
  }

  function clearErrors() {
    for (const input of inputs()) {
      input.removeAttribute("aria-invalid");
      input.setAttribute("aria-describedby", `${input.id}-hint`);
      const error = document.getElementById(`${input.id}-error`);
      if (!error) continue;
      error.hidden = true;
      error.textContent = "";
    }
  }

  async function compute() {
    if (!live) return;
    const response = await call("arbitration", values());
    clearErrors();
    if (!response.ok) {
      for (const error of response.errors) {
        const input = form.querySelector(`input[name="${CSS.escape(error.path)}"]`)
          || form.querySelector("input[name=escrow]");
        if (!input) continue;
        const target = document.getElementById(`${input.id}-error`);
        if (!target) continue;
        target.textContent = error.message;
        target.hidden = false;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", `${target.id} ${input.id}-hint`);
      }
      result.dataset.stale = "true";
    } else {
      show(result, response.view.nodes);
      result.dataset.stale = "false";
      origin.textContent = "For the values above.";
      if (announce.textContent !== response.view.announce) {
        announce.textContent = response.view.announce;
      }
    }
    if (root.dataset.state !== "ready") setState(root, "ready", "");
  }

  // Python starts on the first touch, not on page load: most readers of the guide page only
  // read, and the pre-rendered example needs no runtime.
  function start() {
    if (root.dataset.state !== "idle") return;
    const template = /** @type {HTMLTemplateElement | null} */ (
      document.getElementById("jss-arb-runtime"));
    setState(root, "loading", "Starting Python in your browser to compute your numbers…");
    startLoading(root);
    if (template && !isReady()) document.body.append(template.content.cloneNode(true));
    ready().then(() => {
      live = true;
      compute();
    });
  }

  form.addEventListener("focusin", start);
  form.addEventListener("pointerdown", start);
  form.addEventListener("input", () => {
    start();
    window.clearTimeout(timer);
    timer = window.setTimeout(compute, DEBOUNCE_MS);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  // An era's button puts that era's fee in the fee field, as if the reader had typed it.
  form.addEventListener("click", (event) => {
    const button = /** @type {HTMLElement} */ (event.target).closest("button[data-fee]");
    const fee = /** @type {HTMLInputElement | null} */ (form.querySelector("input[name=fee]"));
    if (!(button instanceof HTMLButtonElement) || !fee) return;
    fee.value = button.dataset.fee || "";
    fee.dispatchEvent(new Event("input", { bubbles: true }));
  });
  // A page that already has Python (say, the calculator's) needs no touch to go live.
  if (isReady()) start();
}
