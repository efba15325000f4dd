import { describe, expect, it } from "vitest";
import { parseXml } from "../../xml/parse-xml.js";
import { compileString, compileTest } from "./fx-xpath.js";
import { compileFailing, compileNodes, documentOf, selectNodes, test } from "./fx-xpath-select.js";
import { parseXPath } from "./fx-xpath-parse.js";

const xml = `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:SupplyChainTradeTransaction>
  <ram:ApplicableHeaderTradeSettlement>
    <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
    <ram:ApplicableTradeTax><ram:TypeCode>vat</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode></ram:ApplicableTradeTax>
    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>E</ram:CategoryCode><ram:ExemptionReason>  Exonéré   art. 261 </ram:ExemptionReason></ram:ApplicableTradeTax>
    <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
      <ram:TaxTotalAmount currencyID="EUR">20.00</ram:TaxTotalAmount>
      <ram:TaxTotalAmount currencyID="USD">21.00</ram:TaxTotalAmount>
    </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;

const root = parseXml(xml).root;
const doc = documentOf(root);
const settlement = selectNodes("//ram:ApplicableHeaderTradeSettlement", doc)[0];
if (!settlement) throw new Error("fixture");
const summation = selectNodes("//ram:SpecifiedTradeSettlementHeaderMonetarySummation", doc)[0];
if (!summation) throw new Error("fixture");

const holds = (text: string, context = settlement) => compileTest(parseXPath(text))(context, doc);
const text = (expr: string, context = settlement) => compileString(parseXPath(expr))(context, doc);

describe("the Factur-X XPath subset, compiled", () => {
  it("counts children, with and without predicates, and compares the count", () => {
    expect(holds("count(ram:ApplicableTradeTax)=2")).toBe(true);
    expect(holds("count(ram:ApplicableTradeTax)<=1")).toBe(false);
    expect(holds("count(ram:ApplicableTradeTax[ram:CategoryCode='E'])=1")).toBe(true);
    expect(holds("count(ram:TaxTotalAmount[@currencyID=../../ram:InvoiceCurrencyCode])<=1", summation)).toBe(true);
    expect(holds("count(ram:TaxTotalAmount[@currencyID!=../../ram:InvoiceCurrencyCode])=1", summation)).toBe(true);
  });

  it("reads attributes, parents, ancestors and absolute paths", () => {
    expect(holds("@currencyID", summation)).toBe(false);
    expect(text("ram:TaxTotalAmount/@currencyID", summation)).toBe("EUR");
    expect(text("@currencyID", summation)).toBe("");
    expect(holds("ancestor::rsm:SupplyChainTradeTransaction", summation)).toBe(true);
    expect(holds("ancestor::ram:SellerTradeParty", summation)).toBe(false);
    expect(text("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode", summation)).toBe("EUR");
  });

  it("gives the string functions and general comparisons their XPath meaning", () => {
    expect(holds("ram:ApplicableTradeTax[upper-case(ram:TypeCode) = 'VAT']/ram:CategoryCode = 'S'")).toBe(true);
    expect(holds("ram:ApplicableTradeTax[ram:TypeCode = 'VAT']/ram:CategoryCode = 'S'")).toBe(false);
    expect(text("normalize-space(ram:ApplicableTradeTax/ram:ExemptionReason)")).toBe("Exonéré art. 261");
    expect(holds("ram:ApplicableTradeTax/ram:CategoryCode != 'S'")).toBe(true);
    expect(holds("not(exists(ram:Missing)) and exists(ram:InvoiceCurrencyCode) or false()")).toBe(true);
    expect(holds("ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount > 20.5")).toBe(true);
  });

  it("selects descendants in document order, from the document index or by walking", () => {
    const codes = compileNodes(parseXPath("//ram:ApplicableTradeTax/ram:CategoryCode"))(doc, doc).map((e) => e.text);
    expect(codes).toEqual(["S", "E"]);
    expect(compileNodes(parseXPath("rsm:SupplyChainTradeTransaction//ram:CategoryCode"))(root, doc).map((e) => e.text)).toEqual(["S", "E"]);
    expect(test("count(//ram:TaxTotalAmount) = 2", root, doc)).toBe(true);
  });

  it("reads count(path) against 0 and 1 as whether the path selects anything", () => {
    expect(holds("count(ram:ApplicableTradeTax[ram:CategoryCode='Z']) = 0")).toBe(true);
    expect(holds("count(ram:ApplicableTradeTax[ram:CategoryCode='E']) = 0")).toBe(false);
    expect(holds("count(ram:ApplicableTradeTax) >= 1")).toBe(true);
    expect(holds("count(ram:ApplicableTradeTax[ram:CategoryCode='Z']) >= 1")).toBe(false);
    expect(holds("count(ram:ApplicableTradeTax) > 0 and count(ram:Missing) < 1")).toBe(true);
  });

  it("lists the context nodes an assertion fails on, in document order, and nothing when none fails", () => {
    const failing = compileFailing(parseXPath("//ram:ApplicableTradeTax"), parseXPath("upper-case(ram:TypeCode) = 'VAT' and ram:ExemptionReason"));
    expect(failing(doc)?.map((e) => text("ram:CategoryCode", e))).toEqual(["S"]);
    expect(compileFailing(parseXPath("//ram:ApplicableTradeTax"), parseXPath("ram:CategoryCode"))(doc)).toBeUndefined();
  });

  it("refuses what is outside the subset", () => {
    expect(() => parseXPath("sum(ram:Amount)")).toThrow();
  });
});
