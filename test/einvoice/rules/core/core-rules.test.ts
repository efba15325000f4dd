import { describe, expect, it } from "vitest";
import { en16931CoreRules } from "../../../../src/einvoice/rules/en16931/core/index.js";
import { validateXml } from "../../../../src/einvoice/validate.js";
import { arithmeticCases } from "./arithmetic.cases.js";
import { contextCases } from "./contexts.cases.js";
import { cii, coreFindings, ubl } from "./core-documents.js";
import { vatBreakdownCases } from "./vat-breakdown.cases.js";

// Every case lists all the core findings it must raise; each expectation was checked against the official artefacts
// 1.3.16 (Saxon) when the case was written.
describe.each([
  ["sums and roundings", arithmeticCases],
  ["VAT breakdowns", vatBreakdownCases],
  ["contexts and counts", contextCases],
])("EN 16931 core rules: %s", (_, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    expect(coreFindings(c.xml)).toEqual(c.expected);
  });
});

describe("EN 16931 core rules: the catalogue", () => {
  it("holds the 102 rules of the artefacts, BR-51 once per syntax with its own severity", () => {
    const ids = new Set(en16931CoreRules.map((r) => r.id));
    expect(ids.size).toBe(102);
    expect(en16931CoreRules.filter((r) => r.id === "BR-51").map((r) => [r.syntaxes.join(), r.severity])).toEqual([
      ["CII", "fatal"],
      ["UBL", "warning"],
    ]);
  });

  it("gives every rule a French and an English message naming a business term", () => {
    for (const rule of en16931CoreRules) {
      expect(rule.message.fr, rule.id).toMatch(/\((BT|BG)-\d+[,)]/);
      expect(rule.message.en, rule.id).toMatch(/\((BT|BG)-\d+\)|BT-\d+/);
      expect(rule.terms.length, rule.id).toBeGreaterThan(0);
    }
  });

  it("raises nothing on the clean hand-made invoices, and reports where and why through validateXml", () => {
    expect(coreFindings(cii())).toEqual({});
    expect(coreFindings(ubl())).toEqual({});
    const report = validateXml(cii({ lines: ["60.00", "40.00"], totals: [["LineTotalAmount", "99.00"]] }), { sets: ["en16931"] });
    const finding = report.findings.find((f) => f.rule === "BR-CO-10");
    expect(finding?.path).toBe("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction[1]/ram:ApplicableHeaderTradeSettlement[1]/ram:SpecifiedTradeSettlementHeaderMonetarySummation[1]");
    expect(finding?.message).toContain("BT-106");
  });
});
