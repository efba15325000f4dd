import { describe, expect, it } from "vitest";
import { validateXml } from "../../validate.js";

const NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"';

/** A MINIMUM invoice (no lines, no VAT breakdown: all the profile asks for). */
const MINIMUM = `<rsm:CrossIndustryInvoice ${NS}><rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:factur-x.eu:1p0:minimum</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
<rsm:ExchangedDocument><ram:ID>F1</ram:ID><ram:TypeCode>380</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20260105</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
<rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeAgreement><ram:SellerTradeParty><ram:Name>Vendeur</ram:Name><ram:PostalTradeAddress><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR11123456782</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty><ram:BuyerTradeParty><ram:Name>Acheteur</ram:Name></ram:BuyerTradeParty></ram:ApplicableHeaderTradeAgreement>
<ram:ApplicableHeaderTradeDelivery/><ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode><ram:SpecifiedTradeSettlementHeaderMonetarySummation><ram:TaxBasisTotalAmount>100.00</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">20.00</ram:TaxTotalAmount><ram:GrandTotalAmount>120.00</ram:GrandTotalAmount><ram:DuePayableAmount>120.00</ram:DuePayableAmount></ram:SpecifiedTradeSettlementHeaderMonetarySummation></ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;

const asProfile = (guideline: string) => MINIMUM.replace("urn:factur-x.eu:1p0:minimum", guideline);
const fired = (xml: string, severity = "fatal") =>
  validateXml(xml, { sets: ["facturx"] })
    .findings.filter((f) => f.severity === severity)
    .map((f) => f.rule)
    .sort();

// Expected ids below were checked against the official Factur-X_1.09_<PROFILE>.xsl run by Saxon-HE.
describe("Factur-X 1.09 profile rules", () => {
  it("judge a MINIMUM invoice by its own profile: valid without lines nor VAT breakdown", () => {
    const report = validateXml(MINIMUM);
    expect(report.profile).toBe("MINIMUM");
    expect(report.sets).toEqual(["facturx"]);
    expect(report.findings).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("require the invoice type code in MINIMUM (cardinality and BR-04)", () => {
    expect(fired(MINIMUM.replace("<ram:TypeCode>380</ram:TypeCode>", ""))).toEqual(["FX-SCH-A-000013", "FX-SCH-A-000020"]);
  });

  it("check the profile's code lists, naming the value", () => {
    const report = validateXml(MINIMUM.replace(">EUR</ram:InvoiceCurrencyCode>", ">EURO</ram:InvoiceCurrencyCode>"), { sets: ["facturx"] });
    const finding = report.findings.find((f) => f.severity === "fatal");
    expect(finding?.rule).toBe("FX-SCH-A-000040");
    expect(finding?.message).toContain("EURO");
    expect(finding?.path).toContain("ram:InvoiceCurrencyCode[1]");
  });

  it("refuse an element repeated beyond what the profile allows", () => {
    expect(fired(MINIMUM.replace("<ram:Name>Acheteur</ram:Name>", "<ram:Name>Acheteur</ram:Name><ram:Name>Bis</ram:Name>"))).toEqual(["FX-SCH-A-000030"]);
  });

  it("ask a BASIC WL invoice for what MINIMUM need not have (VAT breakdown, buyer address...)", () => {
    expect(fired(asProfile("urn:factur-x.eu:1p0:basicwl"))).toEqual([
      "FX-SCH-A-000032",
      "FX-SCH-A-000117",
      "FX-SCH-A-000120",
      "FX-SCH-A-000130",
      "FX-SCH-A-000156",
      "FX-SCH-A-000157",
      "FX-SCH-A-000173",
      "FX-SCH-A-000189",
    ]);
  });

  it("report an element the profile does not use as a warning, not an error", () => {
    const xml = asProfile("urn:factur-x.eu:1p0:basicwl").replace('schemeID="VA"', 'schemeID="XX"');
    expect(fired(xml)).toContain("FX-SCH-A-000001");
    expect(fired(xml, "warning")).toHaveLength(1);
  });

  it("run BASIC, EN 16931 and EXTENDED with their own tables, lines required", () => {
    expect(fired(asProfile("urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic"))).toContain("FX-SCH-A-000265");
    expect(fired(asProfile("urn:cen.eu:en16931:2017"))).toContain("FX-SCH-A-000265");
    expect(fired(asProfile("urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended"))).toContain("text:Element_ram:IncludedSupplyChainTradeLineItem_must_occur_at_least_1_times_");
  });

  it("speak French and English", () => {
    const xml = MINIMUM.replace("<ram:Name>Acheteur</ram:Name>", "<ram:Name>Acheteur</ram:Name><ram:Name>Bis</ram:Name>");
    expect(validateXml(xml).findings[0]?.message).toContain("ram:Name doit figurer exactement 1 fois");
    expect(validateXml(xml, { locale: "en" }).findings[0]?.message).toContain("ram:Name must occur exactly 1 times");
  });
});
