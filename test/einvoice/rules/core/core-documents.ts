// Minimal hand-made CII and UBL invoices for the core rule tests, and a helper counting the core findings.
import { detect } from "../../../../src/einvoice/detect.js";
import { en16931CoreRules } from "../../../../src/einvoice/rules/en16931/core/index.js";
import { runRules } from "../../../../src/einvoice/rules/run-rules.js";
import { parseXml } from "../../../../src/einvoice/xml/parse-xml.js";

/** A hand-made document and every core finding it must raise (`{rule: count}`, warnings as "BR-51 (warning)"). */
export interface CoreCase {
  name: string;
  xml: string;
  expected: Record<string, number>;
  /** The official run stops with an XPath error on this document (so it has no verdict to compare with). */
  officialStops?: boolean;
}

export interface Breakdown {
  basis?: string;
  tax?: string;
  cat?: string;
  rate?: string;
  type?: string;
}

export interface DocumentParts {
  /** Line net amounts (BT-131), one line each. */
  lines?: string[];
  breakdowns?: Breakdown[];
  /** The monetary summation's children, in order: CII keys (LineTotalAmount…) or UBL keys (LineExtensionAmount…). */
  totals?: [string, string][];
  /** XML placed in the header settlement (CII) or at the document level before TaxTotal (UBL). */
  settlement?: string;
  /** XML placed in the header agreement (CII) or after the buyer (UBL). */
  agreement?: string;
  /** XML placed inside the first line (CII: in its SpecifiedLineTradeSettlement; UBL: in the line). */
  lineExtra?: string;
  /** Raw override of the VAT total: CII TaxTotalAmount elements, UBL TaxTotal elements. */
  vatTotal?: string;
  currency?: string;
}

const tag = (name: string, value: string | undefined) => (value === undefined ? "" : `<${name}>${value}</${name}>`);

/** A CII invoice (urn:cen.eu:en16931:2017) with the given lines, breakdowns and totals. */
export function cii(parts: DocumentParts = {}): string {
  const currency = parts.currency ?? "EUR";
  const lines = (parts.lines ?? ["100.00"])
    .map(
      (amount, i) => `<ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>${i + 1}</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Article ${i + 1}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>${amount}</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        ${i === 0 ? (parts.lineExtra ?? "") : ""}
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${amount}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>`,
    )
    .join("\n");
  const breakdowns = (parts.breakdowns ?? [{ basis: "100.00", tax: "20.00", cat: "S", rate: "20" }])
    .map(
      (b) =>
        `<ram:ApplicableTradeTax>${tag("ram:CalculatedAmount", b.tax)}${tag("ram:TypeCode", b.type ?? "VAT")}${tag("ram:BasisAmount", b.basis)}${tag("ram:CategoryCode", b.cat)}${tag("ram:RateApplicablePercent", b.rate)}</ram:ApplicableTradeTax>`,
    )
    .join("\n");
  const totals = (
    parts.totals ?? [
      ["LineTotalAmount", "100.00"],
      ["TaxBasisTotalAmount", "100.00"],
      ["TaxTotalAmount", "20.00"],
      ["GrandTotalAmount", "120.00"],
      ["DuePayableAmount", "120.00"],
    ]
  )
    .map(([k, v]) => (k === "TaxTotalAmount" ? `<ram:TaxTotalAmount currencyID="${currency}">${v}</ram:TaxTotalAmount>` : `<ram:${k}>${v}</ram:${k}>`))
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>F-2025-001</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20250115</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    ${lines}
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Atelier Dupont</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">123456789</ram:ID></ram:SpecifiedLegalOrganization><ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR32123456789</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Commune de Nice</ram:Name><ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>
      ${parts.agreement ?? ""}
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>${currency}</ram:InvoiceCurrencyCode>
      ${parts.settlement ?? ""}
      ${breakdowns}
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>${totals}${parts.vatTotal ?? ""}</ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;
}

/** A UBL invoice with the given lines, breakdowns and totals. */
export function ubl(parts: DocumentParts = {}): string {
  const currency = parts.currency ?? "EUR";
  const lines = (parts.lines ?? ["100.00"])
    .map(
      (amount, i) => `<cac:InvoiceLine><cbc:ID>${i + 1}</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
      <cbc:LineExtensionAmount currencyID="${currency}">${amount}</cbc:LineExtensionAmount>${i === 0 ? (parts.lineExtra ?? "") : ""}
      <cac:Item><cbc:Name>Article ${i + 1}</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item>
      <cac:Price><cbc:PriceAmount currencyID="${currency}">${amount}</cbc:PriceAmount></cac:Price></cac:InvoiceLine>`,
    )
    .join("\n");
  const subtotals = (parts.breakdowns ?? [{ basis: "100.00", tax: "20.00", cat: "S", rate: "20" }])
    .map(
      (b) =>
        `<cac:TaxSubtotal>${b.basis === undefined ? "" : `<cbc:TaxableAmount currencyID="${currency}">${b.basis}</cbc:TaxableAmount>`}${b.tax === undefined ? "" : `<cbc:TaxAmount currencyID="${currency}">${b.tax}</cbc:TaxAmount>`}<cac:TaxCategory>${tag("cbc:ID", b.cat)}${tag("cbc:Percent", b.rate)}<cac:TaxScheme><cbc:ID>${b.type ?? "VAT"}</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>`,
    )
    .join("");
  const totals = (
    parts.totals ?? [
      ["LineExtensionAmount", "100.00"],
      ["TaxExclusiveAmount", "100.00"],
      ["TaxInclusiveAmount", "120.00"],
      ["PayableAmount", "120.00"],
    ]
  )
    .map(([k, v]) => `<cbc:${k} currencyID="${currency}">${v}</cbc:${k}>`)
    .join("");
  const vatTotal = parts.vatTotal ?? `<cac:TaxTotal><cbc:TaxAmount currencyID="${currency}">20.00</cbc:TaxAmount>${subtotals}</cac:TaxTotal>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>F-2025-001</cbc:ID><cbc:IssueDate>2025-01-15</cbc:IssueDate><cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>${currency}</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty><cac:Party><cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyTaxScheme><cbc:CompanyID>FR32123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme><cac:PartyLegalEntity><cbc:RegistrationName>Atelier Dupont</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyLegalEntity><cbc:RegistrationName>Commune de Nice</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  ${parts.agreement ?? ""}
  ${parts.settlement ?? ""}
  ${vatTotal}
  <cac:LegalMonetaryTotal>${totals}</cac:LegalMonetaryTotal>
  ${lines}
</Invoice>`;
}

/** The core findings (BR, BR-CO, BR-DEC) as `{rule: count}`, warnings suffixed with " (warning)". */
export function coreFindings(xml: string): Record<string, number> {
  const { root } = parseXml(xml);
  const detected = detect(root);
  if (!detected) throw new Error("not an invoice");
  const counts: Record<string, number> = {};
  for (const f of runRules(en16931CoreRules, { root, detected, frenchPublicBuyer: false })) {
    const key = f.severity === "warning" ? `${f.rule} (warning)` : f.rule;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
