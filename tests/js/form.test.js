// node --test: the form's job (docs/assets/calculator/form.js): what an edit does to the state,
// the row buttons, the request, and a new row's dates following what the reader enters.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { newContract } from "../../docs/assets/calculator/editor.js";
import {
  DEBOUNCE_MS, DEFAULT_DAYS, LONG_DEBOUNCE_MS, delayFor, followEnd, fromForm, fromPair, gapsFor,
  rowAction, setValue, shiftDay, toForm,
} from "../../docs/assets/calculator/form.js";
import { emptyState } from "../../docs/assets/calculator/storage.js";

/** The package's history fields, as the page's data block carries them. */
const { fields } = JSON.parse(
  readFileSync(new URL("./fixtures/shares.json", import.meta.url), "utf8"));

/** @returns {import("../../docs/assets/calculator/storage.js").State} */
function withRow() {
  const state = emptyState("2026-11-23");
  state.a.contracts.push(newContract(state.a, "2026-11-23", fields));
  return state;
}

test("a new row ends on the estimate's date and starts DEFAULT_DAYS before", () => {
  const c = withRow().a.contracts[0];
  assert.equal(c.end, "2026-11-23");
  assert.equal(c.start, shiftDay("2026-11-23", -DEFAULT_DAYS));
  assert.equal(c.last_payment, "2026-11-23");
});

test("setting only an earlier end moves the start and the payment with it", () => {
  const state = withRow();
  const moved = setValue(state, "a.contracts[0].end", "2025-03-15");
  const c = state.a.contracts[0];
  assert.deepEqual(moved, ["a.contracts[0].start", "a.contracts[0].last_payment"]);
  assert.equal(c.end, "2025-03-15");
  assert.equal(c.start, "2025-02-13");
  assert.equal(c.last_payment, "2025-03-15");
  assert.ok(c.start <= c.end);
});

test("typing the end character by character settles on the final date", () => {
  const state = withRow();
  for (const partial of ["2", "20", "2025-0", "2025-03-1", "2025-03-15"]) {
    setValue(state, "a.contracts[0].end", partial);
  }
  const c = state.a.contracts[0];
  // While the end was not a date, nothing moved; once it was, the start followed.
  assert.equal(c.start, "2025-02-13");
});

test("a start the reader typed stays theirs when the end changes", () => {
  const state = withRow();
  setValue(state, "a.contracts[0].start", "2024-01-01");
  setValue(state, "a.contracts[0].last_payment", "2024-06-01");
  assert.deepEqual(setValue(state, "a.contracts[0].end", "2025-03-15"), []);
  assert.equal(state.a.contracts[0].start, "2024-01-01");
  assert.equal(state.a.contracts[0].last_payment, "2024-06-01");
});

test("a blank start follows the end; a blank end moves nothing", () => {
  const c = withRow().a.contracts[0];
  c.start = "";
  const before = c.end;
  c.end = "2025-05-10";
  assert.deepEqual(followEnd(c, before), ["start", "last_payment"]);
  assert.equal(c.start, "2025-04-10");
  const d = withRow().a.contracts[0];
  d.end = "";
  assert.deepEqual(followEnd(d, "2026-11-23"), []);
});

test("setValue writes scenario fields, contract fields and the shown scores", () => {
  const state = withRow();
  state.b = JSON.parse(JSON.stringify(state.a));
  assert.deepEqual(setValue(state, "b.as_of", "2026-12-01"), []);
  assert.equal(state.b?.as_of, "2026-12-01");
  assert.equal(state.a.as_of, "2026-11-23");
  setValue(state, "a.contracts[0].client_excluded", true);
  assert.equal(state.a.contracts[0].client_excluded, true);
  setValue(state, "a.shown[1].score", "87");
  assert.deepEqual(state.a.shown, [{ date: "", score: "" }, { date: "", score: "87" }]);
  assert.equal(setValue(state, "nonsense", "1"), null);
  assert.equal(setValue(state, "a.contracts[9].end", "2025-01-01"), null);
});

test("the request sends the shown score dated on the estimate's day, blanks left out", () => {
  const state = withRow();
  state.a.shown = [{ date: "", score: "91" }, { date: "2026-05-01", score: " " }];
  const form = toForm(state.a);
  assert.deepEqual(form.shown, [{ date: "2026-11-23", score: "91" }]);
  assert.equal(toForm(emptyState("2026-11-23").a).shown, undefined);
});

test("a history from the package reads back as the form's text values", () => {
  const s = fromForm({ as_of: "2026-01-01", rules: null, contracts: [{ id: 1, client: "X",
    start: "2025-01-01", end: null, earnings: 12.5, private_rating: null }],
  shown: [{ date: "2026-01-01", score: 90 }] }, fields);
  assert.equal(s.rules, "");
  assert.equal(s.contracts[0].id, "1");
  assert.equal(s.contracts[0].end, "");
  assert.equal(s.contracts[0].earnings, "12.5");
  assert.equal(s.contracts[0].private_rating, "none");
  assert.equal(s.contracts[0].client_excluded, false);
  assert.deepEqual(s.shown, [{ date: "2026-01-01", score: "90" }]);
  assert.equal(fromPair({ a: { contracts: [] }, b: null }, fields).b, null);
});

test("row buttons: add, copy and remove keep ids unique and the hidden rows in place", () => {
  const state = emptyState("2026-11-23");
  for (let i = 0; i < 60; i += 1) rowAction(state, gapsFor(state), "add", "a", 0, "2026-11-23", fields);
  const gaps = gapsFor(state);
  assert.deepEqual(gaps.a, { from: 50, to: 60 });
  assert.equal(rowAction(state, gaps, "duplicate", "a", 3, "2026-11-23", fields), 4);
  assert.equal(new Set(state.a.contracts.map((c) => c.id)).size, 61);
  assert.deepEqual(gaps.a, { from: 51, to: 61 });
  assert.equal(rowAction(state, gaps, "remove", "a", 0, "2026-11-23", fields), 0);
  assert.deepEqual(gaps.a, { from: 50, to: 60 });
  assert.equal(rowAction(state, gaps, "more", "a", 0, "2026-11-23", fields), 50);
  assert.equal(gaps.a, null);
  assert.equal(rowAction(state, gaps, "more", "a", 0, "2026-11-23", fields), null);
  assert.equal(rowAction(state, gaps, "add", "b", 0, "2026-11-23", fields), null);
});

test("a long history waits for a pause in typing, a short one does not", () => {
  assert.equal(delayFor(10), 0);
  assert.equal(delayFor(300), DEBOUNCE_MS);
  assert.equal(delayFor(5000), LONG_DEBOUNCE_MS);
});
