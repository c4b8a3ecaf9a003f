// @ts-check
// The history editor: one compact row per contract (client, amount, end, stars; the rest under
// "More"), the scenario's own fields, and errors next to the field they name. It draws what the
// state holds and reports edits; the controller owns the state.

/** @typedef {import("./storage.js").State} State */
/** @typedef {import("./storage.js").Scenario} Scenario */
/** @typedef {import("./storage.js").ContractForm} ContractForm */
/** @typedef {{from: number, to: number} | null} Gap */

// Contract rows rendered at first and per "Show more": 5,000 rows would freeze the page.
export const ROWS_AT_ONCE = 50;
export const ROWS_MORE = 100;

/**
 * A field as calculator.web.form_fields describes it (calculator/fields.py): the editor draws
 * every label, hint, placeholder and choice from it, and a contract's form values follow it.
 * @typedef {{name: string, label: string, kind: string, hint: string, placeholder: string,
 *   required?: boolean, default?: string | number | boolean | null,
 *   choices: [string, string][], items?: PackageField[]}} PackageField
 */

/** The contract fields on the row itself; the rest of the package's list opens under "More". */
export const ROW_FIELDS = ["client", "earnings", "end", "public_rating"];
/** Not drawn: the id is the row's position unless an imported file set one. */
const HIDDEN_FIELDS = new Set(["id"]);

/**
 * The contract fields in keyboard order: the row's first, then the rest in the package's order.
 * @param {PackageField[]} fields the package's history fields
 * @returns {{field: PackageField, main: boolean}[]}
 */
export function contractFields(fields) {
  const items = fields.find((f) => f.name === "contracts")?.items || [];
  const byName = new Map(items.map((f) => [f.name, f]));
  const row = ROW_FIELDS.flatMap((name) => {
    const f = byName.get(name);
    return f ? [{ field: f, main: true }] : [];
  });
  const rest = items.filter((f) => !ROW_FIELDS.includes(f.name) && !HIDDEN_FIELDS.has(f.name))
    .map((f) => ({ field: f, main: false }));
  return [...row, ...rest];
}

/**
 * A field's value as the form holds it (text, or true/false for a checkbox) from its JSON value
 * in a history document; `undefined` (the key is absent) stands for the field's default.
 * @param {PackageField} f @param {unknown} value @returns {string | boolean}
 */
export function formValue(f, value) {
  const v = value === undefined ? f.default : value;
  if (f.kind === "bool") return v === true;
  if (v === null || v === undefined) return f.kind === "private" ? "none" : "";
  const text = String(v);
  // A select cannot show a value it does not offer: its default, or its first choice.
  if (f.choices && f.choices.length && !f.choices.some(([choice]) => choice === text)) {
    return typeof f.default === "string" ? f.default : f.choices[0][0];
  }
  return text;
}

/**
 * A contract of a history document (calculator.to_dict, a preset, a link's preview) as the
 * form holds it: every field of the package's list, in its order.
 * @param {PackageField[]} fields the package's history fields
 * @param {Record<string, unknown>} doc
 * @returns {ContractForm}
 */
export function contractForm(fields, doc) {
  const items = fields.find((f) => f.name === "contracts")?.items || [];
  return /** @type {ContractForm} */ (Object.fromEntries(
    items.map((f) => [f.name, formValue(f, doc[f.name])])));
}

/** @param {PackageField[]} fields @param {string} name @returns {PackageField} */
function top(fields, name) {
  const f = fields.find((x) => x.name === name);
  if (!f) throw new Error(`calculator.fields has no ${name}`);
  return f;
}

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
 * The input a package field asks for: a select for choices, a checkbox for a yes/no, else text.
 * @param {PackageField} f @param {string | boolean} value
 * @returns {HTMLInputElement | HTMLSelectElement}
 */
function makeInput(f, value) {
  if (f.choices && f.choices.length) return select(f.choices, String(value));
  const input = document.createElement("input");
  if (f.kind === "bool") {
    input.type = "checkbox";
    input.checked = value === true;
    return input;
  }
  input.type = "text";
  input.value = String(value);
  input.autocomplete = "off";
  input.spellcheck = false;
  if (f.placeholder) input.placeholder = f.placeholder;
  if (["money", "stars", "score"].includes(f.kind)) input.inputMode = "decimal";
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
 * @param {{field: PackageField, main: boolean}[]} fields
 */
function contractRow(key, i, c, open, fields) {
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
  for (const { field: f, main } of fields) {
    const held = c[f.name];
    // A history saved before a field existed has no value for it: the field's default.
    const input = makeInput(f, held === undefined ? formValue(f, undefined) : held);
    const box = field(f.label, input, f.hint, fieldId(key, i, f.name),
      `${key}.contracts[${i}].${f.name}`, main);
    (main ? row : more).append(box);
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
 * @param {Gap} gap @param {PackageField[]} fields the package's history fields
 * @param {Set<string>} open
 */
export function renderEditor(host, key, scenario, gap, fields, open) {
  host.hidden = !scenario;
  if (!scenario) {
    host.replaceChildren();
    return;
  }
  const legend = document.createElement("legend");
  legend.textContent = key === "a" ? "Scenario A: your history" : "Scenario B: what if";
  const tops = document.createElement("div");
  tops.className = "jss-top-fields";
  const asOf = top(fields, "as_of");
  const rules = top(fields, "rules");
  tops.append(field(asOf.label, makeInput(asOf, scenario.as_of), asOf.hint, `jss-${key}-as_of`,
    `${key}.as_of`));
  tops.append(field(rules.label, makeInput(rules, scenario.rules), rules.hint,
    `jss-${key}-rules`, `${key}.rules`));
  // The day the stars-only review form began (issue 16): blank keeps the model's default.
  const formChange = fields.find((f) => f.name === "form_change");
  if (formChange) {
    tops.append(field(formChange.label, makeInput(formChange, scenario.form_change ?? ""),
      formChange.hint, `jss-${key}-form_change`, `${key}.form_change`));
  }
  // What Upwork showed: the score on the estimate's date, and optionally one seen earlier.
  const shownItems = top(fields, "shown").items || [];
  const score = shownItems.find((f) => f.name === "score");
  const date = shownItems.find((f) => f.name === "date");
  const shown = scenario.shown || [];
  if (score && date) {
    tops.append(
      field(`${score.label}, on that day`, makeInput(score, shown[0]?.score ?? ""), score.hint,
        `jss-${key}-shown-0-score`, `${key}.shown[0].score`),
      field(`${score.label}, earlier`, makeInput(score, shown[1]?.score ?? ""), "optional",
        `jss-${key}-shown-1-score`, `${key}.shown[1].score`),
      field(`${date.label} of the earlier score`, makeInput(date, shown[1]?.date ?? ""),
        date.hint, `jss-${key}-shown-1-date`, `${key}.shown[1].date`));
  }

  const region = document.createElement("div");
  region.className = "jss-contracts";
  region.setAttribute("role", "region");
  region.setAttribute("aria-label", `Contracts in scenario ${key.toUpperCase()}`);
  const list = document.createElement("ol");
  const rowFields = contractFields(fields);
  scenario.contracts.forEach((c, i) => {
    if (gap && i >= gap.from && i < gap.to) {
      if (i === gap.from) list.append(showMore(key, gap));
      return;
    }
    list.append(contractRow(key, i, c, open.has(`${key}-${i}`), rowFields));
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
  host.replaceChildren(legend, tops, scenarioError, region,
    button("Add a contract", "add", { key }));
}

/**
 * A new contract: the next free id, the next client letter, recent dates (a month ending on the
 * estimate's date), a small paid job with five stars; every other field at its default.
 * @param {Scenario} scenario @param {string} today
 * @param {PackageField[]} fields the package's history fields
 * @returns {ContractForm}
 */
export function newContract(scenario, today, fields) {
  const used = new Set(scenario.contracts.map((c) => c.id));
  let id = scenario.contracts.length + 1;
  while (used.has(String(id))) id += 1;
  const letter = String.fromCharCode(65 + (scenario.contracts.length % 26));
  const end = /^\d{4}-\d{2}-\d{2}$/.test(scenario.as_of) ? scenario.as_of : today;
  const start = new Date(`${end}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 30);
  const begin = Number.isNaN(start.getTime()) ? end : start.toISOString().slice(0, 10);
  return contractForm(fields, { id: String(id), client: `Client ${letter}`, kind: "fixed",
    start: begin, end, earnings: "100", last_payment: end, public_rating: "5" });
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
