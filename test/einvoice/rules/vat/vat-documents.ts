// Small hand-made CII and UBL invoices for the VAT rule tests: only what the rules under test read.
import { detect } from "../../../../src/einvoice/detect.js";
import { en16931CodelistsRules } from "../../../../src/einvoice/rules/en16931/codelists/index.js";
import { en16931VatRules } from "../../../../src/einvoice/rules/en16931/vat/index.js";
import { runRules } from "../../../../src/einvoice/rules/run-rules.js";
import { parseXml } from "../../../../src/einvoice/xml/parse-xml.js";
import type { XmlElement } from "../../../../src/einvoice/xml/xml-tree.js";

export interface Line {
  cat: string;
  rate?: string;
  amount: string;
}

export interface AllowanceCharge {
  charge: boolean;
  amount: string;
  cat: string;
  rate?: string;
}

export interface Breakdown {
  cat: string;
  rate?: string;
  basis: string;
  tax: string;
  reason?: string;
}

export interface Doc {
  lines: Line[];
  allowanceCharges?: AllowanceCharge[];
  breakdowns: Breakdown[];
  sellerVat?: boolean;
  buyerVat?: boolean;
  /** Extra XML in the delivery (CII ApplicableHeaderTradeDelivery, UBL cac:Delivery). */
  delivery?: string;
  /** Extra XML at the root (UBL) or in the header settlement (CII). */
  extra?: string;
}

const rate = (tag: string, r: string | undefined) => (r === undefined ? "" : `<${tag}>${r}</${tag}>`);

/** A CII invoice with those lines, document allowances/charges and VAT breakdowns. */
export function cii(d: Doc): string {
  const lines = d.lines
    .map(
      (l) =>
        `<ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${l.cat}</ram:CategoryCode>${rate("ram:RateApplicablePercent", l.rate)}</ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${l.amount}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`,
    )
    .join("");
  const taxes = d.breakdowns
    .map(
      (b) =>
        `<ram:ApplicableTradeTax><ram:CalculatedAmount>${b.tax}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>${b.reason ? `<ram:ExemptionReason>${b.reason}</ram:ExemptionReason>` : ""}<ram:BasisAmount>${b.basis}</ram:BasisAmount><ram:CategoryCode>${b.cat}</ram:CategoryCode>${rate("ram:RateApplicablePercent", b.rate)}</ram:ApplicableTradeTax>`,
    )
    .join("");
  const acs = (d.allowanceCharges ?? [])
    .map(
      (a) =>
        `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${a.charge}</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>${a.amount}</ram:ActualAmount><ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>${a.cat}</ram:CategoryCode>${rate("ram:RateApplicablePercent", a.rate)}</ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>`,
    )
    .join("");
  const vat = (on: boolean | undefined, id: string) => (on === false ? "" : `<ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">${id}</ram:ID></ram:SpecifiedTaxRegistration>`);
  return `<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
<rsm:ExchangedDocument><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction>${lines}
<ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty>${vat(d.sellerVat, "FR11123456789")}</ram:SellerTradeParty><ram:BuyerTradeParty>${vat(d.buyerVat ?? false, "DE123456789")}</ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery>${d.delivery ?? ""}</ram:ApplicableHeaderTradeDelivery>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>${taxes}${acs}${d.extra ?? ""}</ram:ApplicableHeaderTradeSettlement>
</rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
}

const cat = (tag: string, code: string, r: string | undefined, inner = "") =>
  `<cac:${tag}><cbc:ID>${code}</cbc:ID>${rate("cbc:Percent", r)}${inner}<cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:${tag}>`;

/** A UBL invoice with those lines, document allowances/charges and VAT breakdowns. */
export function ubl(d: Doc): string {
  const lines = d.lines
    .map((l, i) => `<cac:InvoiceLine><cbc:ID>${i + 1}</cbc:ID><cbc:LineExtensionAmount currencyID="EUR">${l.amount}</cbc:LineExtensionAmount><cac:Item>${cat("ClassifiedTaxCategory", l.cat, l.rate)}</cac:Item></cac:InvoiceLine>`)
    .join("");
  const acs = (d.allowanceCharges ?? [])
    .map((a) => `<cac:AllowanceCharge><cbc:ChargeIndicator>${a.charge}</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">${a.amount}</cbc:Amount>${cat("TaxCategory", a.cat, a.rate)}</cac:AllowanceCharge>`)
    .join("");
  const subtotals = d.breakdowns
    .map(
      (b) =>
        `<cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">${b.basis}</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">${b.tax}</cbc:TaxAmount>${cat("TaxCategory", b.cat, b.rate, b.reason ? `<cbc:TaxExemptionReason>${b.reason}</cbc:TaxExemptionReason>` : "")}</cac:TaxSubtotal>`,
    )
    .join("");
  const party = (tag: string, on: boolean | undefined, id: string) =>
    `<cac:${tag}><cac:Party>${on === false ? "" : `<cac:PartyTaxScheme><cbc:CompanyID>${id}</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>`}</cac:Party></cac:${tag}>`;
  return `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>${d.extra ?? ""}
${party("AccountingSupplierParty", d.sellerVat, "FR11123456789")}${party("AccountingCustomerParty", d.buyerVat ?? false, "DE123456789")}
${d.delivery ? `<cac:Delivery>${d.delivery}</cac:Delivery>` : ""}${acs}
<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">0</cbc:TaxAmount>${subtotals}</cac:TaxTotal>${lines}</Invoice>`;
}

/** How many times each VAT or code-list rule fires on the document. */
export function fired(xml: string): Record<string, number> {
  return firedOn(parseXml(xml).root);
}

/** How many times each VAT or code-list rule fires on an already parsed document. */
export function firedOn(root: XmlElement): Record<string, number> {
  const detected = detect(root);
  if (!detected) throw new Error("not an invoice");
  const counts: Record<string, number> = {};
  for (const f of runRules([...en16931VatRules, ...en16931CodelistsRules], { root, detected, frenchPublicBuyer: false })) counts[f.rule] = (counts[f.rule] ?? 0) + 1;
  return counts;
}

/** The rules of one family that fire, with their counts. */
export function firedIn(xml: string, family: string): Record<string, number> {
  return Object.fromEntries(Object.entries(fired(xml)).filter(([id]) => id.replace(/-\d+$/, "") === family));
}
