// The calculator page: form state, saving, links, import/export, and DOM. It holds no rule:
// calculator.web (through main.py) parses every value, scores, and returns the result views.

import { call, setState, show, startLoading, whenRuntime } from "./runtime.js";

// What the page saves in this browser. The key carries the version of the saved shape; a saved
// entry this page cannot read (damaged, another shape, another version's key) is never thrown
// away: it is moved under ASIDE_PREFIX + a timestamp and offered for download (see recovery()).
const STORAGE_VERSION = 1;
const STORAGE_KEY = `jss-calculator:v${STORAGE_VERSION}`;
const VERSIONED_KEY = /^jss-calculator:v(\d+)$/;
const ASIDE_PREFIX = "jss-calculator:unreadable:";
// The state a preset, an import or a link replaced, so one click can bring it back.
const UNDO_KEY = "jss-calculator:v1:undo";
// How long to wait after typing before recomputing. A short history recomputes at once: Python
// needs about 30 ms for 100 contracts (make bench), so every keystroke can show its result.
const QUICK_HISTORY = 200;
const DEBOUNCE_MS = 250;
// A long history takes Python a second or more per change: wait for a longer pause in typing.
const LONG_HISTORY = 500;
const LONG_DEBOUNCE_MS = 1000;
// Contract cards rendered at first and per "Show more": 5,000 cards of nine fields each would
// freeze the page (measured: about 400,000 elements, 12 s to render).
const CARDS_AT_ONCE = 50;
const CARDS_MORE = 100;

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
    linkNote: el("jss-link-note"),
    recovery: el("jss-recovery"),
  };
  const limits = data.limits;

  let web = null; // window.jssWeb once Python is up
  let state = null; // {a: scenario, b: scenario|null}; scenario values are what the user typed
  let lastFragment = null;
  let timer = 0;
  let pendingFragment = scenarioFragment(location.hash);
  // Per scenario, the contracts not rendered as cards: indexes [from, to), or null for none.
  const gaps = { a: null, b: null };
  let saveFailed = false;
  // An unreadable saved entry could not be moved aside: the page must not save over it.
  let storageBlocked = false;

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
    if (storageBlocked) return;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: STORAGE_VERSION, ...state }));
      saveFailed = false;
    } catch {
      // Storage off, or a full quota (a very long history): the page still works; say once that
      // a reload would forget, and how to keep the history.
      if (!saveFailed) {
        notify("This browser did not let the page save your history (storage may be off or " +
          "full). It stays here while the page is open: export it as a file to keep it.", "error");
      }
      saveFailed = true;
    }
  }

  const TEXT_FIELDS = ["id", "client", "kind", "start", "end", "earnings", "last_payment",
    "public_rating", "private_rating"];
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const isContract = (c) => isObject(c) && typeof c.client_excluded === "boolean" &&
    TEXT_FIELDS.every((k) => typeof c[k] === "string");
  const isScenario = (s) => isObject(s) && typeof s.as_of === "string" &&
    typeof s.rules === "string" && Array.isArray(s.contracts) && s.contracts.every(isContract);

  /** The saved state, or why it cannot be read (the page's own shape, not the model's rules:
   *  a saved history with a wrong date still opens, with the field marked). */
  function readSaved(raw) {
    let saved;
    try {
      saved = JSON.parse(raw);
    } catch {
      return { problem: "it is not valid JSON" };
    }
    if (!isObject(saved)) return { problem: "it is not a saved history" };
    if (saved.version !== undefined && saved.version !== STORAGE_VERSION) {
      return { problem: `it was saved by version ${saved.version} of this page` };
    }
    if (!isScenario(saved.a) || !(saved.b === null || saved.b === undefined ||
      isScenario(saved.b))) {
      return { problem: "it does not have the shape this page saves" };
    }
    return { state: { a: saved.a, b: saved.b || null } };
  }

  /** Moves an unreadable entry under its own key; false if the browser refused (then the
   *  original stays where it is and the page saves nothing over it). */
  function keepAside(key, raw, problem) {
    const stamp = new Date().toISOString();
    let aside = ASIDE_PREFIX + stamp;
    for (let n = 2; localStorage.getItem(aside) !== null; n += 1) {
      aside = `${ASIDE_PREFIX}${stamp}-${n}`;
    }
    try {
      localStorage.setItem(aside, JSON.stringify({ key, problem, raw }));
    } catch {
      return false;
    }
    localStorage.removeItem(key);
    return true;
  }

  /** Reads the saved state at start; anything unreadable goes aside and is listed by recovery(). */
  function loadSaved() {
    let loaded = null;
    let blocked = false;
    try {
      const keys = [];
      for (let i = 0; i < localStorage.length; i += 1) keys.push(localStorage.key(i));
      for (const key of keys) {
        const match = key && VERSIONED_KEY.exec(key);
        if (!match) continue;
        const raw = localStorage.getItem(key);
        const read = Number(match[1]) === STORAGE_VERSION ? readSaved(raw)
          : { problem: `it was saved by version ${match[1]} of this page` };
        if (read.state) loaded = read.state;
        else if (!keepAside(key, raw, read.problem) && key === STORAGE_KEY) blocked = true;
      }
    } catch {
      // Storage is off altogether: start from the example; save() says so on the first change.
    }
    storageBlocked = blocked;
    return loaded;
  }

  /** Lists the entries kept aside, each with Download and Delete; hidden when there are none.
   *  An entry that could not be moved (storageBlocked) is listed too, with Download only. */
  function recovery() {
    const entries = [];
    try {
      for (let i = 0; i < localStorage.length; i += 1) {
        const key = localStorage.key(i);
        if (!key || !key.startsWith(ASIDE_PREFIX)) continue;
        let entry;
        try {
          entry = JSON.parse(localStorage.getItem(key));
        } catch {
          entry = null;
        }
        if (!isObject(entry)) entry = { raw: localStorage.getItem(key) };
        const stamp = key.slice(ASIDE_PREFIX.length, ASIDE_PREFIX.length + 19).replace("T", " ");
        entries.push({ ...entry, key, label: `Set aside on ${stamp} UTC` });
      }
      entries.sort((x, y) => (x.key < y.key ? -1 : 1));
      if (storageBlocked) {
        entries.push({ key: STORAGE_KEY, raw: localStorage.getItem(STORAGE_KEY), fixed: true,
          problem: "of its content, and it could not be moved aside (storage is full)",
          label: "Left in place; the page saves nothing over it" });
      }
    } catch {
      // Storage is off: nothing can have been kept.
    }
    ui.recovery.hidden = entries.length === 0;
    if (ui.recovery.hidden) {
      ui.recovery.replaceChildren();
      return;
    }
    const intro = document.createElement("p");
    intro.textContent = "A history saved in this browser could not be read by this page. " +
      "Nothing was deleted: it is kept as it was, below. Download it to keep it or to report " +
      "the problem.";
    const list = document.createElement("ul");
    for (const entry of entries) {
      const li = document.createElement("li");
      const what = document.createElement("span");
      what.textContent = `${entry.label}, not readable because ${entry.problem ||
        "of its content"}. `;
      const download = document.createElement("button");
      download.type = "button";
      download.className = "md-button jss-small";
      download.textContent = "Download it";
      download.addEventListener("click", () => {
        downloadText(String(entry.raw ?? ""), "jss-unreadable-history.json", "text/plain");
      });
      li.append(what, download);
      if (!entry.fixed) {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.className = "md-button jss-small";
        remove.textContent = "Delete it";
        remove.addEventListener("click", () => {
          localStorage.removeItem(entry.key);
          recovery();
          ui.recovery.focus();
        });
        li.append(" ", remove);
      }
      list.append(li);
    }
    ui.recovery.replaceChildren(intro, list);
  }

  /** Replaces the whole state (preset, import, link), keeping the old one one click away. */
  function replaceState(next, message) {
    const previous = state;
    state = next;
    resetGaps();
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
    resetGaps();
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

  /** Asks before a link replaces a different history saved here; `open` runs on "Open it". */
  function ask(message, open) {
    const p = document.createElement("p");
    p.id = "jss-ask-text";
    p.textContent = message;
    const group = document.createElement("div");
    group.className = "jss-actions";
    group.setAttribute("role", "group");
    group.setAttribute("aria-labelledby", p.id);
    const yes = document.createElement("button");
    yes.type = "button";
    yes.className = "md-button md-button--primary jss-small";
    yes.textContent = "Open it";
    const no = document.createElement("button");
    no.type = "button";
    no.className = "md-button jss-small";
    no.textContent = "Keep mine";
    yes.addEventListener("click", open);
    no.addEventListener("click", () => {
      notify("Kept your history. The link's history was not opened.", "info");
      ui.notice.focus();
    });
    group.append(yes, no);
    ui.notice.replaceChildren(p, group);
    ui.notice.dataset.kind = "ask";
    ui.notice.hidden = false;
    yes.focus();
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
    const gap = gaps[key];
    scenario.contracts.forEach((c, i) => {
      if (gap && i >= gap.from && i < gap.to) {
        if (i === gap.from) list.append(moreCards(key, gap));
        return;
      }
      const li = document.createElement("li");
      li.className = "jss-contract";
      const heading = document.createElement("h3");
      heading.id = `jss-${key}-${i}-h`;
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

  /** The list item standing for the contracts not rendered, with its "Show more" button. */
  function moreCards(key, gap) {
    const li = document.createElement("li");
    li.className = "jss-more";
    const hidden = gap.to - gap.from;
    const p = document.createElement("p");
    p.textContent = `Contracts ${gap.from + 1} to ${gap.to} (${hidden.toLocaleString("en")}) ` +
      "are not shown, to keep the page responsive. They are all in the result.";
    li.append(p, button(`Show ${Math.min(CARDS_MORE, hidden)} more`, "more", { key }));
    return li;
  }

  function resetGaps() {
    for (const key of ["a", "b"]) {
      const n = state[key] ? state[key].contracts.length : 0;
      gaps[key] = n > CARDS_AT_ONCE ? { from: CARDS_AT_ONCE, to: n } : null;
    }
  }

  /** Keeps a gap on the same contracts after a card at `index` was removed (-1) or added (+1). */
  function shiftGap(key, index, delta) {
    const gap = gaps[key];
    if (!gap || index > gap.from) return;
    gap.from += delta;
    gap.to += delta;
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
    const key = b.dataset.key;
    const scenario = state[key];
    const index = Number(b.dataset.index);
    let focusIndex;
    if (b.dataset.action === "add") {
      // Appended after the cards not shown, and shown itself (a gap ends before the last card).
      scenario.contracts.push(newContract(scenario));
      focusIndex = scenario.contracts.length - 1;
    } else if (b.dataset.action === "duplicate") {
      const copy = { ...scenario.contracts[index] };
      const used = new Set(scenario.contracts.map((c) => c.id));
      let id = scenario.contracts.length + 1;
      while (used.has(String(id))) id += 1;
      copy.id = String(id);
      scenario.contracts.splice(index + 1, 0, copy);
      shiftGap(key, index + 1, 1);
      focusIndex = index + 1;
    } else if (b.dataset.action === "remove") {
      scenario.contracts.splice(index, 1);
      shiftGap(key, index, -1);
      const gap = gaps[key];
      if (gap && gap.from >= gap.to) gaps[key] = null;
      focusIndex = Math.max(0, index - 1);
    } else if (b.dataset.action === "more") {
      const gap = gaps[key];
      focusIndex = gap.from;
      gap.from = Math.min(gap.to, gap.from + CARDS_MORE);
      if (gap.from >= gap.to) gaps[key] = null;
      renderEditor(key);
      focusHeading(key, focusIndex);
      return;
    } else {
      return;
    }
    renderEditor(key);
    save();
    schedule(0);
    focusHeading(key, focusIndex);
  }

  function focusHeading(key, index) {
    const heading = document.getElementById(`jss-${key}-${index}-h`);
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
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
    const contracts = state.a.contracts.length + (state.b ? state.b.contracts.length : 0);
    schedule(contracts > LONG_HISTORY ? LONG_DEBOUNCE_MS
      : contracts > QUICK_HISTORY ? DEBOUNCE_MS : 0);
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
      // A contract without a card (not shown, or an id) is named in its message.
      const where = /contracts\[(\d+)\]\.?(\w*)/.exec(error.path);
      const message = !input && where && target.dataset.path === error.path.split(".")[0]
        ? `Contract ${Number(where[1]) + 1}${where[2] ? ` (${where[2]})` : ""}: ${error.message}`
        : error.message;
      target.textContent = target.textContent ? `${target.textContent} ${message}` : message;
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

  async function compute() {
    if (!web) return;
    try {
      await evaluate();
    } catch (error) {
      // A bug, not bad input (calculator.web reports that as errors): say so, keep the form.
      setState(root, "error", "The calculator hit an internal error; your input is kept. " +
        "Reloading the page may help.");
      throw error;
    }
  }

  async function evaluate() {
    const request = { ...toPair(state), timeline: null };
    const response = await call(web, "evaluate", request);
    if (!response.ok) {
      showErrors(response.errors);
      ui.result.dataset.stale = "true";
      ui.stale.hidden = false;
      ui.link.value = "";
      ui.copy.disabled = true;
      ui.linkNote.hidden = true;
      lastFragment = null;
    } else {
      clearErrors();
      const view = await call(web, "result_view", response);
      show(ui.result, view.nodes);
      ui.result.dataset.stale = "false";
      ui.stale.hidden = true;
      ui.origin.textContent = "";
      lastFragment = response.fragment;
      ui.link.value = lastFragment ? shareUrl(lastFragment) : "";
      ui.copy.disabled = !lastFragment;
      // Too large for a link: say so where the link would be (the file export still works).
      ui.linkNote.textContent = response.fragment_error || "";
      ui.linkNote.hidden = !response.fragment_error;
      if (ui.announce.textContent !== view.announce) ui.announce.textContent = view.announce;
    }
    if (root.dataset.state !== "ready") {
      // For make bench's start-up breakdown: the first result computed by the live runtime.
      performance.mark("jss:first-result");
      setState(root, "ready", "");
    }
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

  async function openFragment(fragment) {
    const answer = await call(web, "open_fragment", fragment);
    // The link has done its job; a reload should show the saved state, not the old link.
    history.replaceState(null, "", location.pathname + location.search);
    if (!answer.ok) {
      notify(`This link could not be opened (${answer.error.path}: ${answer.error.message}). ` +
        "Your own saved history is unchanged.", "error");
      return;
    }
    const next = fromPair(answer);
    const open = () => replaceState(next, "Opened the scenario from the link.");
    if (hasSavedHistory() && await canonical(next) !== await canonical(state)) {
      ask("This link holds a different history from the one saved in this browser. Open the " +
        "link's history (yours can be brought back with Undo), or keep yours?", open);
      return;
    }
    open();
  }

  function hasSavedHistory() {
    try {
      return localStorage.getItem(STORAGE_KEY) !== null;
    } catch {
      return false;
    }
  }

  /** Both scenarios as the package writes them, so "$1,200" and "1200" compare equal. */
  async function canonical(pair) {
    return JSON.stringify(await Promise.all(["a", "b"].map(async (key) => {
      if (!pair[key]) return null;
      const answer = await call(web, "export_json", toForm(pair[key]));
      return answer.ok ? answer.text : JSON.stringify(pair[key]);
    })));
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

  async function exportScenario(key) {
    const answer = await call(web, "export_json", toForm(state[key]));
    if (!answer.ok) {
      // export_json checks one history and names its fields as scenario "a".
      showErrors(answer.errors.map((e) => ({ ...e, path: e.path.replace(/^a\b/, key) })));
      notify("Fix the marked fields before exporting.", "error");
      return;
    }
    downloadText(answer.text, key === "a" ? "jss-history.json" : "jss-history-b.json",
      "application/json");
  }

  function downloadText(text, name, type) {
    const blob = new Blob([text], { type });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  async function importFile() {
    const file = ui.importFile.files[0];
    if (!file) return;
    ui.importFile.value = "";
    // Refused before it is read: a history file is at most this many characters, so at most
    // this many bytes (UTF-8 needs at least one byte a character).
    if (file.size > limits.file_bytes) {
      notify(`Nothing was imported: ${file.name} is ${file.size.toLocaleString("en")} bytes; ` +
        `a history file is at most ${limits.file_bytes.toLocaleString("en")} bytes ` +
        `(${limits.contracts.toLocaleString("en")} contracts).`, "error");
      return;
    }
    const content = await file.text();
    const answer = await call(web, "import_json", content);
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

  const saved = loadSaved();
  state = saved || fromPair(data.example);
  if (saved) {
    ui.origin.textContent = "Showing the worked example until Python has started; your saved " +
      "history is in the form and is computed then.";
  }
  resetGaps();
  recovery();
  renderPresets();
  renderEditors();
  ui.form.hidden = false;
  ui.form.addEventListener("input", onInput);
  ui.form.addEventListener("change", onInput);
  ui.form.addEventListener("click", onAction);
  ui.form.addEventListener("submit", (event) => event.preventDefault());
  ui.toggleB.addEventListener("click", () => {
    state.b = state.b ? null : JSON.parse(JSON.stringify(state.a));
    gaps.b = state.b && gaps.a ? { ...gaps.a } : null;
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
  whenRuntime().then(async (api) => {
    web = api;
    for (const node of root.querySelectorAll("[data-needs-python]")) node.disabled = false;
    if (pendingFragment) {
      const fragment = pendingFragment;
      pendingFragment = null;
      await openFragment(fragment);
    }
    compute();
  });
}
