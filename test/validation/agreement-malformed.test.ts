import { describe, expect, it } from "vitest";
import { compareVerdicts, isMalformed } from "./agreement.js";
import { loadVerdicts, type VerdictRow } from "./official-verdicts.js";

// How the agreement harness treats the rows the official tool could not parse.
describe("agreement on malformed rows", () => {
  const rows = loadVerdicts();
  const malformed = rows.filter(isMalformed);
  const families = new Set(["BR"]);

  it("agrees when we refuse, as unreadable XML, what the official tool found not well-formed", async () => {
    expect(malformed.length).toBeGreaterThan(0);
    const { checked, disagreements } = await compareVerdicts(families, malformed);
    expect(checked).toBe(malformed.length);
    expect(disagreements).toEqual([]);
  });

  it("disagrees when we accept a row the official tool found not well-formed", async () => {
    const wellFormed = rows.find((r) => r.file === "en16931/cii/examples/CII_example1.xml") as VerdictRow;
    const pretend: VerdictRow = { ...wellFormed, syntax: "MALFORMED", note: "not well-formed: test" };
    const { disagreements } = await compareVerdicts(families, [pretend]);
    expect(disagreements.map((d) => d.what)).toEqual(["accepted, but the official tool found it not well-formed (not well-formed: test)"]);
  });

  it("disagrees when a well-formed row cannot be read", async () => {
    const bad: VerdictRow = { ...malformed[0]!, syntax: "CII", note: "" };
    const { disagreements } = await compareVerdicts(families, [bad]);
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.what).toMatch(/^threw EInvoiceError/);
  });
});
