// node --test: the compare job (docs/assets/calculator/compare.js): scenario B starts as an
// exact, separate copy of A, the score the reader saw included.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { copyOfA, toggleB } from "../../docs/assets/calculator/compare.js";
import { newContract } from "../../docs/assets/calculator/editor.js";
import { evaluateRequest } from "../../docs/assets/calculator/result.js";
import { emptyState } from "../../docs/assets/calculator/storage.js";

/** The package's history fields, as the page's data block carries them. */
const { fields } = JSON.parse(
  readFileSync(new URL("./fixtures/shares.json", import.meta.url), "utf8"));

function history() {
  const state = emptyState("2026-11-23");
  state.a.contracts.push(newContract(state.a, "2026-11-23", fields));
  state.a.shown = [{ date: "", score: "87" }, { date: "2026-05-01", score: "91" }];
  state.a.rules = "2024";
  return state;
}

test("an added B is A: every input, the shown scores included", () => {
  const state = toggleB(history());
  assert.ok(state.b);
  assert.deepEqual(state.b, state.a);
  // What Python is asked for B is what it is asked for A, so an untouched B gives A's numbers.
  const request = evaluateRequest(state, "keep-paying");
  assert.deepEqual(request.b, request.a);
});

test("B is a copy: editing it leaves A alone", () => {
  const a = history().a;
  const b = copyOfA(a);
  b.contracts[0].client = "Changed";
  (b.shown ?? [])[0].score = "50";
  assert.equal(a.contracts[0].client, "Client A");
  assert.equal((a.shown ?? [])[0].score, "87");
});

test("toggling again removes B and keeps A", () => {
  const state = toggleB(toggleB(history()));
  assert.equal(state.b, null);
  assert.equal(state.a.contracts.length, 1);
});
