// The calculator page: form state, saving, links, import/export, and DOM. It holds no rule:
// calculator.web (through main.py) parses every value, scores, and returns the result views.

import { call, setState, show, startLoading, whenRuntime } from "./runtime.js";

const STORAGE_KEY = "jss-calculator:v1";
// The state a preset, an import or a link replaced, so one click can bring it back.
const UNDO_KEY = "jss-calculator:v1:undo";
const DEBOUNCE_MS = 250;

const root = document.getElementById("jss-calculator");
if (root) main();

function main() {
  const data = JSON.parse(document.getElementById("jss-calculator-data").textContent);
  const el = (id) => document.getElementById(id);
  const ui = {
    form: el("jss-form"),
    notice: el("jss-notice"),
    presets: el("jss-presets"),
    result: el("jss-result"),
    stale: el("jss-stale"),
    announce: el("jss-announce"),
    editors: { a: el("jss-editor-a"), b: el("jss-editor-b") },
    toggleB: el("jss-toggle-b"),
    link: el("jss-link"),
    copy: el("jss-copy"),
    exportA: el("jss-export-a"),
    exportB: el("jss-export-b"),
    importFile: el("jss-import"),
    origin: el("jss-origin"),
  };

  let web = null; // window.jssWeb once Python is up
  let state = null; // {a: scenario, b: scenario|null}; scenario values are what the user typed
  let lastFragment = null;
  let timer = 0;
  let pendingFragment = scenarioFragment(location.hash);

  // ------------------------------------------------------------------ state <-> JSON forms

  const text = (v) => (v === null || v === undefined ? "" : String(v));

  function fromForm(form) {
    return {
      as_of: text(form.as_of),
      rules: text(form.rules),
      contracts: (form.contracts || []).map((c) => ({
        id: text(c.id),
        client: text(c.client),
        kind: text(c.kind) || "fixed",
        start: text(c.start),
        end: text(c.end),
        earnings: text(c.earnings),
        last_payment: text(c.last_payment),
        public_rating: text(c.public_rating),
        private_rating: c.private_rating === null ? "none" : text(c.private_rating) || "unknown",
        client_excluded: c.client_excluded === true,
      })),
    };
  }

  function toForm(scenario) {
    // Values go as typed; calculator.from_form reads "$1,200", "5 Mar 2025" and blanks.
    return { schema: 1, as_of: scenario.as_of, rules: scenario.rules, contracts: scenario.contracts };
  }

  function fromPair(pair) {
    return { a: fromForm(pair.a), b: pair.b ? fromForm(pair.b) : null };
  }

  function toPair(s) {
    return { a: toForm(s.a), b: s.b ? toForm(s.b) : null };
  }

  // ------------------------------------------------------------------ saving

  function save() {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      // Private browsing or a full quota: the page still works, it just forgets on reload.
    }
  }

  function loadSaved(key) {
    try {
      const raw = localStorage.getItem(key);
      const saved = raw && JSON.parse(raw);
      if (saved && saved.a && Array.isArray(saved.a.contracts)) return saved;
    } catch {
      // A damaged entry is ignored (the example is shown instead).
    }
    return null;
  }

  /** Replaces the whole state (preset, import, link), keeping the old one one click away. */
  function replaceState(next, message) {
    const previous = state;
    state = next;
    try {
      localStorage.setItem(UNDO_KEY, JSON.stringify(previous));
    } catch {
      // Undo then lasts until the page is closed only.
    }
    save();
    renderEditors();
    notify(message, "info", () => {
      replaceStateQuiet(previous);
    });
    schedule(0);
  }

  function replaceStateQuiet(next) {
    state = next;
    save();
    renderEditors();
    notify("Your previous history is back.", "info");
    schedule(0);
  }

  // ------------------------------------------------------------------ notices

  function notify(message, kind = "info", undo = null) {
    if (!message) {
      ui.notice.hidden = true;
      ui.notice.replaceChildren();
      return;
    }
    const p = document.createElement("p");
    p.textContent = message;
    ui.notice.replaceChildren(p);
    ui.notice.dataset.kind = kind;
    if (undo) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button";
      button.textContent = "Undo: bring back my previous history";
      button.addEventListener("click", () => {
        undo();
        button.remove();
      });
      ui.notice.append(button);
    }
    ui.notice.hidden = false;
  }

  // ------------------------------------------------------------------ the editors

  const FIELDS = [
    // [key, label, kind of input, hint]
    ["client", "Client", "text", ""],
    ["kind", "Kind", "kind", ""],
    ["start", "Start", "date", ""],
    ["end", "End", "date", "blank while open"],
    ["earnings", "Earnings (USD)", "money", "after refunds"],
    ["last_payment", "Last payment", "date", "blank if never paid"],
    ["public_rating", "Public rating", "stars", "1 to 5; blank = no feedback"],
    ["private_rating", "Private rating", "private", ""],
    ["client_excluded", "Client excluded", "check", "suspended or flagged client"],
  ];

  function fieldId(key, index, field) {
    return `jss-${key}-${index}-${field}`;
  }

  function makeInput(key, index, field, kind, value, path) {
    let input;
    if (kind === "kind") {
      input = select([["fixed", "Fixed price"], ["hourly", "Hourly"]], value);
    } else if (kind === "private") {
      const options = [["unknown", "Unknown (you can't see it)"], ["none", "None left"]];
      for (let n = 10; n >= 0; n -= 1) options.push([String(n), `${n} of 10`]);
      input = select(options, value);
    } else if (kind === "check") {
      input = document.createElement("input");
      input.type = "checkbox";
      input.checked = value === true;
    } else {
      input = document.createElement("input");
      input.type = "text";
      input.value = value;
      input.autocomplete = "off";
      input.spellcheck = false;
      if (kind === "date") input.placeholder = "2025-03-05 or 5 Mar 2025";
      if (kind === "money") {
        input.inputMode = "decimal";
        input.placeholder = "$1,200";
      }
      if (kind === "stars") {
        input.inputMode = "decimal";
        input.placeholder = "none";
      }
    }
    input.id = fieldId(key, index, field);
    input.dataset.path = path;
    input.dataset.field = field;
    return input;
  }

  function select(options, value) {
    const s = document.createElement("select");
    for (const [v, label] of options) {
      const o = document.createElement("option");
      o.value = v;
      o.textContent = label;
      s.append(o);
    }
    s.value = value;
    return s;
  }

  function field(labelText, input, hint) {
    const wrap = document.createElement("div");
    wrap.className = "jss-field";
    const label = document.createElement("label");
    label.htmlFor = input.id;
    label.textContent = labelText;
    if (input.type === "checkbox") {
      wrap.classList.add("jss-field--check");
      wrap.append(input, label);
    } else {
      wrap.append(label, input);
    }
    const described = [];
    if (hint) {
      const small = document.createElement("small");
      small.id = `${input.id}-hint`;
      small.className = "jss-hint";
      small.textContent = hint;
      wrap.append(small);
      described.push(small.id);
    }
    const error = document.createElement("p");
    error.id = `${input.id}-error`;
    error.className = "jss-error";
    error.hidden = true;
    wrap.append(error);
    input.dataset.hint = described.join(" ");
    if (described.length) input.setAttribute("aria-describedby", described.join(" "));
    return wrap;
  }

  function button(label, action, extra = {}) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "md-button jss-small";
    b.textContent = label;
    b.dataset.action = action;
    for (const [k, v] of Object.entries(extra)) b.dataset[k] = v;
    return b;
  }

  function renderEditor(key) {
    const host = ui.editors[key];
    const scenario = state[key];
    host.hidden = !scenario;
    if (!scenario) {
      host.replaceChildren();
      return;
    }
    const legend = document.createElement("legend");
    legend.textContent = key === "a" ? "Scenario A: your history" : "Scenario B: what if";

    const top = document.createElement("div");
    top.className = "jss-top-fields";
    const asOf = makeInput(key, "top", "as_of", "date", scenario.as_of, `${key}.as_of`);
    asOf.id = `jss-${key}-as_of`;
    top.append(field("As of", asOf, "the day to estimate for"));
    const ruleOptions = [["", "In force on that day"]].concat(
      data.rule_sets.map((r) => [r.id, r.label]));
    const rules = select(ruleOptions, scenario.rules);
    rules.id = `jss-${key}-rules`;
    rules.dataset.path = `${key}.rules`;
    rules.dataset.field = "rules";
    top.append(field("Rule set", rules, ""));

    const region = document.createElement("div");
    region.className = "jss-contracts";
    region.setAttribute("role", "region");
    region.setAttribute("aria-label", `Contracts in scenario ${key.toUpperCase()}`);
    const list = document.createElement("ol");
    scenario.contracts.forEach((c, i) => {
      const li = document.createElement("li");
      li.className = "jss-contract";
      const heading = document.createElement("h3");
      heading.textContent = `Contract ${i + 1}`;
      const errorHost = document.createElement("p");
      errorHost.className = "jss-error";
      errorHost.id = `jss-${key}-${i}-error`;
      errorHost.hidden = true;
      errorHost.dataset.path = `${key}.contracts[${i}]`;
      const grid = document.createElement("div");
      grid.className = "jss-grid";
      for (const [name, label, kind, hint] of FIELDS) {
        const input = makeInput(key, i, name, kind, c[name], `${key}.contracts[${i}].${name}`);
        grid.append(field(label, input, hint));
      }
      const actions = document.createElement("div");
      actions.className = "jss-row-actions";
      actions.append(
        button("Duplicate", "duplicate", { key, index: String(i) }),
        button("Remove", "remove", { key, index: String(i) }),
      );
      li.append(heading, errorHost, grid, actions);
      list.append(li);
    });
    region.append(list);

    const scenarioError = document.createElement("p");
    scenarioError.className = "jss-error";
    scenarioError.id = `jss-${key}-error`;
    scenarioError.dataset.path = key;
    scenarioError.hidden = true;

    host.replaceChildren(legend, top, scenarioError, region,
      button("Add a contract", "add", { key }));
  }

  function renderEditors() {
    renderEditor("a");
    renderEditor("b");
    ui.toggleB.textContent = state.b ? "Remove scenario B" : "Add scenario B (a copy of A)";
    ui.toggleB.setAttribute("aria-pressed", state.b ? "true" : "false");
    ui.exportB.hidden = !state.b;
  }

  // A new contract: the next client letter, today's dates, a small paid job.
  function newContract(scenario) {
    const used = new Set(scenario.contracts.map((c) => c.id));
    let id = scenario.contracts.length + 1;
    while (used.has(String(id))) id += 1;
    const letter = String.fromCharCode(65 + (scenario.contracts.length % 26));
    const day = scenario.as_of || new Date().toISOString().slice(0, 10);
    return {
      id: String(id), client: `Client ${letter}`, kind: "fixed", start: day, end: day,
      earnings: "100", last_payment: day, public_rating: "5", private_rating: "unknown",
      client_excluded: false,
    };
  }

  function onAction(event) {
    const b = event.target.closest("button[data-action]");
    if (!b) return;
    const scenario = state[b.dataset.key];
    const index = Number(b.dataset.index);
    if (b.dataset.action === "add") {
      scenario.contracts.push(newContract(scenario));
    } else if (b.dataset.action === "duplicate") {
      const copy = { ...scenario.contracts[index] };
      const used = new Set(scenario.contracts.map((c) => c.id));
      let id = scenario.contracts.length + 1;
      while (used.has(String(id))) id += 1;
      copy.id = String(id);
      scenario.contracts.splice(index + 1, 0, copy);
    } else if (b.dataset.action === "remove") {
      scenario.contracts.splice(index, 1);
    } else {
      return;
    }
    renderEditor(b.dataset.key);
    save();
    schedule(0);
    const focusTarget = ui.editors[b.dataset.key].querySelectorAll(".jss-contract h3")[
      b.dataset.action === "remove" ? Math.max(0, index - 1) : b.dataset.action === "add"
        ? scenario.contracts.length - 1 : index + 1];
    if (focusTarget) {
      focusTarget.tabIndex = -1;
      focusTarget.focus();
    }
  }

  function onInput(event) {
    const input = event.target;
    const path = input.dataset.path;
    if (!path) return;
    const match = /^([ab])\.(?:contracts\[(\d+)\]\.)?(\w+)$/.exec(path);
    if (!match) return;
    const [, key, index, name] = match;
    const value = input.type === "checkbox" ? input.checked : input.value;
    if (index === undefined) state[key][name] = value;
    else state[key].contracts[Number(index)][name] = value;
    save();
    schedule(DEBOUNCE_MS);
  }

  // ------------------------------------------------------------------ errors next to fields

  function clearErrors() {
    for (const node of root.querySelectorAll("[aria-invalid=true]")) {
      node.removeAttribute("aria-invalid");
      const hint = node.dataset.hint;
      if (hint) node.setAttribute("aria-describedby", hint);
      else node.removeAttribute("aria-describedby");
    }
    for (const node of root.querySelectorAll(".jss-error")) {
      node.hidden = true;
      node.textContent = "";
    }
  }

  /** The input for an error's path (if any) and the slot for its message: the field's own, else
   *  the contract's, else the scenario's (e.g. a.contracts[2].id has no input of its own). */
  function errorTarget(path) {
    const input = root.querySelector(`[data-path="${CSS.escape(path)}"]:not(.jss-error)`);
    if (input) return [input, document.getElementById(`${input.id}-error`)];
    for (let p = path; /[.[]/.test(p); p = p.replace(/(\.[^.[]*|\[\d+\])$/, "")) {
      const slot = root.querySelector(`.jss-error[data-path="${CSS.escape(p)}"]`);
      if (slot) return [null, slot];
    }
    const scenario = root.querySelector(`.jss-error[data-path="${CSS.escape(path.split(".")[0])}"]`);
    return [null, scenario || document.getElementById("jss-a-error")];
  }

  function showErrors(errors) {
    clearErrors();
    for (const error of errors) {
      const [input, target] = errorTarget(error.path);
      target.textContent = target.textContent
        ? `${target.textContent} ${error.message}` : error.message;
      target.hidden = false;
      if (input) {
        input.setAttribute("aria-invalid", "true");
        const hint = input.dataset.hint;
        input.setAttribute("aria-describedby", hint ? `${target.id} ${hint}` : target.id);
      }
    }
  }

  // ------------------------------------------------------------------ computing

  function schedule(delay) {
    window.clearTimeout(timer);
    timer = window.setTimeout(compute, delay);
  }

  function compute() {
    if (!web) return;
    try {
      evaluate();
    } catch (error) {
      // A bug, not bad input (calculator.web reports that as errors): say so, keep the form.
      setState(root, "error", "The calculator hit an internal error; your input is kept. " +
        "Reloading the page may help.");
      throw error;
    }
  }

  function evaluate() {
    const request = { ...toPair(state), timeline: null };
    const response = call(web, "evaluate", request);
    if (!response.ok) {
      showErrors(response.errors);
      ui.result.dataset.stale = "true";
      ui.stale.hidden = false;
      ui.link.value = "";
      ui.copy.disabled = true;
      lastFragment = null;
    } else {
      clearErrors();
      const view = call(web, "result_view", response);
      show(ui.result, view.nodes);
      ui.result.dataset.stale = "false";
      ui.stale.hidden = true;
      ui.origin.textContent = "";
      lastFragment = response.fragment;
      ui.link.value = lastFragment ? shareUrl(lastFragment) : "";
      ui.copy.disabled = !lastFragment;
      if (ui.announce.textContent !== view.announce) ui.announce.textContent = view.announce;
    }
    if (root.dataset.state !== "ready") setState(root, "ready", "");
  }

  // ------------------------------------------------------------------ links

  function scenarioFragment(hash) {
    const fragment = hash.replace(/^#/, "");
    return /(^|&)a=/.test(fragment) ? fragment : null;
  }

  function shareUrl(fragment) {
    const url = new URL(location.href);
    url.hash = fragment;
    return url.href;
  }

  function openFragment(fragment) {
    const answer = call(web, "open_fragment", fragment);
    // The link has done its job; a reload should show the saved state, not the old link.
    history.replaceState(null, "", location.pathname + location.search);
    if (!answer.ok) {
      notify(`This link could not be opened: ${answer.error.message} ` +
        "Your own saved history is unchanged.", "error");
      return;
    }
    replaceState(fromPair(answer), "Opened the scenario from the link.");
  }

  async function copyLink() {
    if (!lastFragment) return;
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

  // ------------------------------------------------------------------ import / export

  function exportScenario(key) {
    const answer = call(web, "export_json", toForm(state[key]));
    if (!answer.ok) {
      // export_json checks one history and names its fields as scenario "a".
      showErrors(answer.errors.map((e) => ({ ...e, path: e.path.replace(/^a\b/, key) })));
      notify("Fix the marked fields before exporting.", "error");
      return;
    }
    const blob = new Blob([answer.text], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = key === "a" ? "jss-history.json" : "jss-history-b.json";
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  async function importFile() {
    const file = ui.importFile.files[0];
    if (!file) return;
    const content = await file.text();
    ui.importFile.value = "";
    const answer = call(web, "import_json", content);
    if (!answer.ok) {
      notify(`Nothing was imported: ${answer.error.path}: ${answer.error.message}`, "error");
      return;
    }
    replaceState(fromPair(answer), `Imported ${file.name}.`);
  }

  // ------------------------------------------------------------------ presets

  function renderPresets() {
    const list = document.createElement("ul");
    for (const preset of data.presets) {
      const li = document.createElement("li");
      const b = document.createElement("button");
      b.type = "button";
      b.className = "md-button jss-small";
      b.textContent = preset.title;
      b.dataset.preset = preset.id;
      li.append(b);
      list.append(li);
    }
    ui.presets.replaceChildren(list);
    ui.presets.addEventListener("click", (event) => {
      const b = event.target.closest("button[data-preset]");
      if (!b) return;
      const preset = data.presets.find((p) => p.id === b.dataset.preset);
      replaceState(fromPair(preset), `Loaded "${preset.title}".`);
    });
  }

  // ------------------------------------------------------------------ start

  state = loadSaved(STORAGE_KEY) || fromPair(data.example);
  if (loadSaved(STORAGE_KEY)) {
    ui.origin.textContent = "Showing the worked example until Python has started; your saved " +
      "history is in the form and is computed then.";
  }
  renderPresets();
  renderEditors();
  ui.form.hidden = false;
  ui.form.addEventListener("input", onInput);
  ui.form.addEventListener("change", onInput);
  ui.form.addEventListener("click", onAction);
  ui.form.addEventListener("submit", (event) => event.preventDefault());
  ui.toggleB.addEventListener("click", () => {
    state.b = state.b ? null : JSON.parse(JSON.stringify(state.a));
    renderEditors();
    save();
    schedule(0);
  });
  ui.copy.addEventListener("click", copyLink);
  ui.exportA.addEventListener("click", () => web && exportScenario("a"));
  ui.exportB.addEventListener("click", () => web && exportScenario("b"));
  ui.importFile.addEventListener("change", () => web && importFile());
  window.addEventListener("hashchange", () => {
    const fragment = scenarioFragment(location.hash);
    if (fragment && web) openFragment(fragment);
  });

  if (pendingFragment) {
    setState(root, "loading", "Starting Python to open the linked scenario…");
  }
  startLoading(root);
  whenRuntime().then((api) => {
    web = api;
    for (const node of root.querySelectorAll("[data-needs-python]")) node.disabled = false;
    if (pendingFragment) {
      const fragment = pendingFragment;
      pendingFragment = null;
      openFragment(fragment);
    }
    compute();
  });
}
