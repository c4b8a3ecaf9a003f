// node --test: the result's job (docs/assets/calculator/result.js): the request it sends and
// the phone bar's texts, a stale or blocked result included.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  barText, blockedText, changeText, evaluateRequest, rangeText,
} from "../../docs/assets/calculator/result.js";
import { emptyState } from "../../docs/assets/calculator/storage.js";

test("one request carries both scenarios and the timeline's choice", () => {
  const state = emptyState("2026-11-23");
  assert.deepEqual(evaluateRequest(state, "stop"), {
    a: { schema: 1, as_of: "2026-11-23", rules: "", contracts: [] }, b: null,
    timeline: { open_contracts: "stop" } });
  state.b = JSON.parse(JSON.stringify(state.a));
  assert.deepEqual(evaluateRequest(state, "stop").b, evaluateRequest(state, "stop").a);
});

test("the bar names A and B beside a scenario B, and a single value has no range", () => {
  const bar = { score: 87, text: "87%", range: "85\u201390%", b_text: null, delta: null };
  assert.equal(barText(bar), "87%");
  assert.equal(rangeText(bar), "range 85\u201390%");
  assert.equal(barText({ ...bar, b_text: "90%" }), "A 87% \u00b7 B 90%");
  assert.equal(rangeText({ ...bar, range: null }), "");
});

test("the change since the last edit, with a true minus sign", () => {
  assert.equal(changeText(undefined, 90), "");
  assert.equal(changeText(87, 87), "");
  assert.equal(changeText(87, 90), "+3 since your last edit");
  assert.equal(changeText(90, 87), "\u22123 since your last edit");
  assert.equal(changeText(90, null), "");
});

test("with no result yet, the result says how many fields need fixing", () => {
  assert.match(blockedText(1), /one field needs fixing/);
  assert.match(blockedText(3), /3 fields need fixing/);
});
