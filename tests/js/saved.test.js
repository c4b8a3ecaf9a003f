// node --test: the storage glue (docs/assets/calculator/saved.js) and the files job
// (files.js, transfer.js) with a stand-in for Python.

import assert from "node:assert/strict";
import { test } from "node:test";

import { exportName } from "../../docs/assets/calculator/files.js";
import { earlierText, UNDO_LABEL } from "../../docs/assets/calculator/saved.js";
import { emptyState } from "../../docs/assets/calculator/storage.js";
import { exportText, readImport } from "../../docs/assets/calculator/transfer.js";

test("an earlier history is named by its size, date and what replaced it", () => {
  const state = emptyState("2026-11-23");
  state.a.contracts.push({ id: "1", client: "A", kind: "fixed", start: "2026-01-01",
    end: "2026-02-01", earnings: "10", last_payment: "", public_rating: "5",
    private_rating: "unknown", client_excluded: false });
  const text = earlierText({ saved_at: "2026-11-23T10:20:30.000Z", label: "Clear all", state });
  assert.equal(text, "1 contract, as of 2026-11-23; replaced by Clear all on 2026-11-23 10:20 " +
    "UTC. ");
  state.b = state.a;
  assert.match(earlierText({ saved_at: "2026-11-23T10:20:30.000Z", label: "a link", state }),
    /1 contract and a scenario B/);
  assert.match(UNDO_LABEL, /^Undo/);
});

test("an export names B's errors as B's and its file as B's", async () => {
  const call = async () => ({ ok: false, errors: [{ path: "a.contracts[0].end",
    message: "a date" }] });
  assert.deepEqual(await exportText(call, {}, "b"),
    { errors: [{ path: "b.contracts[0].end", message: "a date" }] });
  const ok = async () => ({ ok: true, text: "{}" });
  assert.deepEqual(await exportText(ok, {}, "a"), { text: "{}" });
  assert.equal(exportName("a"), "jss-history.json");
  assert.equal(exportName("b"), "jss-history-b.json");
});

test("an import larger than any history file is refused before Python reads it", async () => {
  let called = false;
  const call = async () => {
    called = true;
    return { ok: true, a: {}, b: null };
  };
  const big = /** @type {File} */ (/** @type {unknown} */ ({ name: "big.json", size: 2_000_000,
    text: async () => "" }));
  const answer = await readImport(call, big, { file_bytes: 1_000_000, contracts: 5000 });
  assert.ok("message" in answer && /Nothing was imported: big\.json/.test(answer.message));
  assert.equal(called, false);
  const bad = async () => ({ ok: false, error: { path: "contracts[0].end", message: "a date" } });
  const small = /** @type {File} */ (/** @type {unknown} */ ({ name: "h.json", size: 10,
    text: async () => "{}" }));
  assert.deepEqual(await readImport(bad, small, { file_bytes: 1_000_000, contracts: 5000 }),
    { message: "Nothing was imported: contracts[0].end: a date" });
});
