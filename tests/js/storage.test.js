// node --test: the calculator page's storage module against a Web Storage stand-in that keeps
// the interface's rules (string values, key order, a quota that throws like a full browser).

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  ASIDE_PREFIX, EARLIER_KEY, EARLIER_MAX, STORAGE_KEY, VIEW_MAX_CHARS, emptyState, isEmpty,
  listAside, loadSaved, pushEarlier, readEarlier, readSaved, removeEarlier, saveState, viewKey,
} from "../../docs/assets/calculator/storage.js";

/** The Web Storage interface over a Map, with a byte quota like a browser's. */
class MemoryStorage {
  /** @param {number} quota */
  constructor(quota = 5_000_000) {
    /** @type {Map<string, string>} */
    this.map = new Map();
    this.quota = quota;
  }

  get length() {
    return this.map.size;
  }

  /** @param {number} i */
  key(i) {
    return [...this.map.keys()][i] ?? null;
  }

  /** @param {string} k */
  getItem(k) {
    return this.map.has(k) ? /** @type {string} */ (this.map.get(k)) : null;
  }

  /** @param {string} k @param {string} v */
  setItem(k, v) {
    let used = 0;
    for (const [key, value] of this.map) if (key !== k) used += key.length + value.length;
    if (used + k.length + String(v).length > this.quota) {
      throw new Error("QuotaExceededError");
    }
    this.map.set(k, String(v));
  }

  /** @param {string} k */
  removeItem(k) {
    this.map.delete(k);
  }
}

/** @returns {import("../../docs/assets/calculator/storage.js").State} */
function sample(client = "Acme") {
  return {
    a: { as_of: "2026-11-23", rules: "", contracts: [{
      id: "1", client, kind: "fixed", start: "2026-10-01", end: "2026-11-01",
      earnings: "400", last_payment: "2026-11-01", public_rating: "5",
      private_rating: "unknown", client_excluded: false }] },
    b: null,
  };
}

const VIEW = { summary: [["p", {}, ["90%"]]], nodes: [], bar: { score: 90 }, announce: "90%" };

test("an empty history is dated the day given and counts as empty", () => {
  const state = emptyState("2026-11-23");
  assert.equal(state.a.as_of, "2026-11-23");
  assert.ok(isEmpty(state));
  assert.ok(!isEmpty(sample()));
});

test("the state and its last result round-trip, the result keyed to its exact history", () => {
  const store = new MemoryStorage();
  const state = sample();
  saveState(store, state, { of: viewKey(state, "keep-paying"), ...VIEW });
  const loaded = loadSaved(store);
  assert.deepEqual(loaded.state, state);
  assert.ok(loaded.view);
  assert.equal(loaded.view.of, viewKey(state, "keep-paying"));
  // Another history (or another timeline choice) does not match the saved result.
  assert.notEqual(loaded.view.of, viewKey(sample("Other"), "keep-paying"));
  assert.notEqual(loaded.view.of, viewKey(state, "stop"));
});

test("a result too large to keep is left out, the history still saved", () => {
  const store = new MemoryStorage();
  const state = sample();
  const big = { ...VIEW, nodes: ["x".repeat(VIEW_MAX_CHARS)] };
  saveState(store, state, { of: viewKey(state, ""), ...big });
  const loaded = loadSaved(store);
  assert.deepEqual(loaded.state, state);
  assert.equal(loaded.view, null);
});

test("a full store throws, so the page can say so", () => {
  const store = new MemoryStorage(50);
  assert.throws(() => saveState(store, sample(), null));
});

for (const [raw, why] of [
  ['{"a": {"as_of": "2025-01-01", "contr', "not valid JSON"],
  ['["a"]', "not a saved history"],
  ['{"version": 2, "a": {}}', "version 2"],
  ['{"a": {"as_of": 2025, "contracts": "none"}}', "shape"],
]) {
  test(`an unreadable save (${why}) is moved aside, byte for byte`, () => {
    assert.ok("problem" in readSaved(raw));
    const store = new MemoryStorage();
    store.setItem(STORAGE_KEY, raw);
    const loaded = loadSaved(store);
    assert.equal(loaded.state, null);
    assert.equal(store.getItem(STORAGE_KEY), null);
    const aside = listAside(store, false);
    assert.equal(aside.length, 1);
    assert.equal(aside[0].raw, raw);
    assert.ok(aside[0].key.startsWith(ASIDE_PREFIX));
    assert.match(String(aside[0].problem), new RegExp(why));
  });
}

test("another version's key is kept aside too, and a refused move blocks saving over it", () => {
  const store = new MemoryStorage();
  store.setItem("jss-calculator:v7", "{}");
  loadSaved(store);
  assert.equal(store.getItem("jss-calculator:v7"), null);
  assert.match(String(listAside(store, false)[0].problem), /version 7/);

  const full = new MemoryStorage(40);
  full.setItem(STORAGE_KEY, "not json at all");
  const loaded = loadSaved(full);
  assert.equal(loaded.blocked, true);
  assert.equal(full.getItem(STORAGE_KEY), "not json at all");
  assert.equal(listAside(full, true).at(-1)?.fixed, true);
});

test("replaced histories are listed newest first, without duplicates or empties, at most five",
  () => {
    const store = new MemoryStorage();
    assert.ok(pushEarlier(store, emptyState("2026-11-23"), "Clear all"));
    assert.deepEqual(readEarlier(store), []);
    for (let i = 0; i < EARLIER_MAX + 2; i += 1) {
      pushEarlier(store, sample(`Client ${i}`), "a link", new Date(Date.UTC(2026, 0, 1 + i)));
    }
    pushEarlier(store, sample("Client 6"), "an example");
    const list = readEarlier(store);
    assert.equal(list.length, EARLIER_MAX);
    assert.equal(list[0].state.a.contracts[0].client, "Client 6");
    assert.equal(list[0].label, "an example");
    assert.equal(list[1].state.a.contracts[0].client, "Client 5");
    removeEarlier(store, 0);
    assert.equal(readEarlier(store)[0].state.a.contracts[0].client, "Client 5");
  });

test("a damaged earlier list reads as empty, never as an error", () => {
  const store = new MemoryStorage();
  store.setItem(EARLIER_KEY, "{broken");
  assert.deepEqual(readEarlier(store), []);
  store.setItem(EARLIER_KEY, JSON.stringify([{ saved_at: 1 }, "x"]));
  assert.deepEqual(readEarlier(store), []);
});
