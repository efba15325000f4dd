import { describe, expect, it } from "vitest";
import { detect } from "../../../../src/einvoice/detect.js";
import { en16931SyntaxRules } from "../../../../src/einvoice/rules/en16931/syntax/index.js";
import { runRules } from "../../../../src/einvoice/rules/run-rules.js";
import { buildSyntaxRules } from "../../../../src/einvoice/rules/support/syntax-rules.js";
import { parseXml } from "../../../../src/einvoice/xml/parse-xml.js";
import { validateXml } from "../../../../src/einvoice/validate.js";

const FAMILIES = /^(CII-SR|CII-DT|UBL-SR|UBL-CR|UBL-DT)-\d+$/;

function syntaxFindings(xml: string) {
  return validateXml(xml, { sets: ["en16931"] }).findings.filter((f) => FAMILIES.test(f.rule));
}

const cii = (context: string, header: string, settlement: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>${context}<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>F-1</ram:ID>${header}<ram:IssueDateTime><udt:DateTimeString format="102">20250131</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeSettlement><ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
    <ram:SpecifiedTradeSettlementHeaderMonetarySummation>${settlement}</ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;

const UBL_NS = `xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"`;
const ubl = (body: string) => `<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" ${UBL_NS}><cbc:ID>F-1</cbc:ID>${body}</Invoice>`;
const creditNote = (body: string) => `<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" ${UBL_NS}><cbc:ID>A-1</cbc:ID>${body}</CreditNote>`;
const ids = (xml: string) => syntaxFindings(xml).map((f) => f.rule);

/** A CII invoice with one line (agreement given) and a header settlement body. */
const ciiLine = (lineAgreement: string, settlement: string) =>
  cii("", "<ram:TypeCode>380</ram:TypeCode>", "").replace(
    "<rsm:SupplyChainTradeTransaction>",
    `<rsm:SupplyChainTradeTransaction><ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedLineTradeAgreement>${lineAgreement}<ram:NetPriceProductTradePrice><ram:ChargeAmount>1</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement><ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:BasisAmount>1</ram:BasisAmount></ram:ApplicableTradeTax></ram:SpecifiedLineTradeSettlement></ram:IncludedSupplyChainTradeLineItem>`,
  ).replace("<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>", `<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>${settlement}<ram:ApplicableTradeTax><ram:BasisAmount>1</ram:BasisAmount></ram:ApplicableTradeTax>`);

describe("EN 16931 syntax-binding rules", () => {
  it("are one rule per official id, each with terms and a French and English message", () => {
    const ids = en16931SyntaxRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith("CII-")).length).toBe(583);
    expect(ids.filter((id) => id.startsWith("UBL-")).length).toBe(756);
    for (const r of en16931SyntaxRules) {
      expect(r.terms.length, r.id).toBeGreaterThan(0);
      expect(r.message.fr.length, r.id).toBeGreaterThan(20);
      expect(r.message.en.length, r.id).toBeGreaterThan(20);
    }
  });

  it("warns, in French, about an element EN 16931 does not use", () => {
    const findings = syntaxFindings(cii("<ram:TestIndicator><udt:Indicator>true</udt:Indicator></ram:TestIndicator>", "<ram:TypeCode>380</ram:TypeCode>", ""));
    expect(findings.map((f) => [f.rule, f.severity, f.path])).toEqual([["CII-SR-002", "warning", "/rsm:CrossIndustryInvoice/rsm:ExchangedDocumentContext[1]/ram:TestIndicator[1]"]]);
    expect(findings[0]?.message).toBe("L'élément « ram:TestIndicator » (dans « rsm:ExchangedDocumentContext ») n'est pas utilisé par la norme EN 16931 : il sera ignoré par l'acheteur.");
  });

  it("fires a data-type rule once per offending element (CII-DT-031 on each amount with a currency, not on the VAT total)", () => {
    const amounts = '<ram:LineTotalAmount currencyID="EUR">10</ram:LineTotalAmount><ram:TaxBasisTotalAmount currencyID="EUR">10</ram:TaxBasisTotalAmount><ram:TaxTotalAmount currencyID="EUR">2</ram:TaxTotalAmount>';
    const findings = syntaxFindings(cii("", "<ram:TypeCode>380</ram:TypeCode>", amounts));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["CII-DT-031", "fatal"],
      ["CII-DT-031", "fatal"],
    ]);
    expect(findings[0]?.message).toContain("« @currencyID »");
  });

  it("requires what the binding makes mandatory and says what to fix", () => {
    const findings = syntaxFindings(cii("", "", ""));
    expect(findings.map((f) => f.rule)).toEqual(["CII-SR-014"]);
    expect(findings[0]?.message).toBe("« ram:TypeCode » doit figurer exactement une fois dans « rsm:ExchangedDocument » (trouvé : 0) : ajoutez-le ou supprimez les doublons.");
  });

  it("checks an element by the first official rule that matches it (the document type code's list attributes are never checked)", () => {
    // CII-DT-010 has the context /rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode, but the earlier rule
    // //ram:TypeCode (CII-DT-008, CII-DT-009) takes every TypeCode first, as in the official artefacts.
    const findings = syntaxFindings(cii("", '<ram:TypeCode listID="1001" name="x">380</ram:TypeCode>', ""));
    expect(findings.map((f) => f.rule)).toEqual(["CII-DT-008"]);
  });

  it("checks UBL rows whose context is the document once per document, and UBL cardinalities per part", () => {
    const line = (n: number) => `<cac:InvoiceLine><cbc:ID>${n}</cbc:ID><cbc:UUID>u${n}</cbc:UUID><cbc:Note>a</cbc:Note><cbc:Note>b</cbc:Note><cac:Item><cac:ClassifiedTaxCategory/></cac:Item></cac:InvoiceLine>`;
    const findings = syntaxFindings(ubl(`<cbc:UBLVersionID>2.1</cbc:UBLVersionID>${line(1)}${line(2)}`));
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([
      ["UBL-CR-515", "warning"],
      ["UBL-SR-34", "fatal"],
      ["UBL-SR-34", "fatal"],
    ]);
    expect(findings[0]?.path).toBe("/Invoice/cac:InvoiceLine[1]/cbc:UUID[1]");
    expect(findings[1]?.message).toBe("« cbc:Note » doit figurer au plus une fois dans « cac:InvoiceLine » (trouvé : 2) : supprimez les occurrences en trop.");
  });

  it("reads the particular CII rules as the artefacts do (CII-SR-119, CII-SR-470, CII-DT-041)", () => {
    const gross = (indicator: string) =>
      `<ram:GrossPriceProductTradePrice><ram:ChargeAmount>2</ram:ChargeAmount><ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${indicator}</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>1</ram:ActualAmount></ram:AppliedTradeAllowanceCharge></ram:GrossPriceProductTradePrice>`;
    const means = (account: string) => `<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode>${account}</ram:SpecifiedTradeSettlementPaymentMeans>`;
    // A discount on the gross price is fine, a charge is not; a credit transfer needs the payee's account. The line's
    // VAT basis amount is not used (CII-DT-041), the header's is.
    expect(ids(ciiLine(gross("false"), means("<ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR76</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>")))).toEqual(["CII-DT-041"]);
    expect(ids(ciiLine(gross("true"), means("")))).toEqual(["CII-DT-041", "CII-SR-119", "CII-SR-470"]);
  });

  it("reads the particular UBL rules as the artefacts do (UBL-SR-19/20/21, UBL-SR-43, UBL-SR-53, UBL-CR-412)", () => {
    const seller = "<cac:AccountingSupplierParty><cac:Party><cac:PartyLegalEntity><cbc:RegistrationName>Vendeur SA</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>";
    const payee = (inner: string) => `${seller}<cac:PayeeParty>${inner}</cac:PayeeParty>`;
    expect(ids(ubl(payee("<cac:PartyName><cbc:Name>Affactureur</cbc:Name></cac:PartyName>")))).toEqual([]);
    // A payee given by an identifier only fails all three: the name comparison is false when a side is missing.
    expect(ids(ubl(payee("<cac:PartyIdentification><cbc:ID>123</cbc:ID></cac:PartyIdentification>")))).toEqual(["UBL-SR-19", "UBL-SR-20", "UBL-SR-21"]);

    const reference = (type: string) => `<cac:AdditionalDocumentReference><cbc:ID schemeID="AAA">X</cbc:ID>${type ? `<cbc:DocumentTypeCode>${type}</cbc:DocumentTypeCode>` : ""}</cac:AdditionalDocumentReference>`;
    expect(ids(ubl(reference("130")))).toEqual([]);
    expect(ids(ubl(reference("")))).toEqual(["UBL-CR-665", "UBL-SR-43"]);
    expect(ids(ubl(reference("50")))).toEqual(["UBL-CR-665", "UBL-SR-43"]);
    expect(ids(creditNote(reference("50")))).toEqual(["UBL-CR-665"]);

    expect(ids(ubl(`<cac:AccountingSupplierParty><cac:Party><cac:PartyTaxScheme><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:Party></cac:AccountingSupplierParty>`))).toEqual(["UBL-SR-53"]);

    const due = "<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>2025-01-31</cbc:PaymentDueDate></cac:PaymentMeans>";
    expect(ids(ubl(due))).toEqual(["UBL-CR-412"]);
    expect(ids(creditNote(due))).toEqual([]);
  });

  it("fails closed once when the table cannot be evaluated", () => {
    const rules = buildSyntaxRules({
      syntax: "UBL",
      contexts: [
        {
          rank: 1,
          context: ["/inv:Invoice"],
          label: "Invoice",
          absent: [["T-1", "warning", "cbc:Note"]],
          checks: [{ kind: "custom", id: "T-2", flag: "fatal", test: () => { throw new Error("boom"); }, message: { fr: "x", en: "x" } }],
        },
      ],
    });
    const root = parseXml(ubl("<cbc:Note>n</cbc:Note>")).root;
    const findings = runRules(rules, { root, detected: detect(root)!, frenchPublicBuyer: false });
    expect(findings.map((f) => [f.rule, f.severity])).toEqual([["INTERNAL-T-1", "fatal"]]);
  });
});
