import { describe, expect, it } from "vitest";
import { parseXml } from "../../xml/parse-xml.js";
import { creditTransfersWithoutOneAccountId } from "./facturx-payment-account.js";
import { compileFailing, documentOf } from "./fx-xpath-select.js";
import { parseXPath } from "./fx-xpath-parse.js";

const NS =
  'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"';

/** The official assertion of BR-CO-27, run by the XPath subset (what the rule ran before). */
const OFFICIAL = compileFailing(
  parseXPath("//ram:SpecifiedTradeSettlementPaymentMeans[normalize-space(ram:TypeCode) = '30' or normalize-space(ram:TypeCode) = '58']"),
  parseXPath(
    "(ram:PayeePartyCreditorFinancialAccount/ram:IBANID or ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID) and not(ram:PayeePartyCreditorFinancialAccount/ram:IBANID and ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID)",
  ),
);

const TYPES = ["30", "58", " 30 ", "\n58", "31", "3 0", "", "30\u00a0"];
const ACCOUNT_PARTS = ["<ram:IBANID>FR76</ram:IBANID>", "<ram:ProprietaryID>X</ram:ProprietaryID>", "<ram:AccountName>A</ram:AccountName>", "<ram:IBANID/>"];

/** Deterministic invoices: payment means of various type codes (none, one or two) with accounts giving either id. */
function invoices(count: number): string[] {
  let seed = 11;
  const random = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return Math.floor((seed / 2 ** 32) * n);
  };
  const many = (n: number, make: () => string) => Array.from({ length: random(n) }, make).join("");
  return Array.from({ length: count }, () => {
    const means = many(4, () => {
      const types = many(3, () => `<ram:TypeCode>${TYPES[random(TYPES.length)]}</ram:TypeCode>`);
      const accounts = many(3, () => `<ram:PayeePartyCreditorFinancialAccount>${many(3, () => ACCOUNT_PARTS[random(ACCOUNT_PARTS.length)] as string)}</ram:PayeePartyCreditorFinancialAccount>`);
      const stray = random(4) === 0 ? "<ram:IBANID>FR76</ram:IBANID>" : "";
      return `<ram:SpecifiedTradeSettlementPaymentMeans>${types}${stray}${accounts}</ram:SpecifiedTradeSettlementPaymentMeans>`;
    });
    return `<rsm:CrossIndustryInvoice ${NS}><rsm:SupplyChainTradeTransaction><ram:ApplicableHeaderTradeSettlement>${means}</ram:ApplicableHeaderTradeSettlement></rsm:SupplyChainTradeTransaction></rsm:CrossIndustryInvoice>`;
  });
}

describe("BR-CO-27 read without XPath", () => {
  it("fails on the same payment means as the official assertion", () => {
    const documents = invoices(500);
    let failures = 0;
    let passes = 0;
    for (const xml of documents) {
      const root = parseXml(xml).root;
      const expected = OFFICIAL(documentOf(root)) ?? [];
      expect(creditTransfersWithoutOneAccountId(root)).toEqual(expected);
      failures += expected.length;
      if (expected.length === 0) passes++;
    }
    // The generated invoices exercise both outcomes.
    expect(failures).toBeGreaterThan(50);
    expect(passes).toBeGreaterThan(50);
  });
});
