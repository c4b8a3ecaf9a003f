// @ts-check
// A calculator link read in the browser while Python starts, so the page can show the link's
// contracts at once instead of an empty form. A preview only: it checks the string's shape and
// nothing else. Python reads the same link again (calculator.parse.share) and decides what is
// opened, and how (its field errors, the question when a different history is saved). How the
// string is packed comes from the package at build time (calculator.share.share_layout), so the
// two readers cannot drift apart; tests/js/preview.test.js reads strings the package wrote.

/**
 * @typedef {{version: string, fields: string[], min_fields: number, defaults: unknown[],
 *   max_chars: number, max_bytes: number, alphabet: string}} ShareLayout
 * @typedef {Record<string, unknown> & {contracts: Record<string, unknown>[]}} HistoryDoc
 */

/** @param {unknown} x @returns {x is Record<string, unknown>} */
const isObject = (x) => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * "a=<share>[&b=<share>]" split into its scenarios, or null when it has another shape.
 * @param {string} fragment @returns {{a: string, b: string | null} | null}
 */
export function splitFragment(fragment) {
  /** @type {Record<string, string>} */
  const parts = {};
  for (const piece of fragment.replace(/^#/, "").split("&").filter(Boolean)) {
    const eq = piece.indexOf("=");
    const key = eq < 0 ? "" : piece.slice(0, eq);
    if ((key !== "a" && key !== "b") || key in parts) return null;
    parts[key] = piece.slice(eq + 1);
  }
  return "a" in parts ? { a: parts.a, b: "b" in parts ? parts.b : null } : null;
}

/** base64url without padding to bytes, or null. @param {string} text */
function fromBase64Url(text) {
  if (text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/") +
      "=".repeat((4 - (text.length % 4)) % 4));
    const bytes = new Uint8Array(new ArrayBuffer(binary.length));
    for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

/**
 * zlib-inflated bytes as UTF-8 text, or null when they do not inflate or grow past `limit`
 * (a small crafted link must not fill the memory).
 * @param {Uint8Array<ArrayBuffer>} bytes @param {number} limit
 * @returns {Promise<string | null>}
 */
async function inflate(bytes, limit) {
  if (typeof DecompressionStream !== "function") return null;
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    const reader = stream.getReader();
    /** @type {Uint8Array[]} */
    const chunks = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    const all = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return new TextDecoder("utf-8", { fatal: true }).decode(all);
  } catch {
    return null;
  }
}

/**
 * One share string as the history document the package's `to_dict` writes (contracts as
 * objects again), or null when it is not a share string of this layout's version.
 * @param {string} text @param {ShareLayout} layout @returns {Promise<HistoryDoc | null>}
 */
export async function readShare(text, layout) {
  if (text.length > layout.max_chars) return null;
  const dot = text.indexOf(".");
  if (dot < 0 || text.slice(0, dot) !== layout.version) return null;
  const body = text.slice(dot + 1);
  if (!new RegExp(`^(?:${layout.alphabet})$`).test(body)) return null;
  const bytes = fromBase64Url(body);
  const json = bytes && await inflate(bytes, layout.max_bytes);
  if (json === null) return null;
  /** @type {unknown} */
  let doc;
  try {
    doc = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObject(doc) || !Array.isArray(doc.contracts)) return null;
  /** @type {Record<string, unknown>[]} */
  const contracts = [];
  for (const row of doc.contracts) {
    if (!Array.isArray(row) || row.length < layout.min_fields ||
      row.length > layout.fields.length) return null;
    // A field added after the first version may be left off a row's end; like to_dict, the
    // document holds it only when it is not its default.
    contracts.push(Object.fromEntries(row.flatMap((value, i) =>
      i < layout.min_fields || value !== layout.defaults[i] ? [[layout.fields[i], value]] : [])));
  }
  return { ...doc, contracts };
}

/**
 * The histories in a link's fragment, or null when any part does not read.
 * @param {string} fragment @param {ShareLayout} layout
 * @returns {Promise<{a: HistoryDoc, b: HistoryDoc | null} | null>}
 */
export async function previewFragment(fragment, layout) {
  const parts = splitFragment(fragment);
  if (!parts) return null;
  const a = await readShare(parts.a, layout);
  if (!a) return null;
  if (parts.b === null) return { a, b: null };
  const b = await readShare(parts.b, layout);
  return b ? { a, b } : null;
}
