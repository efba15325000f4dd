import { describe, expect, it } from "vitest";
import { validateXml } from "../../validate.js";

const NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"';
const UBL_NS = 'xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"';

/** A CII invoice to a public buyer (SIRET 0009 on both parties). */
const CII = `<rsm:CrossIndustryInvoice ${NS}><rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>F-2026-001</ram:ID><ram:TypeCode>380</ram:TypeCode></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement><ram:BuyerReference>SERVICE-FIN</ram:BuyerReference>
<ram:SellerTradeParty><ram:GlobalID schemeID="0009">12345678200010</ram:GlobalID><ram:Name>Vendeur</ram:Name></ram:SellerTradeParty>
<ram:BuyerTradeParty><ram:Name>Département</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0009">22000000000018</ram:ID></ram:SpecifiedLegalOrganization></ram:BuyerTradeParty>
<ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>EJ-1</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode></ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;

const fired = (xml: string) =>
  validateXml(xml, { sets: ["cpro"], frenchPublicBuyer: true })
    .findings.map((f) => f.rule)
    .sort();

describe("Chorus Pro deposit rules (BR-FR-CPRO)", () => {
  it("accept an invoice to a public buyer identified by its SIRET", () => {
    expect(fired(CII)).toEqual([]);
  });

  it("run only when the buyer is a French public structure", () => {
    expect(validateXml(CII).sets).not.toContain("cpro");
    expect(validateXml(CII, { frenchPublicBuyer: true }).sets).toContain("cpro");
  });

  it("refuse a number over 20 characters, an engagement over 50 and a service code over 100", () => {
    const long = CII.replace(">F-2026-001<", `>${"F".repeat(21)}<`).replace(">EJ-1<", `>${"E".repeat(51)}<`).replace(">SERVICE-FIN<", `>${"S".repeat(101)}<`);
    expect(fired(long)).toEqual(["BR-FR-CPRO-02", "BR-FR-CPRO-15", "BR-FR-CPRO-G01"]);
  });

  it("ask for the buyer's SIRET and an accepted seller scheme", () => {
    const noIds = CII.replace('schemeID="0009">22000000000018', 'schemeID="0002">220000000').replace('schemeID="0009">12345678200010', 'schemeID="0088">3012345678901');
    expect(fired(noIds)).toEqual(["BR-FR-CPRO-03", "BR-FR-CPRO-10"]);
  });

  it("allow a single preceding invoice and a single contact per party, naming the extra one", () => {
    const xml = CII.replace("<ram:Name>Vendeur</ram:Name>", "<ram:Name>Vendeur</ram:Name><ram:DefinedTradeContact/><ram:DefinedTradeContact/>");
    const findings = validateXml(xml, { sets: ["cpro"], frenchPublicBuyer: true }).findings;
    expect(findings.map((f) => f.rule)).toEqual(["BR-FR-CPRO-26"]);
    expect(findings[0]?.path).toContain("ram:DefinedTradeContact[2]");
  });

  it("apply to UBL too, in French and English", () => {
    const ubl = `<Invoice ${UBL_NS}><cbc:ID>${"U".repeat(21)}</cbc:ID><cac:AccountingSupplierParty><cac:Party><cac:PartyIdentification><cbc:ID schemeID="0009">12345678200010</cbc:ID></cac:PartyIdentification></cac:Party></cac:AccountingSupplierParty><cac:AccountingCustomerParty><cac:Party><cac:PartyLegalEntity><cbc:CompanyID schemeID="0009">22000000000018</cbc:CompanyID></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty></Invoice>`;
    expect(fired(ubl)).toEqual(["BR-FR-CPRO-02"]);
    const [en] = validateXml(ubl, { sets: ["cpro"], frenchPublicBuyer: true, locale: "en" }).findings;
    expect(en?.message).toContain("must not exceed 20 characters (it has 21)");
  });
});
