// @ts-check
// The one door to Python: every page module calls calculator.web through here. Today it wraps
// window.jssWeb, which main.py publishes on the "jss:ready" event; a worker-based runtime can
// replace this file keeping the two exports (ready, call) and their Promise contracts.

/** @returns {any} */
function published() {
  return /** @type {any} */ (window).jssWeb;
}

/** Resolves once Python is up and calculator.web can be called. */
export function ready() {
  if (published()) return Promise.resolve();
  return new Promise((resolve) => {
    window.addEventListener("jss:ready", () => resolve(undefined), { once: true });
  });
}

/** True once Python is up (no waiting). */
export function isReady() {
  return Boolean(published());
}

/**
 * Calls calculator.web.<name> with a JSON string and returns the parsed JSON answer.
 * @param {string} name
 * @param {object | string} payload
 * @returns {Promise<any>}
 */
export async function call(name, payload) {
  await ready();
  const arg = typeof payload === "string" ? payload : JSON.stringify(payload);
  return JSON.parse(published()[name](arg));
}
