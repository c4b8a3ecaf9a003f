// node --test: the timeline job (docs/assets/calculator/timeline.js).

import assert from "node:assert/strict";
import { test } from "node:test";

import { OPEN_CONTRACTS, openContracts } from "../../docs/assets/calculator/timeline.js";

test("the open-contracts choice is one the package reads, else its default", () => {
  assert.deepEqual(OPEN_CONTRACTS, ["keep-paying", "stop"]);
  assert.equal(openContracts("stop"), "stop");
  assert.equal(openContracts("keep-paying"), "keep-paying");
  assert.equal(openContracts("<img>"), "keep-paying");
  assert.equal(openContracts(""), "keep-paying");
});
