// node --test: link handling of the calculator page (the share string itself is the package's).

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  anonymise, clientLabel, hasClientNames, scenarioFragment, shareUrl,
} from "../../docs/assets/calculator/links.js";

test("the scenario part of a hash or a pasted link", () => {
  assert.equal(scenarioFragment("#a=1.abc"), "a=1.abc");
  assert.equal(scenarioFragment("#a=1.abc&b=1.def"), "a=1.abc&b=1.def");
  assert.equal(scenarioFragment("https://x.org/jss/calculator/#a=1.abc "), "a=1.abc");
  assert.equal(scenarioFragment("a=1.abc"), "a=1.abc");
  assert.equal(scenarioFragment("#how-to-use-it"), null);
  assert.equal(scenarioFragment("#b=1.abc"), null);
  assert.equal(scenarioFragment(""), null);
});

test("a share URL keeps the page and replaces the hash", () => {
  assert.equal(shareUrl("https://x.org/jss/calculator/?q=1#old", "a=1.abc"),
    "https://x.org/jss/calculator/?q=1#a=1.abc");
});

test("client labels run A to Z, then AA", () => {
  assert.deepEqual([0, 1, 25, 26, 27, 51, 52].map(clientLabel), ["Client A", "Client B",
    "Client Z", "Client AA", "Client AB", "Client AZ", "Client BA"]);
});

/** @param {string[]} a @param {string[] | null} b */
function state(a, b = null) {
  /** @param {string[]} names */
  const scenario = (names) => ({ as_of: "2026-11-23", rules: "", contracts: names.map(
    (client, i) => ({ id: String(i + 1), client, kind: "fixed", start: "", end: "",
      earnings: "1", last_payment: "", public_rating: "", private_rating: "unknown",
      client_excluded: false })) });
  return { a: scenario(a), b: b ? scenario(b) : null };
}

test("names are replaced in order of first appearance, the same name the same letter in A and B",
  () => {
    const before = state(["Acme", "Bolt <b>", "Acme "], ["Bolt <b>", "Zed"]);
    const after = anonymise(before);
    assert.deepEqual(after.a.contracts.map((c) => c.client), ["Client A", "Client B",
      "Client A"]);
    assert.deepEqual(after.b?.contracts.map((c) => c.client), ["Client B", "Client C"]);
    // A new value: the state it came from is unchanged.
    assert.equal(before.a.contracts[0].client, "Acme");
    assert.equal(after.a.contracts[0].earnings, "1");
    assert.ok(hasClientNames(before));
    assert.ok(!hasClientNames(after));
  });
