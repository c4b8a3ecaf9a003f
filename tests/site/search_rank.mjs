// @ts-check
// Material's own search worker, run in Node on the built site's index: the code the browser runs,
// shim included, with no browser. Reads a JSON list of queries on stdin; prints, per query, the
// result groups in Material's order (one per page, best first), each a list of
// [location, score] in the group's order.
// Usage: node tests/site/search_rank.mjs SITE_DIR < queries.json
import { readFileSync, readdirSync } from "node:fs";
import vm from "node:vm";

const site = process.argv[2];
const queries = JSON.parse(readFileSync(0, "utf8"));
const dir = `${site}/assets/javascripts/workers`;
const file = readdirSync(dir).find((f) => /^search\..*\.min\.js$/.test(f));
if (!file) throw new Error(`no search worker in ${dir}`);

/** A MessageEvent stand-in: Node has none that a worker's listeners can stop. */
class Message {
  /** @param {string} type @param {{data: unknown}} init */
  constructor(type, init) {
    this.type = type;
    this.data = init.data;
    this.stopped = false;
  }
  stopImmediatePropagation() {
    this.stopped = true;
  }
}

/** @type {((ev: Message) => void)[]} */
const listeners = [];
/** @type {any[]} */
const replies = [];
/** @type {Record<string, unknown>} */
const scope = {
  console,
  setTimeout,
  MessageEvent: Message,
  /** @param {string} type @param {(ev: Message) => void} fn */
  addEventListener: (type, fn) => {
    if (type === "message") listeners.push(fn);
  },
  /** @param {Message} ev */
  dispatchEvent: (ev) => {
    for (const fn of listeners) {
      fn(ev);
      if (ev.stopped) break;
    }
  },
  /** @param {unknown} message */
  postMessage: (message) => replies.push(message),
  importScripts: () => {},
};
scope.self = scope;
vm.createContext(scope);
vm.runInContext(readFileSync(`${dir}/${file}`, "utf8"), scope);

/** @param {unknown} data */
async function send(data) {
  const before = replies.length;
  /** @type {(ev: Message) => void} */ (scope.dispatchEvent)(new Message("message", { data }));
  for (let i = 0; i < 1000 && replies.length === before; i++) {
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  if (replies.length === before) throw new Error("the search worker did not answer");
  return replies[replies.length - 1];
}

// Material's message types: 0 setup, 2 query (SearchMessageType).
const index = JSON.parse(readFileSync(`${site}/search/search_index.json`, "utf8"));
await send({ type: 0, data: { ...index, options: { suggest: false } } });
/** @type {Record<string, [string, number][][]>} */
const out = {};
for (const query of queries) {
  const reply = await send({ type: 2, data: query });
  out[query] = reply.data.items.map((/** @type {{location: string, score: number}}[] */ group) =>
    group.map((d) => [d.location, d.score]));
}
process.stdout.write(JSON.stringify(out));
