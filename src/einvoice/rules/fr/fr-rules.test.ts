import { describe, expect, it } from "vitest";
import { validateXml } from "../../validate.js";

const NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"';

/** A small French CII invoice; `patch` rewrites parts of it. */
function invoice(patch: (xml: string) => string = (x) => x): string {
  return patch(`<rsm:CrossIndustryInvoice ${NS}>
<rsm:ExchangedDocumentContext><ram:BusinessProcessSpecifiedDocumentContextParameter><ram:ID>S1</ram:ID></ram:BusinessProcessSpecifiedDocumentContextParameter>
<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>F-2026-001</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20260105</udt:DateTimeString></ram:IssueDateTime>
<ram:IncludedNote><ram:Content>40 EUR</ram:Content><ram:SubjectCode>PMT</ram:SubjectCode></ram:IncludedNote>
<ram:IncludedNote><ram:Content>3 fois le taux légal</ram:Content><ram:SubjectCode>PMD</ram:SubjectCode></ram:IncludedNote>
<ram:IncludedNote><ram:Content>Pas d'escompte</ram:Content><ram:SubjectCode>AAB</ram:SubjectCode></ram:IncludedNote></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement>
<ram:SellerTradeParty><ram:GlobalID schemeID="0009">12345678200010</ram:GlobalID><ram:Name>Vendeur</ram:Name><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">123456782</ram:ID></ram:SpecifiedLegalOrganization>
<ram:URIUniversalCommunication><ram:URIID schemeID="0225">123456782</ram:URIID></ram:URIUniversalCommunication></ram:SellerTradeParty>
<ram:BuyerTradeParty><ram:Name>Département</ram:Name><ram:URIUniversalCommunication><ram:URIID schemeID="0225">222222222</ram:URIID></ram:URIUniversalCommunication></ram:BuyerTradeParty>
</ram:ApplicableHeaderTradeAgreement><ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
<ram:ApplicableTradeTax><ram:CalculatedAmount>20.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>100.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`);
}

const fired = (xml: string) => validateXml(xml, { sets: ["br-fr"] }).findings.map((f) => f.rule).sort();

describe("BR-FR rules (Flux 2)", () => {
  it("accept a French invoice that carries every mandatory mention", () => {
    expect(fired(invoice())).toEqual([]);
  });

  it("ask for the three legal notes, the billing mode and the electronic addresses", () => {
    const bare = invoice((x) => x.replace(/<ram:IncludedNote>.*?<\/ram:IncludedNote>/gs, "").replace(/<ram:URIUniversalCommunication>.*?<\/ram:URIUniversalCommunication>/gs, "").replace(">S1<", ">Z9<"));
    expect(fired(bare)).toEqual(["BR-FR-05_BT-22_AAB", "BR-FR-05_BT-22_PMD", "BR-FR-05_BT-22_PMT", "BR-FR-08_BT-23", "BR-FR-12_BT-49", "BR-FR-13_BT-34"]);
  });

  it("refuse a SIRET as SIREN, a foreign VAT rate, a number with spaces and a date of another century", () => {
    const bad = invoice((x) =>
      x.replace(">123456782</ram:ID>", ">12345678200010</ram:ID>").replace(">20</ram:RateApplicablePercent>", ">19</ram:RateApplicablePercent>").replace(">F-2026-001<", ">F 2026 001<").replace(">20260105<", ">19990105<"),
    );
    expect(fired(bad)).toEqual(["BR-FR-02_BT-1", "BR-FR-03_BT-2", "BR-FR-09_BT-29", "BR-FR-10_BT-30", "BR-FR-16_BT-119", "BR-FR-32-LEGALID"]);
  });

  it("ask a foreign-currency invoice for its VAT in euros", () => {
    expect(fired(invoice((x) => x.replace(">EUR<", ">USD<")))).toEqual(["BR-FR-CO-12_BT-5"]);
  });

  it("ask a credit note for the invoice it corrects, and check the number formats", () => {
    const credit = invoice((x) => x.replace(">380<", ">381<").replace("<rsm:SupplyChainTradeTransaction>", "<rsm:SupplyChainTradeTransaction><ram:IncludedSupplyChainTradeLineItem/>").replace(">20.00</ram:CalculatedAmount>", ">20.001</ram:CalculatedAmount>"));
    expect(fired(credit)).toEqual(["BR-FR-CO-05_BT-3", "BR-FR-DEC-01_BT-117"]);
  });

  it("speak French and English, naming the business term", () => {
    const [fr] = validateXml(invoice((x) => x.replace(">S1<", ">Z9<")), { sets: ["br-fr"] }).findings;
    const [en] = validateXml(invoice((x) => x.replace(">S1<", ">Z9<")), { sets: ["br-fr"], locale: "en" }).findings;
    expect(fr?.message).toContain("cadre de facturation (BT-23)");
    expect(fr?.message).toContain("Z9");
    expect(en?.message).toContain("business process type (BT-23)");
  });
});
