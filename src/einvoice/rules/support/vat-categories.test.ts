import { describe, expect, it } from "vitest";
import { detect } from "../../detect.js";
import { parseXml } from "../../xml/parse-xml.js";
import { brAERules } from "../en16931/vat/br-ae.js";
import { brAFRules } from "../en16931/vat/br-af.js";
import { brAGRules } from "../en16931/vat/br-ag.js";
import { brERules } from "../en16931/vat/br-e.js";
import { brGRules } from "../en16931/vat/br-g.js";
import { brICRules } from "../en16931/vat/br-ic.js";
import { brORules } from "../en16931/vat/br-o.js";
import { brSRules } from "../en16931/vat/br-s.js";
import { brZRules } from "../en16931/vat/br-z.js";
import { en16931VatRules } from "../en16931/vat/index.js";
import type { RuleContext } from "../rule.js";
import { runRules } from "../run-rules.js";
import { categoryUsed } from "./vat-categories.js";

const CODES = ["S", "Z", "E", "AE", "K", "G", "O", "L", "M"];
// The rules as their files build them: each one runs its check on every document.
const UNGATED = [...brSRules, ...brZRules, ...brERules, ...brAERules, ...brICRules, ...brGRules, ...brORules, ...brAFRules, ...brAGRules];

function cii(line: string, allowance: string, breakdown: string): string {
  const tax = (tag: string, code: string, inner = "") => `<ram:${tag}><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${code}</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent>${inner}</ram:${tag}>`;
  return `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocument><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction><ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement>${tax("ApplicableTradeTax", line)}<ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>100</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>
<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty/><ram:BuyerTradeParty/></ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeDelivery/>
<ram:ApplicableHeaderTradeSettlement><ram:ApplicableTradeTax><ram:CalculatedAmount>3</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>90</ram:BasisAmount><ram:CategoryCode>${breakdown}</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>10</ram:ActualAmount>${tax("CategoryTradeTax", allowance)}</ram:SpecifiedTradeAllowanceCharge>
</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
}

function ubl(line: string, allowance: string, breakdown: string): string {
  const cat = (tag: string, code: string) => `<cac:${tag}><cbc:ID>${code}</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:${tag}>`;
  return `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cac:AccountingSupplierParty><cac:Party/></cac:AccountingSupplierParty><cac:AccountingCustomerParty><cac:Party/></cac:AccountingCustomerParty>
<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount>10</cbc:Amount>${cat("TaxCategory", allowance)}</cac:AllowanceCharge>
<cac:TaxTotal><cbc:TaxAmount>3</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount>90</cbc:TaxableAmount><cbc:TaxAmount>3</cbc:TaxAmount>${cat("TaxCategory", breakdown)}</cac:TaxSubtotal></cac:TaxTotal>
<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:LineExtensionAmount>100</cbc:LineExtensionAmount><cac:Item>${cat("ClassifiedTaxCategory", line)}</cac:Item></cac:InvoiceLine></Invoice>`;
}

function contextOf(xml: string): RuleContext {
  const { root } = parseXml(xml);
  const detected = detect(root);
  if (!detected) throw new Error("not an invoice");
  return { root, detected, frenchPublicBuyer: false };
}

describe("VAT rules of a category the document does not use", () => {
  it("find exactly what their checks find, whatever the white space around the codes, in CII and UBL", () => {
    let findings = 0;
    for (const build of [cii, ubl]) {
      for (const code of CODES) {
        for (const padded of [code, ` ${code}\n`, `\u00a0${code}`, code.toLowerCase(), `${code}${code}`]) {
          // The padded code in one place at a time, a different category in the others.
          const other = code === "S" ? "Z" : "S";
          for (const xml of [build(padded, other, other), build(other, padded, other), build(other, other, padded)]) {
            const expected = runRules(UNGATED, contextOf(xml));
            expect(runRules(en16931VatRules, contextOf(xml))).toEqual(expected);
            findings += expected.length;
          }
        }
      }
    }
    // The documents do make the rules fire (a comparison of two empty reports would prove nothing).
    expect(findings).toBeGreaterThan(500);
  });

  it("tells the categories a document uses from those it does not", () => {
    const context = contextOf(ubl(" AE ", "S", "K"));
    expect(CODES.filter((code) => categoryUsed(context, code))).toEqual(["S", "AE", "K"]);
    const other = contextOf(cii("Z", "O\t", "M"));
    expect(CODES.filter((code) => categoryUsed(other, code))).toEqual(["Z", "O", "M"]);
    expect(categoryUsed(contextOf(cii("s", "sS", "S S")), "S")).toBe(false);
  });
});
