// node --test: the page holds a contract's fields as the package declares them
// (calculator.fields, served by calculator.web.form_fields; fixtures/shares.json carries them):
// a history document becomes form values field by field, a new contract has every field, and
// a history saved before a field existed still opens, the field at its default.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { contractForm, contractFields, formValue, newContract } from
  "../../docs/assets/calculator/editor.js";
import { readSaved } from "../../docs/assets/calculator/storage.js";

const { fields, cases } = JSON.parse(
  readFileSync(new URL("./fixtures/shares.json", import.meta.url), "utf8"));
const items = fields.find((/** @type {any} */ f) => f.name === "contracts").items;
const names = items.map((/** @type {any} */ f) => f.name);
const byName = Object.fromEntries(items.map((/** @type {any} */ f) => [f.name, f]));

test("every contract of every link becomes form values for exactly the package's fields", () => {
  for (const c of cases.filter((/** @type {any} */ x) => x.expected)) {
    for (const doc of [c.expected.a, c.expected.b].filter(Boolean)) {
      for (const contract of doc.contracts) {
        const form = contractForm(fields, contract);
        assert.deepEqual(Object.keys(form), names);
        for (const [name, value] of Object.entries(form)) {
          assert.ok(typeof value === (name === "client_excluded" ? "boolean" : "string"), name);
        }
      }
    }
  }
});

test("JSON values to form values: absent is the default, null is blank or 'none'", () => {
  const form = contractForm(fields, { id: "3", client: "Acme", kind: "hourly",
    start: "2025-01-01", end: null, earnings: 1200.5, last_payment: null, public_rating: null,
    private_rating: null, client_excluded: true, dispute: "won" });
  assert.deepEqual(form, { id: "3", client: "Acme", kind: "hourly", start: "2025-01-01",
    end: "", earnings: "1200.5", last_payment: "", public_rating: "", private_rating: "none",
    client_excluded: true, review_form: "", refunded_usd: "0", dispute: "won" });
  assert.equal(formValue(byName.private_rating, undefined), "unknown");
  assert.equal(formValue(byName.review_form, "stars"), "stars");
  assert.equal(formValue(byName.kind, ""), "fixed");
});

test("a new contract has every field, the later ones at their default", () => {
  const c = newContract({ as_of: "2026-11-23", rules: "", contracts: [] }, "2026-11-23", fields);
  assert.deepEqual(Object.keys(c), names);
  assert.equal(c.private_rating, "unknown");
  assert.equal(c.dispute, "none");
  assert.equal(c.earnings, "100");
});

test("every field is drawn: the row's four first, the rest under More, the id hidden", () => {
  const drawn = contractFields(fields).map((x) => x.field.name);
  assert.deepEqual([...drawn].sort(), names.filter((/** @type {string} */ n) => n !== "id")
    .sort());
});

test("a history saved before the later fields existed still opens", () => {
  const old = { version: 1, a: { as_of: "2026-11-23", rules: "", contracts: [{
    id: "1", client: "Acme", kind: "fixed", start: "2026-10-01", end: "2026-11-01",
    earnings: "400", last_payment: "2026-11-01", public_rating: "5",
    private_rating: "unknown", client_excluded: false }] }, b: null };
  const read = readSaved(JSON.stringify(old));
  assert.ok("state" in read);
  const bad = structuredClone(old);
  /** @type {any} */ (bad.a.contracts[0]).refunded_usd = 12;
  assert.ok("problem" in readSaved(JSON.stringify(bad)));
});
