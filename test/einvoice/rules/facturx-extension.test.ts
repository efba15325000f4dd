import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXml } from "../../../src/einvoice/validate.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../../shared/corpus");
// A Factur-X EXTENDED invoice the official Schematron finds no error in (verdicts.tsv), changed one fact at a time.
const EXTENDED = fs.readFileSync(path.join(CORPUS, "akretion-facturx/tests/fixtures/xml/factur-x-extended.xml"), "utf8");
const EN16931 = fs.readFileSync(path.join(CORPUS, "en16931/cii/examples/CII_example1.xml"), "utf8");

/** The fatal Factur-X findings, as "id path". */
const fired = (xml: string) =>
  validateXml(xml, { sets: ["facturx"] })
    .findings.filter((f) => f.severity === "fatal")
    .map((f) => `${f.rule} ${f.path}`);
const LINE_1 = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction[1]/ram:IncludedSupplyChainTradeLineItem[1]";

describe("Factur-X rules that EN 16931 does not have (BR-FXEXT, BR-CO-27...)", () => {
  it("find nothing on the unchanged EXTENDED invoice", () => {
    expect(fired(EXTENDED)).toEqual([]);
  });

  it("BR-FXEXT-BR-22 / 23: a detail line needs its invoiced quantity, with its unit", () => {
    const noQuantity = EXTENDED.replace('<ram:BilledQuantity unitCode="C62">1.0000</ram:BilledQuantity>', "");
    expect(fired(noQuantity)).toContain(`text:_BR_FXEXT_BR_22__Each_invoice_line_item__INVOICE_LINE___BG_25__must_contain_the_quantity_of_goods_or_services_invoiced_in_the_relevant_line_item_as_a_line_item__Invoiced_quantity___BT_129__if_the__Subtype_of_invoice_line_item___BT_X_8__has_the_value__Normal_line_item__standard_case____DETAIL__or_is_not_specified_ ${LINE_1}/ram:AssociatedDocumentLineDocument[1]`);
    const noUnit = EXTENDED.replace('<ram:BilledQuantity unitCode="C62">1.0000</ram:BilledQuantity>', "<ram:BilledQuantity>1.0000</ram:BilledQuantity>");
    expect(fired(noUnit).some((f) => f.startsWith("text:_BR_FXEXT_BR_23_"))).toBe(true);
  });

  it("BR-FXEXT-11: a parent line identifier must name a line of the invoice", () => {
    const withParent = (id: string) => EXTENDED.replace("<ram:LineID>1</ram:LineID>", `<ram:LineID>1</ram:LineID><ram:ParentLineID>${id}</ram:ParentLineID>`);
    expect(fired(withParent("99")).filter((f) => f.startsWith("text:_BR_FXEXT_11_"))).toEqual([expect.stringContaining(` ${LINE_1}`)]);
    expect(fired(withParent(" 2 ")).filter((f) => f.startsWith("text:_BR_FXEXT_11_"))).toEqual([]);
  });

  it("BR-CO-27: a credit transfer names the IBAN or a proprietary account, not both, in EXTENDED and EN 16931", () => {
    const both = EXTENDED.replace("<ram:IBANID>FR20 1254", "<ram:ProprietaryID>X1</ram:ProprietaryID><ram:IBANID>FR20 1254");
    expect(fired(both).filter((f) => f.startsWith("text:_BR_CO_27_"))).toHaveLength(1);
    const none = EN16931.replace(/<ram:PayeePartyCreditorFinancialAccount>[\s\S]*?<\/ram:PayeePartyCreditorFinancialAccount>/, "");
    expect(none).not.toBe(EN16931);
    expect(fired(none).filter((f) => f.startsWith("FX-SCH-A-000132 "))).toHaveLength(1);
  });

  it("BR-FXEXT-CII-DT-097a: a date-time of format 205 is written YYYYMMDDHHMM", () => {
    const xml = EXTENDED.replace(/<udt:DateTimeString format="102">(\d{8})<\/udt:DateTimeString>/, '<udt:DateTimeString format="205">$1</udt:DateTimeString>');
    expect(fired(xml).filter((f) => f.startsWith("text:_BR_FXEXT_CII_DT_097a_"))).toHaveLength(1);
    const right = EXTENDED.replace(/<udt:DateTimeString format="102">(\d{8})<\/udt:DateTimeString>/, '<udt:DateTimeString format="205">$11230</udt:DateTimeString>');
    expect(fired(right).filter((f) => f.startsWith("text:_BR_FXEXT_CII_DT_097a_"))).toEqual([]);
  });

  it("BR-FXEXT-Z-01: a VAT category used on a line needs a VAT breakdown of that category", () => {
    const zeroRatedLine = EXTENDED.replace("<ram:CategoryCode>S</ram:CategoryCode>", "<ram:CategoryCode>Z</ram:CategoryCode>");
    expect(fired(zeroRatedLine)).toContain("BR-FXEXT-Z-01 /rsm:CrossIndustryInvoice");
    expect(fired(EXTENDED).filter((f) => f.includes("-01 "))).toEqual([]);
  });

  it("BR-FXEXT-CO-16: the amount due is the total with VAT less what was paid, plus rounding and adjustments", () => {
    expect(fired(EXTENDED.replace("<ram:DuePayableAmount>104.90</ram:DuePayableAmount>", "<ram:DuePayableAmount>1.00</ram:DuePayableAmount>"))).toEqual([
      expect.stringMatching(/^text:_BR_FXEXT_CO_16_.* \/rsm:CrossIndustryInvoice\/rsm:SupplyChainTradeTransaction\[1\]\/ram:ApplicableHeaderTradeSettlement\[1\]\/ram:SpecifiedTradeSettlementHeaderMonetarySummation\[1\]$/),
    ]);
  });

  it("BR-FXEXT-12: under a GROUP line with a net amount, every GROUP sub-line gives its net amount", () => {
    const grouped = EXTENDED.replace("<ram:LineID>1</ram:LineID>", "<ram:LineID>1</ram:LineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>").replace(
      "<ram:LineID>2</ram:LineID>",
      "<ram:LineID>2</ram:LineID><ram:ParentLineID>1</ram:ParentLineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>",
    );
    const rule12 = (xml: string) => fired(xml).filter((f) => f.startsWith("text:_BR_FXEXT_12_"));
    expect(rule12(grouped)).toEqual([]);
    let seen = 0;
    const childWithoutAmount = grouped.replace(/<ram:LineTotalAmount>[^<]*<\/ram:LineTotalAmount>/g, (m) => (++seen === 2 ? "" : m));
    expect(rule12(childWithoutAmount)).toEqual([expect.stringContaining(` ${LINE_1}`)]);
  });

  it("BR-FXEXT-CO-10 … 15: the EXTENDED totals, within a cent per item summed", () => {
    const totals = (xml: string) => fired(xml).map((f) => f.replace(/^text:_(BR_FXEXT_CO_\d+)_.*$/, "$1"));
    // Two cents off: within the tolerance of one cent per line (3 lines); four cents are not.
    expect(totals(EXTENDED.replace("<ram:LineTotalAmount>95.00</ram:LineTotalAmount>", "<ram:LineTotalAmount>95.02</ram:LineTotalAmount>"))).toEqual([]);
    expect(totals(EXTENDED.replace("<ram:LineTotalAmount>95.00</ram:LineTotalAmount>", "<ram:LineTotalAmount>95.04</ram:LineTotalAmount>"))).toEqual(["BR_FXEXT_CO_10"]);
    expect(totals(EXTENDED.replace("<ram:AllowanceTotalAmount>9.00</ram:AllowanceTotalAmount>", "<ram:AllowanceTotalAmount>19.00</ram:AllowanceTotalAmount>"))).toEqual(["BR_FXEXT_CO_11"]);
    expect(totals(EXTENDED.replace("<ram:ChargeTotalAmount>14.00</ram:ChargeTotalAmount>", "<ram:ChargeTotalAmount>4.00</ram:ChargeTotalAmount>"))).toEqual(["BR_FXEXT_CO_12"]);
    expect(totals(EXTENDED.replace("<ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount>", "<ram:TaxBasisTotalAmount>110.00</ram:TaxBasisTotalAmount>"))).toEqual([
      "BR_FXEXT_CO_13",
      "BR_FXEXT_CO_15",
    ]);
    expect(totals(EXTENDED.replace("<ram:GrandTotalAmount>104.90</ram:GrandTotalAmount>", "<ram:GrandTotalAmount>114.90</ram:GrandTotalAmount>"))).toEqual([
      "BR_FXEXT_CO_15",
      "BR_FXEXT_CO_16",
    ]);
  });
});
