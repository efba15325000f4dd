import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXml } from "../../../src/einvoice/validate.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../../shared/corpus");
const read = (file: string) => fs.readFileSync(path.join(CORPUS, file), "utf8");
// Corpus invoices the official Schematron of their profile finds no error in (verdicts.tsv), changed one fact at a time.
const EXTENDED = read("akretion-facturx/tests/fixtures/xml/factur-x-extended.xml");
const MINIMUM = read("akretion-facturx/tests/fixtures/xml/factur-x-minimum.xml");
// CEN's zero-rated example, declared as a Factur-X EN 16931 invoice (its own guideline id is ZUGFeRD 1 "comfort").
const ZERO_RATED = read("en16931/cii/examples/CII_business_example_Z.xml").replace("urn:ferd:CrossIndustryDocument:invoice:1p0:comfort", "urn:cen.eu:en16931:2017");

/** The Factur-X findings of the rules whose id starts with `prefix`, as "severity path". */
const fired = (xml: string, prefix: string) =>
  validateXml(xml, { sets: ["facturx"] })
    .findings.filter((f) => f.rule.startsWith(prefix))
    .map((f) => `${f.severity} ${f.path}`);
const BREAKDOWN = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction[1]/ram:ApplicableHeaderTradeSettlement[1]/ram:ApplicableTradeTax";
const E_BASIS = "<ram:BasisAmount>60.00</ram:BasisAmount>";

describe("Factur-X VAT breakdown sums (BR-FXEXT-*-08b, -08ini, -08rev, S08b, S-09b)", () => {
  it("stay silent on the unchanged invoices", () => {
    for (const xml of [EXTENDED, MINIMUM, ZERO_RATED]) {
      const ids = validateXml(xml, { sets: ["facturx"] }).findings.map((f) => f.rule);
      expect(ids.filter((id) => /^text:_BR_FXEXT_(S|Z|E|AE|IC|G|O|AF|AG)_?0[89]|^FX-SCH-A-0003(8[89]|9\d)$/.test(id))).toEqual([]);
    }
  });

  it("an exempt breakdown whose taxable amount is off by more than a cent per item fails -08b (fatal), -08ini and -08rev (warnings)", () => {
    expect(EXTENDED).toContain(E_BASIS);
    const off = EXTENDED.replace(E_BASIS, "<ram:BasisAmount>61.00</ram:BasisAmount>");
    expect(fired(off, "text:_BR_FXEXT_E_08b_")).toEqual([`fatal ${BREAKDOWN}[2]`]);
    expect(fired(off, "text:_BR_FXEXT_E_08ini_")).toEqual([`warning ${BREAKDOWN}[2]`]);
    expect(fired(off, "text:_BR_FXEXT_E_08rev_")).toEqual([`warning ${BREAKDOWN}[2]`]);
    // One line of category E: a cent of difference is tolerated.
    expect(fired(EXTENDED.replace(E_BASIS, "<ram:BasisAmount>60.01</ram:BasisAmount>"), "text:_BR_FXEXT_E_08")).toEqual([]);
  });

  it("-08rev also matches the exemption reason: a line with another reason text fails it alone", () => {
    const reason = "<ram:ExemptionReason>DEBOURS</ram:ExemptionReason>";
    const other = EXTENDED.replace(reason, "<ram:ExemptionReason>DEBOURS REFACTURES</ram:ExemptionReason>");
    expect(other.indexOf("DEBOURS REFACTURES")).toBeLessThan(other.indexOf("ApplicableHeaderTradeSettlement>"));
    expect(fired(other, "text:_BR_FXEXT_E_08rev_")).toEqual([`warning ${BREAKDOWN}[2]`]);
    expect(fired(other, "text:_BR_FXEXT_E_08ini_")).toEqual([]);
    expect(fired(other, "text:_BR_FXEXT_E_08b_")).toEqual([]);
  });

  it("EXTENDED sums only DETAIL lines (or lines without subtype)", () => {
    const info = EXTENDED.replace("<ram:LineID>1</ram:LineID>", "<ram:LineID>1</ram:LineID><ram:LineStatusReasonCode>INFORMATION</ram:LineStatusReasonCode>");
    expect(fired(info, "text:_BR_FXEXT_E_08b_")).toEqual([`fatal ${BREAKDOWN}[2]`]);
    const detail = EXTENDED.replace("<ram:LineID>1</ram:LineID>", "<ram:LineID>1</ram:LineID><ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>");
    expect(fired(detail, "text:_BR_FXEXT_E_08b_")).toEqual([]);
  });

  it("a rule that fails on two breakdowns gives two findings", () => {
    const two = EXTENDED.replace(E_BASIS, "<ram:BasisAmount>61.00</ram:BasisAmount>").replace("<ram:BasisAmount>2.00</ram:BasisAmount>", "<ram:BasisAmount>3.00</ram:BasisAmount>");
    expect(fired(two, "text:_BR_FXEXT_E_08b_")).toHaveLength(1);
    expect(fired(two, "text:_BR_FXEXT_IC_08b_")).toEqual([`fatal ${BREAKDOWN}[4]`]);
    expect(fired(two, "text:_BR_FXEXT_")
      .filter((f) => f.startsWith("fatal"))
      .sort()).toEqual([`fatal ${BREAKDOWN}[2]`, `fatal ${BREAKDOWN}[4]`]);
  });

  it("a line amount of the category that is not a decimal fails its breakdowns (fail closed)", () => {
    const amount = "<ram:LineTotalAmount>60.00</ram:LineTotalAmount>";
    expect(EXTENDED).toContain(amount);
    const bad = EXTENDED.replace(amount, "<ram:LineTotalAmount>60,00</ram:LineTotalAmount>");
    expect(fired(bad, "text:_BR_FXEXT_E_08b_")).toEqual([`fatal ${BREAKDOWN}[2]`]);
    expect(fired(bad, "text:_BR_FXEXT_IC_08b_")).toEqual([]);
    // S-09b counts the lines of the rate but reads no line amount.
    const badS = EXTENDED.replace("<ram:LineTotalAmount>28.00</ram:LineTotalAmount>", "<ram:LineTotalAmount>28,00</ram:LineTotalAmount>");
    expect(badS).not.toBe(EXTENDED);
    expect(fired(badS, "text:_BR_FXEXT_S08b_")).toEqual([`fatal ${BREAKDOWN}[3]`]);
    expect(fired(badS, "text:_BR_FXEXT_S_09b_")).toEqual([]);
  });

  it("S08b is checked per rate, and a breakdown without rate fails", () => {
    const off = EXTENDED.replace("<ram:BasisAmount>27.00</ram:BasisAmount>", "<ram:BasisAmount>29.00</ram:BasisAmount>");
    expect(fired(off, "text:_BR_FXEXT_S08b_")).toEqual([`fatal ${BREAKDOWN}[3]`]);
    const noRate = EXTENDED.replace("<ram:RateApplicablePercent>10.00</ram:RateApplicablePercent>  <!-- BT-119", "<!-- BT-119");
    expect(noRate).not.toBe(EXTENDED);
    expect(fired(noRate, "text:_BR_FXEXT_S08b_")).toEqual([`fatal ${BREAKDOWN}[3]`]);
  });

  it("S-09b: the tax amount of a standard-rated breakdown is its base times its rate, within a cent per item", () => {
    const off = EXTENDED.replace("<ram:CalculatedAmount>2.20</ram:CalculatedAmount>", "<ram:CalculatedAmount>2.50</ram:CalculatedAmount>");
    expect(off).not.toBe(EXTENDED);
    expect(fired(off, "text:_BR_FXEXT_S_09b_")).toEqual([`fatal ${BREAKDOWN}[1]`]);
    expect(fired(EXTENDED.replace("<ram:CalculatedAmount>2.20</ram:CalculatedAmount>", "<ram:CalculatedAmount>2.21</ram:CalculatedAmount>"), "text:_BR_FXEXT_S_09b_")).toEqual([]);
  });

  it("MINIMUM carries the O, Z, G, IC sums under its own ids (FX-SCH-A-000394 for O-08b)", () => {
    const tax = (basis: string) =>
      `<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:ApplicableTradeTax><ram:CalculatedAmount>0.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>${basis}</ram:BasisAmount><ram:CategoryCode>O</ram:CategoryCode><ram:RateApplicablePercent>0</ram:RateApplicablePercent></ram:ApplicableTradeTax>`;
    const withTax = (basis: string) => MINIMUM.replace("<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>", tax(basis));
    expect(fired(withTax("10.00"), "FX-SCH-A-000394")).toEqual([`fatal ${BREAKDOWN}[1]`]);
    expect(fired(withTax("10.00"), "FX-SCH-A-000395")).toEqual([`warning ${BREAKDOWN}[1]`]);
    expect(fired(withTax("0.00"), "FX-SCH-A-00039")).toEqual([]);
  });

  it("EN 16931 (and BASIC, BASIC WL) carry Z-08rev as a warning (FX-SCH-A-000399), over every line", () => {
    const withReason = ZERO_RATED.replace(
      "<ram:BasisAmount>11693.87</ram:BasisAmount>",
      "<ram:ExemptionReason>Taux zéro</ram:ExemptionReason><ram:BasisAmount>11693.87</ram:BasisAmount>",
    );
    expect(fired(withReason, "FX-SCH-A-000399")).toHaveLength(1);
    expect(fired(withReason, "FX-SCH-A-000399")[0]).toMatch(/^warning \/rsm:CrossIndustryInvoice/);
    expect(fired(ZERO_RATED, "FX-SCH-A-000399")).toEqual([]);
  });
});
