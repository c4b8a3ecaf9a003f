// @ts-check
// Files in and out: export a scenario as the package writes it, import a history file.
// `call` is python.js's (calculator.web.<name>), passed in so node --test can stand in for it.

/** @typedef {(name: string, payload: string | object) => Promise<any>} Call */

/** @param {string} text @param {string} name @param {string} type */
export function downloadText(text, name, type) {
  const blob = new Blob([text], { type });
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * The file text of one scenario, or the package's errors (named as scenario `key`).
 * @param {Call} call @param {object} form @param {string} key
 * @returns {Promise<{text: string} | {errors: {path: string, message: string}[]}>}
 */
export async function exportText(call, form, key) {
  const answer = await call("export_json", form);
  if (answer.ok) return { text: answer.text };
  // export_json checks one history and names its fields as scenario "a".
  return { errors: answer.errors.map((/** @type {{path: string, message: string}} */ e) => (
    { ...e, path: e.path.replace(/^a\b/, key) })) };
}

/**
 * Reads an import: refused before reading when larger than any history file can be.
 * @param {Call} call @param {File} file @param {{file_bytes: number, contracts: number}} limits
 * @returns {Promise<{pair: any} | {message: string}>}
 */
export async function readImport(call, file, limits) {
  if (file.size > limits.file_bytes) {
    return { message: `Nothing was imported: ${file.name} is ` +
      `${file.size.toLocaleString("en")} bytes; a history file is at most ` +
      `${limits.file_bytes.toLocaleString("en")} bytes (${limits.contracts.toLocaleString("en")} ` +
      "contracts)." };
  }
  const answer = await call("import_json", await file.text());
  if (!answer.ok) {
    return { message: `Nothing was imported: ${answer.error.path}: ${answer.error.message}` };
  }
  return { pair: answer };
}
