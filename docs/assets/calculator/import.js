// @ts-check
// The Import panel: files chosen, dropped or pasted go to calculator.web.import_files (the same
// reader as `python -m calculator import`), whose review is drawn here; nothing changes until the
// reader presses Replace or Add, and the page's notice then offers Undo. The files are read in
// this browser and sent nowhere. Only moving data happens here: the package reads, checks, merges
// and draws (view trees); this module builds DOM with createElement only.

/** The roles a table's columns play, by the label the package's messages use for them. */
export const ROLES = /** @type {const} */ ({
  Date: "date", Contract: "contract", Hours: "hours", Amount: "amount",
  "Payment type": "type",
});

/** A file larger than this is refused before it is read (four bytes a character at most). */
export const MAX_FILE_BYTES = 16_000_000;

/**
 * @typedef {{name: string, text: string} | {name: string, base64: string}} FileEntry
 * @typedef {{file: string, row: number | null, column: string | null, where: string,
 *   message: string, headers?: string[]}} Problem
 * @typedef {{file: string, headers: string[], roles: {role: string, label: string}[]}} Mapping
 */

/**
 * Bytes as base64, in chunks (a spread of a large array would overflow the call stack).
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function toBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * The request for calculator.web.import_files.
 * @param {FileEntry[]} files @param {Record<string, string>} columns
 * @param {boolean} decimalComma @param {object | null} current the form of the history now
 * @param {string | null} asOf
 */
export function importRequest(files, columns, decimalComma, current, asOf) {
  const chosen = Object.fromEntries(Object.entries(columns).filter(([, v]) => v));
  return { files, columns: chosen, decimal_comma: decimalComma, current, as_of: asOf };
}

/**
 * The columns the reader has to map: the package names row 1 and the missing column, with the
 * headers the table has. One entry per file.
 * @param {Problem[]} errors
 * @returns {Mapping[]}
 */
export function mappingsNeeded(errors) {
  /** @type {Map<string, Mapping>} */
  const byFile = new Map();
  for (const e of errors) {
    if (!e.headers || !e.column || !(e.column in ROLES)) continue;
    const entry = byFile.get(e.file) || { file: e.file, headers: e.headers, roles: [] };
    const role = ROLES[/** @type {keyof typeof ROLES} */ (e.column)];
    if (!entry.roles.some((r) => r.role === role)) entry.roles.push({ role, label: e.column });
    byFile.set(e.file, entry);
  }
  return [...byFile.values()];
}

/**
 * Files that are too large, as a message (null when all fit).
 * @param {{name: string, size: number}[]} files
 */
export function tooLarge(files) {
  const big = files.filter((f) => f.size > MAX_FILE_BYTES);
  if (!big.length) return null;
  return `Nothing was read: ${big.map((f) => f.name).join(", ")} ` +
    `${big.length === 1 ? "is" : "are"} larger than ${MAX_FILE_BYTES.toLocaleString("en")} bytes. ` +
    "Use one earnings report per year.";
}

/**
 * @typedef {object} ImportHooks
 * @property {(name: string, payload: object) => Promise<any>} call calculator.web by name
 * @property {(host: Element, nodes: any[]) => void} show draws view trees (runtime.js)
 * @property {() => object} current the form of the history in the editor now
 * @property {() => string | null} asOf the day the history is for
 * @property {(form: object, how: "replace" | "add", message: string) => void} apply
 */

/**
 * Wires the panel the page pre-renders (tools/calcpage): choose, drop or paste; review; confirm.
 * @param {HTMLElement} panel @param {ImportHooks} hooks
 */
export function mountImport(panel, hooks) {
  /** @param {string} role */
  const part = (role) => /** @type {HTMLElement} */ (panel.querySelector(`[data-import=${role}]`));
  const input = /** @type {HTMLInputElement} */ (part("files"));
  const drop = part("drop");
  const paste = /** @type {HTMLTextAreaElement} */ (part("text"));
  const comma = /** @type {HTMLInputElement} */ (part("comma"));
  const columnsHost = part("columns");
  const review = part("review");
  const confirm = part("confirm");
  const status = part("status");
  /** @type {FileEntry[]} */
  let files = [];
  /** @type {Record<string, string>} */
  let columns = {};
  /** @type {any} */
  let answer = null;

  /** @param {string} text */
  function say(text) {
    status.textContent = text;
  }

  function reset() {
    answer = null;
    confirm.hidden = true;
    columnsHost.hidden = true;
    columnsHost.replaceChildren();
  }

  async function read() {
    reset();
    panel.dataset.state = "reading";
    say(`Reading ${files.map((f) => f.name).join(", ")} in this browser…`);
    const request = importRequest(files, columns, comma.checked, hooks.current(), hooks.asOf());
    const got = await hooks.call("import_files", request);
    panel.dataset.state = got.ok ? "review" : "error";
    hooks.show(review, got.view || []);
    if (!got.ok) {
      say("Nothing was imported; your history is as it was.");
      drawMappings(mappingsNeeded(got.errors || []));
      return;
    }
    answer = got;
    confirm.hidden = false;
    say("Check the table, then replace your history with it or add it to your history. " +
      "Nothing has changed yet.");
  }

  /** @param {Mapping[]} mappings */
  function drawMappings(mappings) {
    if (!mappings.length) return;
    const nodes = [];
    const intro = document.createElement("p");
    intro.textContent = "Which column holds each of these?";
    nodes.push(intro);
    for (const m of mappings) {
      for (const { role, label } of m.roles) {
        const id = `jss-import-col-${role}`;
        const l = document.createElement("label");
        l.htmlFor = id;
        l.textContent = `${label} (${m.file})`;
        const select = document.createElement("select");
        select.id = id;
        select.dataset.role = role;
        for (const h of ["", ...m.headers]) {
          const option = document.createElement("option");
          option.value = h;
          option.textContent = h || "choose a column";
          option.selected = columns[role] === h;
          select.append(option);
        }
        select.addEventListener("change", () => {
          columns = { ...columns, [role]: select.value };
        });
        nodes.push(l, select);
      }
    }
    const again = document.createElement("button");
    again.type = "button";
    again.className = "md-button jss-small";
    again.textContent = "Read again with these columns";
    again.dataset.import = "again";
    again.addEventListener("click", () => read());
    nodes.push(again);
    columnsHost.replaceChildren(...nodes);
    columnsHost.hidden = false;
  }

  /** @param {FileList | File[]} list */
  async function take(list) {
    const chosen = [...list];
    if (!chosen.length) return;
    const big = tooLarge(chosen);
    if (big) {
      reset();
      review.replaceChildren();
      say(big);
      return;
    }
    files = await Promise.all(chosen.map(async (f) => (
      { name: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })));
    columns = {};
    await read();
  }

  input.addEventListener("change", () => {
    take(input.files || []).finally(() => { input.value = ""; });
  });
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.dataset.over = "true";
  });
  drop.addEventListener("dragleave", () => { delete drop.dataset.over; });
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    delete drop.dataset.over;
    take(event.dataTransfer ? event.dataTransfer.files : []);
  });
  part("paste").addEventListener("click", () => {
    if (!paste.value.trim()) {
      say("Paste a table (with its header row) or a JSON first.");
      return;
    }
    files = [{ name: "pasted text", text: paste.value }];
    columns = {};
    read();
  });
  comma.addEventListener("change", () => { if (files.length) read(); });
  /** @param {"replace" | "add"} how */
  function apply(how) {
    if (!answer) return;
    const n = answer.totals.contracts;
    const names = answer.files.map((/** @type {{name: string}} */ f) => f.name).join(", ");
    const form = how === "add" ? answer.added : answer.history;
    const message = how === "add"
      ? `Added ${n} imported contracts from ${names} to your history.`
      : `Replaced your history with ${n} contracts imported from ${names}.`;
    const missing = answer.missing.length;
    hooks.apply(form, how, missing
      ? `${message} ${missing} of them lack fields the files do not hold: fill them in.`
      : message);
    reset();
    review.replaceChildren();
    panel.dataset.state = "done";
    say(`${message} Undo is in the notice at the top of the calculator.`);
  }
  part("replace").addEventListener("click", () => apply("replace"));
  part("add").addEventListener("click", () => apply("add"));
  part("cancel").addEventListener("click", () => {
    reset();
    review.replaceChildren();
    panel.dataset.state = "";
    say("Nothing was imported.");
  });
}
