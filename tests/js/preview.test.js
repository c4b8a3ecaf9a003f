// node --test: the page's link preview reads the strings the package writes exactly as Python
// does (tests/js/fixtures/shares.json, made by tools/share_fixtures.py and checked by
// tests/tools/test_share_fixtures.py), and refuses what Python refuses.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { previewFragment, splitFragment } from "../../docs/assets/calculator/preview.js";

const { layout, cases } = JSON.parse(
  readFileSync(new URL("./fixtures/shares.json", import.meta.url), "utf8"));

for (const c of cases) {
  test(`a link: ${c.name}`, async () => {
    assert.deepEqual(await previewFragment(c.fragment, layout), c.expected);
  });
}

test("the fragment's shape", () => {
  assert.deepEqual(splitFragment("a=1.x&b=1.y"), { a: "1.x", b: "1.y" });
  assert.deepEqual(splitFragment("#a=1.x"), { a: "1.x", b: null });
  assert.equal(splitFragment("a=1.x&c=1.y"), null);
  assert.equal(splitFragment("a"), null);
  assert.equal(splitFragment(""), null);
});

test("a string longer than the package allows is not read at all", async () => {
  const good = cases[0].fragment.slice(2);
  const long = good + "A".repeat(layout.max_chars);
  assert.equal(await previewFragment(`a=${long}`, layout), null);
});
