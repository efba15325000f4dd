import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TERMS, termOf } from "./terms.js";

const MODEL_SOURCES = ["invoice.ts", "parties.ts", "lines.ts", "value.ts"].map((f) => fs.readFileSync(path.join(import.meta.dirname, f), "utf8")).join("\n");

describe("EN 16931 term index", () => {
  it("lists BT-1 … BT-165 (BT-4 was withdrawn) and BG-1 … BG-32 once each", () => {
    const ids = TERMS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (let n = 1; n <= 165; n++) if (n !== 4) expect(ids).toContain(`BT-${n}`);
    for (let n = 1; n <= 32; n++) expect(ids).toContain(`BG-${n}`);
    expect(termOf("BT-27")).toEqual({ id: "BT-27", cardinality: "1..1", name: "Seller name", parent: "BG-4" });
  });

  it("gives every term and group of the index a field documented with its id in the model", () => {
    const undocumented = TERMS.filter((t) => !new RegExp(`${t.id}(?![0-9])`).test(MODEL_SOURCES)).map((t) => t.id);
    expect(undocumented).toEqual([]);
  });

  it("names every parent group in the index", () => {
    const groups = new Set(["BG-0", ...TERMS.filter((t) => t.id.startsWith("BG-")).map((t) => t.id)]);
    expect(TERMS.filter((t) => !groups.has(t.parent))).toEqual([]);
  });
});
