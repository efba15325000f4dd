import { describe, expect, it } from "vitest";
import { ISO3166_COUNTRIES_CII, ISO3166_COUNTRIES_UBL, countryLabelFr } from "../../../../src/einvoice/codelists/iso3166.js";
import { currencyLabelFr, ISO4217_CURRENCIES } from "../../../../src/einvoice/codelists/iso4217.js";
import { UNECE_REC20_UNITS } from "../../../../src/einvoice/codelists/unece-rec20.js";
import { UNTDID1001_CII, UNTDID1001_UBL_CREDIT_NOTE, UNTDID1001_UBL_INVOICE } from "../../../../src/einvoice/codelists/untdid1001.js";
import { UNTDID5305_LABELS_FR, UNTDID5305_VAT_CATEGORIES } from "../../../../src/einvoice/codelists/untdid5305.js";
import { cii, firedIn, ubl } from "../vat/vat-documents.js";

const S = { lines: [{ cat: "S", rate: "20", amount: "10" }], breakdowns: [{ cat: "S", rate: "20", basis: "10", tax: "2" }] };

describe("code lists of the CEN artefacts 1.3.16", () => {
  it("keep the artefacts' own values, which differ between syntaxes in places", () => {
    expect(ISO4217_CURRENCIES.size).toBe(178);
    expect(ISO4217_CURRENCIES.has("EUR") && ISO4217_CURRENCIES.has("XXX")).toBe(true);
    expect(ISO3166_COUNTRIES_CII.has("AN") && !ISO3166_COUNTRIES_CII.has("SS")).toBe(true);
    expect(ISO3166_COUNTRIES_UBL.has("SS") && !ISO3166_COUNTRIES_UBL.has("AN")).toBe(true);
    expect(UNTDID1001_CII.has("381") && !UNTDID1001_UBL_INVOICE.has("381") && UNTDID1001_UBL_CREDIT_NOTE.has("381")).toBe(true);
    expect(UNECE_REC20_UNITS.size).toBe(2162);
    expect([...UNTDID5305_VAT_CATEGORIES].every((c) => UNTDID5305_LABELS_FR[c])).toBe(true);
  });

  it("give French names for display", () => {
    expect(currencyLabelFr("EUR")).toBe("euro");
    expect(countryLabelFr("DE")).toBe("Allemagne");
    expect(countryLabelFr("1A")).toBe("Kosovo");
  });
});

describe("BR-CL rules", () => {
  it("BR-CL-04/05: the invoice currency, whitespace tolerated, case and spaces inside not", () => {
    expect(firedIn(cii(S), "BR-CL")).toEqual({});
    expect(firedIn(cii({ ...S, extra: "<ram:TaxCurrencyCode> EUR\n</ram:TaxCurrencyCode>" }), "BR-CL")).toEqual({});
    expect(firedIn(cii({ ...S, extra: "<ram:TaxCurrencyCode>eur</ram:TaxCurrencyCode>" }), "BR-CL")).toEqual({ "BR-CL-05": 1 });
    expect(firedIn(ubl({ ...S, extra: "<cbc:TaxCurrencyCode>E UR</cbc:TaxCurrencyCode>" }), "BR-CL")).toEqual({ "BR-CL-05": 1 });
  });

  it("BR-CL-03 (UBL): every amount without a valid currencyID fires once", () => {
    const xml = ubl(S).replace('<cbc:LineExtensionAmount currencyID="EUR">', '<cbc:LineExtensionAmount currencyID="EURO">').replace('<cbc:TaxableAmount currencyID="EUR">', "<cbc:TaxableAmount>");
    expect(firedIn(xml, "BR-CL")).toEqual({ "BR-CL-03": 2 });
  });

  it("BR-CL-14: AN is a country in CII, SS in UBL (as the artefacts list them)", () => {
    const ciiCountry = (code: string) => cii({ ...S, delivery: `<ram:ShipToTradeParty><ram:PostalTradeAddress><ram:CountryID>${code}</ram:CountryID></ram:PostalTradeAddress></ram:ShipToTradeParty>` });
    const ublCountry = (code: string) => ubl({ ...S, delivery: `<cac:DeliveryLocation><cac:Address><cac:Country><cbc:IdentificationCode>${code}</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>` });
    expect(firedIn(ciiCountry("AN"), "BR-CL")).toEqual({});
    expect(firedIn(ciiCountry("SS"), "BR-CL")).toEqual({ "BR-CL-14": 1 });
    expect(firedIn(ublCountry("SS"), "BR-CL")).toEqual({});
    expect(firedIn(ublCountry("AN"), "BR-CL")).toEqual({ "BR-CL-14": 1 });
  });

  it("BR-CL-15/11 (CII): an origin country with a schemeID is checked as a registration scheme, first match wins", () => {
    const origin = (attrs: string, code: string) => cii({ ...S, extra: `<ram:OriginTradeCountry><ram:ID${attrs}>${code}</ram:ID></ram:OriginTradeCountry>` });
    expect(firedIn(origin("", "XX"), "BR-CL")).toEqual({ "BR-CL-15": 1 });
    expect(firedIn(origin(' schemeID="1234"', "FR"), "BR-CL")).toEqual({ "BR-CL-11": 1 });
  });

  it("BR-CL-08 (UBL): the note's #CODE# is looked up as a substring of the list, as the artefact does", () => {
    const note = (text: string) => ubl({ ...S, extra: `<cbc:Note>${text}</cbc:Note>` });
    expect(firedIn(note("#AAI#Information"), "BR-CL")).toEqual({});
    expect(firedIn(note("#XYZ#Information"), "BR-CL")).toEqual({ "BR-CL-08": 1 });
    expect(firedIn(note("#AB#two letters are not a code"), "BR-CL")).toEqual({});
    expect(firedIn(note("no code"), "BR-CL")).toEqual({});
  });

  it("BR-CL-19/20: the reason code list depends on the charge indicator", () => {
    const ac = (indicator: string, code: string) =>
      ubl({ ...S, extra: `<cac:AllowanceCharge><cbc:ChargeIndicator>${indicator}</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>${code}</cbc:AllowanceChargeReasonCode></cac:AllowanceCharge>` });
    expect(firedIn(ac("false", "95"), "BR-CL")).toEqual({});
    expect(firedIn(ac("false", "FC"), "BR-CL")).toEqual({ "BR-CL-19": 1 });
    expect(firedIn(ac("true", "FC"), "BR-CL")).toEqual({});
    expect(firedIn(ac("1", "95"), "BR-CL")).toEqual({ "BR-CL-20": 1 });
  });

  it("BR-CL-22: the exemption code is compared upper-cased; BR-CL-24 compares the MIME code as written", () => {
    const e = { lines: [{ cat: "E", rate: "0", amount: "10" }], breakdowns: [{ cat: "E", rate: "0", basis: "10", tax: "0", reason: "x" }] };
    const code = (c: string) => cii(e).replace("<ram:ExemptionReason>x</ram:ExemptionReason>", `<ram:ExemptionReasonCode>${c}</ram:ExemptionReasonCode>`);
    expect(firedIn(code("vatex-eu-132"), "BR-CL")).toEqual({});
    expect(firedIn(code("VATEX-EU-999"), "BR-CL")).toEqual({ "BR-CL-22": 1 });
    const mime = (m: string) => ubl({ ...S, extra: `<cac:AdditionalDocumentReference><cbc:ID>1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="${m}" filename="a">AA==</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>` });
    expect(firedIn(mime("application/pdf"), "BR-CL")).toEqual({});
    expect(firedIn(mime(" application/pdf"), "BR-CL")).toEqual({ "BR-CL-24": 1 });
  });
});
