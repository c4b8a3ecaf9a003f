// node --test: the share job (docs/assets/calculator/share.js): the link of an answer, and two
// histories compared as the package writes them.

import assert from "node:assert/strict";
import { test } from "node:test";

import { linkState, sameHistory } from "../../docs/assets/calculator/share.js";
import { emptyState } from "../../docs/assets/calculator/storage.js";

const HREF = "https://example.org/calculator/?x=1#old";

test("an answer's fragment becomes the page's link; an error or no answer gives none", () => {
  assert.deepEqual(linkState({ fragment: "a=abc", fragment_error: null }, HREF),
    { value: "https://example.org/calculator/?x=1#a=abc", note: "" });
  assert.deepEqual(linkState({ fragment: null, fragment_error: "too large" }, HREF),
    { value: "", note: "too large" });
  assert.deepEqual(linkState(null, HREF), { value: "", note: "" });
});

test("histories that the package writes the same are the same", async () => {
  /** A stand-in for calculator.web.export_json: amounts written as numbers. */
  const call = async (/** @type {string} */ name, /** @type {any} */ form) => {
    assert.equal(name, "export_json");
    return { ok: true, text: JSON.stringify(form.contracts.map(
      (/** @type {any} */ c) => Number(String(c.earnings).replace(/[$,]/g, "")))) };
  };
  const page = /** @type {any} */ ({ call });
  const x = emptyState("2026-11-23");
  x.a.contracts.push({ id: "1", client: "A", kind: "fixed", start: "2026-01-01",
    end: "2026-02-01", earnings: "$1,200", last_payment: "", public_rating: "5",
    private_rating: "unknown", client_excluded: false });
  const y = JSON.parse(JSON.stringify(x));
  y.a.contracts[0].earnings = "1200";
  assert.ok(await sameHistory(page, x, y));
  y.a.contracts[0].earnings = "1201";
  assert.ok(!(await sameHistory(page, x, y)));
});
