// @ts-check
// The history editor: one compact row per contract (client, amount, end, stars; the rest under
// "More"), the scenario's own fields, and errors next to the field they name. It draws what the
// state holds and reports edits; the controller owns the state.

/** @typedef {import("./storage.js").State} State */
/** @typedef {import("./storage.js").Scenario} Scenario */
/** @typedef {import("./storage.js").ContractForm} ContractForm */
/** @typedef {{from: number, to: number} | null} Gap */
/**
 * @typedef {{name: string, label: string, kind: string, hint: string, main: boolean}} Field
 */

// Contract rows rendered at first and per "Show more": 5,000 rows would freeze the page.
export const ROWS_AT_ONCE = 50;
export const ROWS_MORE = 100;

/**
 * The contract fields in row order: the first four stay on the row, the rest open under "More".
 * Labels and hints follow calculator/codec.py's form reading (what each field accepts).
 * @type {Field[]}
 */
export const FIELDS = [
  { name: "client", label: "Client", kind: "text", hint: "", main: true },
  { name: "earnings", label: "Earnings", kind: "money", hint: "in USD, after refunds",
    main: true },
  { name: "end", label: "End", kind: "date", hint: "blank while open", main: true },
  { name: "public_rating", label: "Stars", kind: "stars", hint: "1 to 5; blank = no feedback",
    main: true },
  { name: "private_rating", label: "Private rating", kind: "private", hint: "", main: false },
  { name: "kind", label: "Kind", kind: "kind", hint: "", main: false },
  { name: "start", label: "Start", kind: "date", hint: "", main: false },
  { name: "last_payment", label: "Last payment", kind: "date", hint: "blank if never paid",
    main: false },
  { name: "client_excluded", label: "Client excluded", kind: "check",
    hint: "suspended or flagged client", main: false },
];

/** @param {string} key @param {number | string} index @param {string} field */
export function fieldId(key, index, field) {
  return `jss-${key}-${index}-${field}`;
}

/** @param {[string, string][]} options @param {string} value */
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

/**
 * @param {string} kind @param {string | boolean} value
 * @returns {HTMLInputElement | HTMLSelectElement}
 */
function makeInput(kind, value) {
  if (kind === "kind") return select([["fixed", "Fixed price"], ["hourly", "Hourly"]], String(value));
  if (kind === "private") {
    /** @type {[string, string][]} */
    const options = [["unknown", "Unknown (you can't see it)"], ["none", "None left"]];
    for (let n = 10; n >= 0; n -= 1) options.push([String(n), `${n} of 10`]);
    return select(options, String(value));
  }
  const input = document.createElement("input");
  if (kind === "check") {
    input.type = "checkbox";
    input.checked = value === true;
    return input;
  }
  input.type = "text";
  input.value = String(value);
  input.autocomplete = "off";
  input.spellcheck = false;
  if (kind === "date") input.placeholder = "2026-03-05";
  if (kind === "money" || kind === "stars" || kind === "score") input.inputMode = "decimal";
  if (kind === "money") input.placeholder = "$1,200";
  if (kind === "stars") input.placeholder = "none";
  return input;
}

/**
 * A labelled field with its hint and error slot.
 * @param {string} label @param {HTMLInputElement | HTMLSelectElement} input @param {string} hint
 * @param {string} id @param {string} path @param {boolean} [quietHint] hint read out, not shown
 */
function field(label, input, hint, id, path, quietHint = false) {
  input.id = id;
  input.dataset.path = path;
  const wrap = document.createElement("div");
  wrap.className = "jss-field";
  const labelEl = document.createElement("label");
  labelEl.htmlFor = id;
  labelEl.textContent = label;
  if (input instanceof HTMLInputElement && input.type === "checkbox") {
    wrap.classList.add("jss-field--check");
    wrap.append(input, labelEl);
  } else {
    wrap.append(labelEl, input);
  }
  if (hint) {
    const small = document.createElement("small");
    small.id = `${id}-hint`;
    small.className = quietHint ? "jss-hint jss-visually-hidden" : "jss-hint";
    small.textContent = hint;
    wrap.append(small);
    input.dataset.hint = small.id;
    input.setAttribute("aria-describedby", small.id);
  }
  const error = document.createElement("p");
  error.id = `${id}-error`;
  error.className = "jss-error";
  error.hidden = true;
  wrap.append(error);
  return wrap;
}

/**
 * @param {string} label @param {string} action @param {Record<string, string>} [data]
 * @param {string} [aria] an accessible name when the visible label is short
 */
export function button(label, action, data = {}, aria = "") {
  const b = document.createElement("button");
  b.type = "button";
  b.className = "md-button jss-small";
  b.textContent = label;
  b.dataset.action = action;
  if (aria) b.setAttribute("aria-label", aria);
  for (const [k, v] of Object.entries(data)) b.dataset[k] = v;
  return b;
}

/**
 * One contract row: the main fields, More, Duplicate, Remove; the rest in a closed panel.
 * @param {string} key @param {number} i @param {ContractForm} c @param {boolean} open
 */
function contractRow(key, i, c, open) {
  const li = document.createElement("li");
  li.className = "jss-contract";
  li.id = `jss-${key}-${i}`;
  const heading = document.createElement("h3");
  heading.id = `jss-${key}-${i}-h`;
  heading.className = "jss-row-h";
  heading.textContent = `Contract ${i + 1}`;
  const row = document.createElement("div");
  row.className = "jss-row";
  const more = document.createElement("div");
  more.className = "jss-more";
  more.id = `jss-${key}-${i}-more`;
  more.hidden = !open;
  for (const f of FIELDS) {
    const value = /** @type {any} */ (c)[f.name];
    const input = makeInput(f.kind, value);
    const box = field(f.label, input, f.hint, fieldId(key, i, f.name),
      `${key}.contracts[${i}].${f.name}`, f.main);
    (f.main ? row : more).append(box);
  }
  const toggle = button("More", "toggle", { key, index: String(i) },
    `More fields of contract ${i + 1}`);
  toggle.setAttribute("aria-expanded", String(open));
  toggle.setAttribute("aria-controls", more.id);
  const actions = document.createElement("div");
  actions.className = "jss-row-actions";
  actions.append(toggle,
    button("Copy", "duplicate", { key, index: String(i) }, `Copy contract ${i + 1}`),
    button("Remove", "remove", { key, index: String(i) }, `Remove contract ${i + 1}`));
  row.append(actions);
  const error = document.createElement("p");
  error.className = "jss-error";
  error.id = `jss-${key}-${i}-error`;
  error.hidden = true;
  error.dataset.path = `${key}.contracts[${i}]`;
  li.append(heading, row, more, error);
  return li;
}

/** @param {string} key @param {{from: number, to: number}} gap */
function showMore(key, gap) {
  const li = document.createElement("li");
  li.className = "jss-show-more";
  const hidden = gap.to - gap.from;
  const p = document.createElement("p");
  p.textContent = `Contracts ${gap.from + 1} to ${gap.to} (${hidden.toLocaleString("en")}) ` +
    "are not shown, to keep the page responsive. They are all in the result.";
  li.append(p, button(`Show ${Math.min(ROWS_MORE, hidden)} more`, "more", { key }));
  return li;
}

/**
 * Draws one scenario's editor into `host` (hidden when the scenario is absent).
 * @param {HTMLFieldSetElement} host @param {string} key @param {Scenario | null} scenario
 * @param {Gap} gap @param {{id: string, label: string}[]} ruleSets @param {Set<string>} open
 */
export function renderEditor(host, key, scenario, gap, ruleSets, open) {
  host.hidden = !scenario;
  if (!scenario) {
    host.replaceChildren();
    return;
  }
  const legend = document.createElement("legend");
  legend.textContent = key === "a" ? "Scenario A: your history" : "Scenario B: what if";
  const top = document.createElement("div");
  top.className = "jss-top-fields";
  top.append(field("Date of the estimate", makeInput("date", scenario.as_of), "today unless " +
    "you change it", `jss-${key}-as_of`, `${key}.as_of`));
  /** @type {[string, string][]} */
  const ruleOptions = [["", "In force on that date"],
    ...ruleSets.map((r) => /** @type {[string, string]} */ ([r.id, r.label]))];
  top.append(field("Rule set", select(ruleOptions, scenario.rules), "", `jss-${key}-rules`,
    `${key}.rules`));
  const shown = scenario.shown || [];
  top.append(field("Score Upwork shows now", makeInput("score", shown[0]?.score ?? ""),
    "optional, 0 to 100", `jss-${key}-shown-0-score`, `${key}.shown[0].score`));
  top.append(
    field("An earlier score you saw", makeInput("score", shown[1]?.score ?? ""), "optional",
      `jss-${key}-shown-1-score`, `${key}.shown[1].score`),
    field("Its date", makeInput("date", shown[1]?.date ?? ""), "", `jss-${key}-shown-1-date`,
      `${key}.shown[1].date`));

  const region = document.createElement("div");
  region.className = "jss-contracts";
  region.setAttribute("role", "region");
  region.setAttribute("aria-label", `Contracts in scenario ${key.toUpperCase()}`);
  const list = document.createElement("ol");
  scenario.contracts.forEach((c, i) => {
    if (gap && i >= gap.from && i < gap.to) {
      if (i === gap.from) list.append(showMore(key, gap));
      return;
    }
    list.append(contractRow(key, i, c, open.has(`${key}-${i}`)));
  });
  if (scenario.contracts.length === 0) {
    const empty = document.createElement("li");
    empty.className = "jss-empty";
    empty.textContent = "No contracts yet. Add your first one, or start from an example.";
    list.append(empty);
  }
  region.append(list);
  const scenarioError = document.createElement("p");
  scenarioError.className = "jss-error";
  scenarioError.id = `jss-${key}-error`;
  scenarioError.dataset.path = key;
  scenarioError.hidden = true;
  host.replaceChildren(legend, top, scenarioError, region,
    button("Add a contract", "add", { key }));
}

/**
 * A new contract: the next free id, the next client letter, recent dates (a month ending on the
 * estimate's date), a small paid job with five stars.
 * @param {Scenario} scenario @param {string} today
 * @returns {ContractForm}
 */
export function newContract(scenario, today) {
  const used = new Set(scenario.contracts.map((c) => c.id));
  let id = scenario.contracts.length + 1;
  while (used.has(String(id))) id += 1;
  const letter = String.fromCharCode(65 + (scenario.contracts.length % 26));
  const end = /^\d{4}-\d{2}-\d{2}$/.test(scenario.as_of) ? scenario.as_of : today;
  const start = new Date(`${end}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 30);
  const begin = Number.isNaN(start.getTime()) ? end : start.toISOString().slice(0, 10);
  return {
    id: String(id), client: `Client ${letter}`, kind: "fixed", start: begin, end,
    earnings: "100", last_payment: end, public_rating: "5", private_rating: "unknown",
    client_excluded: false,
  };
}

// ------------------------------------------------------------------ errors next to fields

/** @param {HTMLElement} root */
export function clearErrors(root) {
  for (const node of root.querySelectorAll("[aria-invalid=true]")) {
    node.removeAttribute("aria-invalid");
    const hint = /** @type {HTMLElement} */ (node).dataset.hint;
    if (hint) node.setAttribute("aria-describedby", hint);
    else node.removeAttribute("aria-describedby");
  }
  for (const node of root.querySelectorAll(".jss-error")) {
    /** @type {HTMLElement} */ (node).hidden = true;
    node.textContent = "";
  }
}

/**
 * The input for an error's path (if any) and the slot for its message: the field's own, else the
 * contract's, else the scenario's.
 * @param {HTMLElement} root @param {string} path
 * @returns {[HTMLElement | null, HTMLElement]}
 */
function errorTarget(root, path) {
  const input = /** @type {HTMLElement | null} */ (
    root.querySelector(`[data-path="${CSS.escape(path)}"]:not(.jss-error)`));
  const own = input && document.getElementById(`${input.id}-error`);
  if (input && own) return [input, own];
  for (let p = path; /[.[]/.test(p); p = p.replace(/(\.[^.[]*|\[\d+\])$/, "")) {
    const slot = /** @type {HTMLElement | null} */ (
      root.querySelector(`.jss-error[data-path="${CSS.escape(p)}"]`));
    if (slot) return [null, slot];
  }
  const scenario = /** @type {HTMLElement | null} */ (
    root.querySelector(`.jss-error[data-path="${CSS.escape(path.split(".")[0])}"]`));
  return [null, scenario || /** @type {HTMLElement} */ (document.getElementById("jss-a-error"))];
}

/**
 * Marks every error; a field inside a closed "More" panel opens it.
 * @param {HTMLElement} root @param {{path: string, message: string}[]} errors
 */
export function showErrors(root, errors) {
  clearErrors(root);
  for (const error of errors) {
    const [input, target] = errorTarget(root, error.path);
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
      const panel = input.closest(".jss-more");
      if (panel instanceof HTMLElement && panel.hidden) {
        panel.hidden = false;
        document.querySelector(`[aria-controls="${panel.id}"]`)
          ?.setAttribute("aria-expanded", "true");
      }
    }
  }
}
