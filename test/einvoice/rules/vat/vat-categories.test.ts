import { describe, expect, it } from "vitest";
import { parseXml } from "../../../../src/einvoice/xml/parse-xml.js";
import { cii, firedIn, firedOn, ubl } from "./vat-documents.js";

describe("BR-x-01 (breakdown presence)", () => {
  it("Z: exactly one zero-rated breakdown when a line is zero rated, in both syntaxes", () => {
    for (const build of [cii, ubl]) {
      const lines = [{ cat: "Z", rate: "0", amount: "10" }];
      expect(firedIn(build({ lines, breakdowns: [{ cat: "Z", rate: "0", basis: "10", tax: "0" }] }), "BR-Z")).toEqual({});
      expect(firedIn(build({ lines, breakdowns: [] }), "BR-Z")).toEqual({ "BR-Z-01": 1 });
      const two = build({ lines, breakdowns: [{ cat: "Z", rate: "0", basis: "5", tax: "0" }, { cat: "Z", rate: "0", basis: "5", tax: "0" }] });
      expect(firedIn(two, "BR-Z")["BR-Z-01"]).toBe(1);
    }
  });
});

describe("BR-x-02 (party identifiers)", () => {
  it("CII fires once per standard-rated line without a seller VAT id; UBL once per invoice", () => {
    const d = { sellerVat: false, lines: [{ cat: "S", rate: "20", amount: "10" }, { cat: "S", rate: "20", amount: "10" }], breakdowns: [{ cat: "S", rate: "20", basis: "20", tax: "4" }] };
    expect(firedIn(cii(d), "BR-S")).toEqual({ "BR-S-02": 2 });
    expect(firedIn(ubl(d), "BR-S")).toEqual({ "BR-S-02": 1 });
  });

  it("K needs the buyer's VAT id too; O forbids every VAT id", () => {
    const k = { lines: [{ cat: "K", rate: "0", amount: "10" }], breakdowns: [{ cat: "K", rate: "0", basis: "10", tax: "0", reason: "Intracom" }], delivery: "" };
    expect(firedIn(ubl({ ...k, buyerVat: true }), "BR-IC")).not.toHaveProperty("BR-IC-02");
    expect(firedIn(ubl({ ...k, buyerVat: false }), "BR-IC")).toHaveProperty("BR-IC-02", 1);
    const o = { lines: [{ cat: "O", amount: "10" }], breakdowns: [{ cat: "O", basis: "10", tax: "0", reason: "Hors champ" }] };
    expect(firedIn(cii({ ...o, sellerVat: false }), "BR-O")).toEqual({});
    expect(firedIn(cii(o), "BR-O")).toEqual({ "BR-O-02": 1 });
  });
});

describe("BR-IC-11/12 (intra-community supply)", () => {
  const k = { buyerVat: true, lines: [{ cat: "K", rate: "0", amount: "10" }], breakdowns: [{ cat: "K", rate: "0", basis: "10", tax: "0", reason: "Intracom" }] };

  it("requires the delivery date or invoicing period, and the delivery country", () => {
    expect(firedIn(ubl(k), "BR-IC")).toEqual({ "BR-IC-11": 1, "BR-IC-12": 1 });
    const delivered = ubl({
      ...k,
      delivery: "<cbc:ActualDeliveryDate>2026-11-02</cbc:ActualDeliveryDate><cac:DeliveryLocation><cac:Address><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation>",
    });
    expect(firedIn(delivered, "BR-IC")).toEqual({});
    const ciiDelivered = cii({
      ...k,
      delivery:
        '<ram:ShipToTradeParty><ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:ShipToTradeParty><ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime><udt:DateTimeString format="102">20261102</udt:DateTimeString></ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>',
    });
    expect(firedIn(ciiDelivered, "BR-IC")).toEqual({});
    expect(firedIn(cii(k), "BR-IC")).toEqual({ "BR-IC-11": 1, "BR-IC-12": 1 });
  });
});

describe("BR-O-11 … 14 (not subject to VAT stands alone)", () => {
  it("an O breakdown with another category elsewhere fires each applicable rule", () => {
    const d = {
      sellerVat: false,
      lines: [{ cat: "O", amount: "10" }, { cat: "S", rate: "20", amount: "10" }],
      allowanceCharges: [{ charge: true, amount: "1", cat: "S", rate: "20" }],
      breakdowns: [
        { cat: "O", basis: "10", tax: "0", reason: "Hors champ" },
        { cat: "S", rate: "20", basis: "11", tax: "2.2" },
      ],
    };
    expect(firedIn(ubl(d), "BR-O")).toEqual({ "BR-O-11": 1, "BR-O-12": 1, "BR-O-14": 1 });
    // CII: the artefact tests any ApplicableTradeTax (11, 12) or CategoryTradeTax (13, 14) of another category
    expect(firedIn(cii(d), "BR-O")).toEqual({ "BR-O-11": 1, "BR-O-12": 1, "BR-O-13": 1, "BR-O-14": 1 });
  });
});

describe("BR-x-10 (exemption reason)", () => {
  it("E requires it, S forbids it", () => {
    for (const build of [cii, ubl]) {
      expect(firedIn(build({ lines: [{ cat: "E", rate: "0", amount: "10" }], breakdowns: [{ cat: "E", rate: "0", basis: "10", tax: "0" }] }), "BR-E")).toEqual({ "BR-E-10": 1 });
      expect(firedIn(build({ lines: [{ cat: "S", rate: "20", amount: "10" }], breakdowns: [{ cat: "S", rate: "20", basis: "10", tax: "2", reason: "Non" }] }), "BR-S")).toEqual({ "BR-S-10": 1 });
    }
  });
});

describe("per-document facts", () => {
  it("are recomputed when another document comes in between (no stale facts)", () => {
    const good = cii({ lines: [{ cat: "S", rate: "20", amount: "10" }], breakdowns: [{ cat: "S", rate: "20", basis: "10", tax: "2" }] });
    const bad = cii({ lines: [{ cat: "S", rate: "20", amount: "10" }], breakdowns: [{ cat: "S", rate: "20", basis: "12", tax: "2.4" }] });
    const goodTree = parseXml(good).root;
    const badTree = parseXml(bad).root;
    expect(firedOn(goodTree)["BR-S-08"]).toBeUndefined();
    expect(firedOn(badTree)["BR-S-08"]).toBe(1);
    expect(firedOn(goodTree)["BR-S-08"]).toBeUndefined();
    expect(firedOn(badTree)["BR-S-08"]).toBe(1);
  });
});
