import { describe, expect, it } from "vitest";
import { cii, firedIn, ubl } from "./vat-documents.js";

describe("BR-S-08 (taxable amount per rate)", () => {
  it("CII: sums each rate's lines, charges and allowances rounded to the cent, and compares exactly", () => {
    const doc = (basis20: string, basis10: string) =>
      cii({
        lines: [
          { cat: "S", rate: "20", amount: "100.004" },
          { cat: "S", rate: "20", amount: "100.004" },
          { cat: "S", rate: "10", amount: "50" },
        ],
        allowanceCharges: [
          { charge: true, amount: "10", cat: "S", rate: "20" },
          { charge: false, amount: "5.5", cat: "S", rate: "10" },
        ],
        breakdowns: [
          { cat: "S", rate: "20", basis: basis20, tax: "42.00" },
          { cat: "S", rate: "10", basis: basis10, tax: "4.45" },
        ],
      });
    // 200.008 → 200.01, + 10 = 210.01; 50 − 5.5 = 44.5
    expect(firedIn(doc("210.01", "44.50"), "BR-S")).toEqual({});
    expect(firedIn(doc("210.02", "44.50"), "BR-S")).toEqual({ "BR-S-08": 1 });
    // once per offending breakdown
    expect(firedIn(doc("210.00", "44.49"), "BR-S")).toEqual({ "BR-S-08": 2 });
  });

  it("UBL: no rounding but a tolerance strictly under one unit", () => {
    const doc = (basis: string) => ubl({ lines: [{ cat: "S", rate: "20", amount: "100" }], breakdowns: [{ cat: "S", rate: "20", basis, tax: String(Number(basis) * 0.2) }] });
    expect(firedIn(doc("100.99"), "BR-S")).toEqual({});
    expect(firedIn(doc("99.01"), "BR-S")).toEqual({});
    expect(firedIn(doc("101"), "BR-S")).toEqual({ "BR-S-08": 1 });
  });

  it("UBL: the bounds are computed in doubles as the artefact does (TaxableAmount − 1 lands just under the sum)", () => {
    // 184.23 − 1 as a double is 183.229999…, below 183.23: the artefact lets a taxable amount one unit too high pass.
    const doc = (basis: string) => ubl({ lines: [{ cat: "S", rate: "6", amount: "183.23" }], breakdowns: [{ cat: "S", rate: "6", basis, tax: "10.99" }] });
    expect(firedIn(doc("184.23"), "BR-S")).toEqual({});
    expect(firedIn(doc("184.24"), "BR-S")).toEqual({ "BR-S-08": 1 });
  });

  it("UBL: a breakdown rate without any line, allowance or charge at that rate fires", () => {
    const xml = ubl({
      lines: [{ cat: "S", rate: "20", amount: "100" }],
      breakdowns: [
        { cat: "S", rate: "20", basis: "100", tax: "20" },
        { cat: "S", rate: "5.5", basis: "0", tax: "0" },
      ],
    });
    expect(firedIn(xml, "BR-S")).toEqual({ "BR-S-08": 1 });
  });
});

describe("BR-S-08 rounding of negative sums", () => {
  it("CII rounds half a cent towards positive infinity, as XPath round() does", () => {
    const doc = (basis: string) => cii({ lines: [{ cat: "S", rate: "20", amount: "-100.125" }], breakdowns: [{ cat: "S", rate: "20", basis, tax: "-20.02" }] });
    expect(firedIn(doc("-100.12"), "BR-S")).toEqual({});
    expect(firedIn(doc("-100.13"), "BR-S")).toEqual({ "BR-S-08": 1 });
  });
});

describe("BR-S-09 (tax amount = base × rate)", () => {
  it("CII and UBL: |tax| within one unit of round(|base| × rate) to the cent, negative bases included", () => {
    for (const build of [cii, ubl]) {
      const doc = (tax: string) =>
        build({ lines: [{ cat: "S", rate: "20", amount: "-100.125" }], breakdowns: [{ cat: "S", rate: "20", basis: "-100.125", tax }] });
      // 100.125 × 20 % = 20.025 → 20.03
      const s09 = (tax: string) => firedIn(doc(tax), "BR-S")["BR-S-09"] ?? 0;
      expect(s09("-20.03")).toBe(0);
      expect(s09("21.02")).toBe(0);
      expect(s09("21.03")).toBe(1);
      expect(s09("19.03")).toBe(1);
    }
  });
});

describe("BR-E-08 (exempt taxable amount)", () => {
  const doc = (build: typeof cii, basis: string) =>
    build({
      lines: [
        { cat: "E", rate: "0", amount: "80.005" },
        { cat: "S", rate: "20", amount: "20" },
      ],
      breakdowns: [
        { cat: "E", rate: "0", basis, tax: "0", reason: "Exonération" },
        { cat: "S", rate: "20", basis: "20", tax: "4" },
      ],
    });

  it("CII: rounded sums with a tolerance under one unit", () => {
    expect(firedIn(doc(cii, "80.01"), "BR-E")).toEqual({});
    expect(firedIn(doc(cii, "80.99"), "BR-E")).toEqual({});
    expect(firedIn(doc(cii, "81.01"), "BR-E")).toEqual({ "BR-E-08": 1 });
  });

  it("UBL: exact equality, no rounding", () => {
    expect(firedIn(doc(ubl, "80.005"), "BR-E")).toEqual({});
    expect(firedIn(doc(ubl, "80.01"), "BR-E")).toEqual({ "BR-E-08": 1 });
  });
});

describe("BR-AF-08/09 (IGIC per rate)", () => {
  it("CII: checks the breakdown's own base and tax, as the standard states (the 1.3.16 CII artefact never fires)", () => {
    const doc = (basis: string, tax: string) =>
      cii({ lines: [{ cat: "L", rate: "7", amount: "100" }], breakdowns: [{ cat: "L", rate: "7", basis, tax }] });
    expect(firedIn(doc("100", "7"), "BR-AF")).toEqual({});
    expect(firedIn(doc("101", "7.07"), "BR-AF")).toEqual({ "BR-AF-08": 1 });
    expect(firedIn(doc("100", "8.5"), "BR-AF")).toEqual({ "BR-AF-09": 1 });
  });

  it("accepts a zero IGIC rate on a line (0 or greater)", () => {
    for (const build of [cii, ubl]) {
      expect(firedIn(build({ lines: [{ cat: "L", rate: "0", amount: "10" }], breakdowns: [{ cat: "L", rate: "0", basis: "10", tax: "0" }] }), "BR-AF")).toEqual({});
      expect(firedIn(build({ lines: [{ cat: "L", rate: "-1", amount: "10" }], breakdowns: [{ cat: "L", rate: "0", basis: "10", tax: "0" }] }), "BR-AF")).toMatchObject({ "BR-AF-05": 1 });
    }
  });
});
