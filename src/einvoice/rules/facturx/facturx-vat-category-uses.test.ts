import { describe, expect, it } from "vitest";
import { parseXml } from "../../xml/parse-xml.js";
import { FX_VAT_CATEGORIES } from "./facturx-vat-categories.js";
import { categoryWithoutBreakdown } from "./facturx-vat-category-uses.js";
import { compileFailing, documentOf } from "./fx-xpath-select.js";
import { parseXPath } from "./fx-xpath-parse.js";

const NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"';

/** The official assertion of a category rule, run by the XPath subset (what the rules ran before). */
function officialFailing(code: string) {
  const detail =
    "//ram:SpecifiedLineTradeSettlement[not(ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode) or ram:AssociatedDocumentLineDocument/ram:LineStatusReasonCode = 'DETAIL']";
  const header = `count(//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax[ram:CategoryCode='${code}'])`;
  const lines = `${detail}/ram:ApplicableTradeTax[ram:CategoryCode='${code}']`;
  const charges = `//ram:CategoryTradeTax[ram:CategoryCode='${code}']`;
  const test = `(${header} = 0 and count(${lines}) = 0 and count(${charges}) = 0) or (${header} >= 1 and (exists(${lines}) or exists(${charges})))`;
  const failing = compileFailing(parseXPath("/rsm:CrossIndustryInvoice"), parseXPath(test));
  return (xml: string) => {
    const root = parseXml(xml).root;
    return { root, failing: failing(documentOf(root)) ?? [] };
  };
}

const VALUES = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M", " S", "B", ""];
const STATUSES = ["", "<ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>", "<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>"];

/** A small deterministic generator of invoices mixing header breakdowns, line taxes (with or without status) and charges. */
function invoices(count: number): string[] {
  let seed = 42;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return Math.floor((seed / 2 ** 32) * n);
  };
  const tax = (wrapper: string) => `<${wrapper}>${Array.from({ length: random(3) }, () => `<ram:CategoryCode>${VALUES[random(VALUES.length)]}</ram:CategoryCode>`).join("")}</${wrapper}>`;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const lines = Array.from({ length: random(4) }, () => {
      const status = Array.from({ length: random(3) }, () => STATUSES[random(STATUSES.length)]).join("");
      const document = random(2) ? `<ram:AssociatedDocumentLineDocument>${status}</ram:AssociatedDocumentLineDocument>` : "";
      return `<ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement>${document}${tax("ram:ApplicableTradeTax")}</ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`;
    }).join("");
    const headers = Array.from({ length: random(3) }, () => tax("ram:ApplicableTradeTax")).join("");
    const charges = Array.from({ length: random(3) }, () => `<ram:SpecifiedTradeAllowanceCharge>${tax("ram:CategoryTradeTax")}</ram:SpecifiedTradeAllowanceCharge>`).join("");
    out.push(`<rsm:CrossIndustryInvoice ${NS}><rsm:SupplyChainTradeTransaction>${lines}<ram:ApplicableHeaderTradeSettlement>${headers}${charges}</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`);
  }
  return out;
}

describe("the EXTENDED VAT category rules read once per document", () => {
  it("fail on the same invoices as the official assertion, category by category", () => {
    const documents = invoices(300);
    let failures = 0;
    for (const [, code] of FX_VAT_CATEGORIES) {
      const official = officialFailing(code);
      const ours = categoryWithoutBreakdown(code);
      for (const xml of documents) {
        const { root, failing } = official(xml);
        expect(ours(root)).toEqual(failing);
        failures += failing.length;
      }
    }
    // The generated invoices exercise both outcomes.
    expect(failures).toBeGreaterThan(100);
    expect(failures).toBeLessThan(documents.length * FX_VAT_CATEGORIES.length - 100);
  });

  it("find nothing outside a CII invoice", () => {
    const root = parseXml(`<Invoice><ram:ApplicableTradeTax ${NS}><ram:CategoryCode>S</ram:CategoryCode></ram:ApplicableTradeTax></Invoice>`).root;
    expect(categoryWithoutBreakdown("S")(root)).toEqual([]);
  });
});
