// @ts-check
// Links and names: the scenario part of a URL, the link to share, and client names replaced
// before sharing. Decoding a share string is the package's job (calculator.web.open_fragment).

/** @typedef {import("./storage.js").State} State */

/**
 * The scenario fragment of a location hash or a pasted link ("a=...[&b=...]"), or null.
 * @param {string} text
 */
export function scenarioFragment(text) {
  const hash = text.includes("#") ? text.slice(text.indexOf("#") + 1) : text;
  const fragment = hash.trim();
  return /(^|&)a=/.test(fragment) ? fragment : null;
}

/** The page's URL with `fragment` as its hash. @param {string} href @param {string} fragment */
export function shareUrl(href, fragment) {
  const url = new URL(href);
  url.hash = fragment;
  return url.href;
}

/** "Client A" ... "Client Z", "Client AA", ... for n = 0, 1, ... @param {number} n */
export function clientLabel(n) {
  let letters = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26)) {
    letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  }
  return `Client ${letters}`;
}

/**
 * A copy of the state with each distinct client name replaced by "Client A", "Client B", ...
 * in order of first appearance, the same name getting the same letter in A and B (so the two
 * scenarios still match contract by contract).
 * @param {State} state
 * @returns {State}
 */
export function anonymise(state) {
  /** @type {Map<string, string>} */
  const names = new Map();
  const rename = (/** @type {string} */ name) => {
    const key = name.trim();
    if (!names.has(key)) names.set(key, clientLabel(names.size));
    return /** @type {string} */ (names.get(key));
  };
  /** @param {import("./storage.js").Scenario} s */
  const scenario = (s) => ({ ...s, contracts: s.contracts.map((c) => ({ ...c,
    client: rename(c.client) })) });
  const a = scenario(state.a);
  return { a, b: state.b ? scenario(state.b) : null };
}

/** True when some client name is not already of the "Client X" form. @param {State} state */
export function hasClientNames(state) {
  const all = [...state.a.contracts, ...(state.b ? state.b.contracts : [])];
  return all.some((c) => c.client.trim() !== "" && !/^Client [A-Z]+$/.test(c.client.trim()));
}
