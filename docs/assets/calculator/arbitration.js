// The arbitration helper: sends the form's values to calculator.web.arbitration (through main.py)
// and shows the view it gets back. The money arithmetic is all in the package.

import { call, setState, show, startLoading, whenRuntime } from "./runtime.js";

const DEBOUNCE_MS = 250;
const root = document.getElementById("jss-arbitration");
if (root) main();

function main() {
  const form = document.getElementById("jss-arb-form");
  const result = document.getElementById("jss-arb-result");
  const origin = document.getElementById("jss-arb-origin");
  const announce = document.getElementById("jss-arb-announce");
  let web = null;
  let timer = 0;

  function values() {
    const out = {};
    for (const input of form.querySelectorAll("input[name]")) out[input.name] = input.value;
    return out;
  }

  function clearErrors() {
    for (const input of form.querySelectorAll("input[name]")) {
      input.removeAttribute("aria-invalid");
      input.setAttribute("aria-describedby", `${input.id}-hint`);
      const error = document.getElementById(`${input.id}-error`);
      error.hidden = true;
      error.textContent = "";
    }
  }

  async function compute() {
    if (!web) return;
    const response = await call(web, "arbitration", values());
    clearErrors();
    if (!response.ok) {
      for (const error of response.errors) {
        const input = form.querySelector(`input[name="${CSS.escape(error.path)}"]`)
          || form.querySelector("input[name=escrow]");
        const target = document.getElementById(`${input.id}-error`);
        target.textContent = error.message;
        target.hidden = false;
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", `${target.id} ${input.id}-hint`);
      }
      result.dataset.stale = "true";
    } else {
      const view = await call(web, "arbitration_view", response);
      show(result, view.nodes);
      result.dataset.stale = "false";
      origin.textContent = "For the values above.";
      if (announce.textContent !== view.announce) announce.textContent = view.announce;
    }
    if (root.dataset.state !== "ready") setState(root, "ready", "");
  }

  // Python starts on the first touch, not on page load: most readers of the guide page only
  // read, and the pre-rendered example needs no runtime.
  function start() {
    if (root.dataset.state !== "idle") return;
    const template = document.getElementById("jss-arb-runtime");
    setState(root, "loading", "Starting Python in your browser to compute your numbers…");
    startLoading(root);
    document.body.append(template.content.cloneNode(true));
    whenRuntime().then((api) => {
      web = api;
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
  // A page that already has Python (say, the calculator's) needs no touch to go live.
  if (window.jssWeb) start();
}
