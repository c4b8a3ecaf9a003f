// node --test: the Import panel's logic that needs no page (import.js); the reading itself is
// the package's, tested in tests/calculator/test_importing.py on CPython and in Pyodide.

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  MAX_FILE_BYTES, ROLES, importRequest, mappingsNeeded, tooLarge, toBase64,
} from "../../docs/assets/calculator/import.js";

test("bytes go to Python as base64, even past one chunk", () => {
  const bytes = new Uint8Array(0x8000 * 2 + 17).map((_, i) => (i * 7) % 256);
  assert.equal(toBase64(bytes), Buffer.from(bytes).toString("base64"));
  assert.equal(toBase64(new Uint8Array([0xff, 0xfe, 0x44, 0x00])), "//5EAA==");
  assert.equal(toBase64(new Uint8Array()), "");
});

test("the request carries only the columns the reader chose", () => {
  const files = [{ name: "2024.csv", base64: "QQ==" }];
  const current = { as_of: "2026-01-01", contracts: [] };
  assert.deepEqual(importRequest(files, { amount: "Sum", date: "" }, true, current, "2026-01-01"),
    { files, columns: { amount: "Sum" }, decimal_comma: true, current, as_of: "2026-01-01" });
});

test("an unknown header asks for each missing column once per file, with its headers", () => {
  const headers = ["Day", "Job", "Sum"];
  const errors = [
    { file: "a.csv", row: 1, column: "Amount", where: "", message: "", headers },
    { file: "a.csv", row: 1, column: "Contract", where: "", message: "", headers },
    { file: "a.csv", row: 1, column: "Amount", where: "", message: "", headers },
    { file: "b.csv", row: 7, column: "Amount", where: "", message: "not in USD" },
    { file: "p.json", row: 3, column: "totalCharges.currencyCode", where: "", message: "",
      headers: ["x"] },
  ];
  assert.deepEqual(mappingsNeeded(errors), [{ file: "a.csv", headers,
    roles: [{ role: "amount", label: "Amount" }, { role: "contract", label: "Contract" }] }]);
  assert.deepEqual(mappingsNeeded([]), []);
  assert.equal(ROLES["Payment type"], "type");
});

test("a file too large is refused before it is read", () => {
  assert.equal(tooLarge([{ name: "a.csv", size: 10 }]), null);
  const message = tooLarge([{ name: "huge.csv", size: MAX_FILE_BYTES + 1 }]);
  assert.match(String(message), /^Nothing was read: huge\.csv is larger than/);
});
