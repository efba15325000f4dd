import { describe, expect, it } from "vitest";
import { parseXml } from "../../xml/parse-xml.js";
import { splitPaymentOutsideItaly, splitPaymentWithStandardRate } from "./facturx-split-payment.js";
import { compileFailing, documentOf } from "./fx-xpath-select.js";
import { parseXPath } from "./fx-xpath-parse.js";

const NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"';

/** The official assertions, run by the XPath subset (what the rules ran before). */
const OFFICIAL = {
  "BR-B-01": "(not(//ram:CountryID != 'IT') and //ram:CategoryCode = 'B') or (not(//ram:CategoryCode = 'B'))",
  "BR-B-02": "(//ram:CategoryCode = 'B' and (not(//ram:CategoryCode = 'S'))) or (not(//ram:CategoryCode = 'B'))",
};
const OURS = { "BR-B-01": splitPaymentOutsideItaly, "BR-B-02": splitPaymentWithStandardRate };

const CODES = ["B", "S", "Z", " B", "b", "IT", ""];
const COUNTRIES = ["IT", "FR", "DE", " IT", ""];

/** Deterministic invoices mixing category codes (in taxes, nested or not) and country codes. */
function invoices(count: number): string[] {
  let seed = 7;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return Math.floor((seed / 2 ** 32) * n);
  };
  const many = (n: number, make: () => string) => Array.from({ length: random(n) }, make).join("");
  return Array.from({ length: count }, () => {
    const taxes = many(4, () => `<ram:ApplicableTradeTax><ram:CategoryCode>${CODES[random(CODES.length)]}</ram:CategoryCode></ram:ApplicableTradeTax>`);
    const countries = many(3, () => `<ram:PostalTradeAddress><ram:CountryID>${COUNTRIES[random(COUNTRIES.length)]}</ram:CountryID></ram:PostalTradeAddress>`);
    return `<rsm:CrossIndustryInvoice ${NS}><rsm:SupplyChainTradeTransaction>${countries}${taxes}</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
  });
}

describe("the split payment rules (BR-B-01, BR-B-02) read without XPath", () => {
  it("fail on the same invoices as the official assertions", () => {
    const documents = invoices(400);
    for (const id of ["BR-B-01", "BR-B-02"] as const) {
      const official = compileFailing(parseXPath("/rsm:CrossIndustryInvoice"), parseXPath(OFFICIAL[id]));
      let failures = 0;
      for (const xml of documents) {
        const root = parseXml(xml).root;
        const expected = official(documentOf(root)) ?? [];
        expect(OURS[id](root)).toEqual(expected);
        failures += expected.length;
      }
      // The generated invoices exercise both outcomes.
      expect(failures).toBeGreaterThan(10);
      expect(failures).toBeLessThan(documents.length - 20);
    }
  });

  it("find nothing outside a CII invoice", () => {
    const root = parseXml(`<Invoice ${NS}><ram:CategoryCode>B</ram:CategoryCode><ram:CategoryCode>S</ram:CategoryCode></Invoice>`).root;
    expect(splitPaymentWithStandardRate(root)).toEqual([]);
  });
});
