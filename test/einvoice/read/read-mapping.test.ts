import { describe, expect, it } from "vitest";
import { compare } from "../../../src/einvoice/model/decimal.js";
import type { Invoice } from "../../../src/einvoice/model/invoice.js";
import type { Value } from "../../../src/einvoice/model/value.js";
import { readInvoiceXml } from "../../../src/einvoice/read-invoice.js";
import { first, pathOf } from "../../../src/einvoice/xml/xml-tree.js";
import { readCorpusFile } from "./corpus-files.js";

// CEN example 2 (invoice TOSL108) exists in both syntaxes: the values below were read by eye in both files.
const CII = "en16931/cii/examples/CII_example2.xml";
const UBL = "en16931/ubl/examples/ubl-tc434-example2.xml";

const v = (x: Value | undefined) => x?.value;
const amount = (x: Value | undefined, expected: string) => expect(x && compare(x.value, expected), `${x?.value} = ${expected}`).toBe(0);

function expectTosl108(m: Invoice): void {
  expect([v(m.number), v(m.issueDate), v(m.typeCode), v(m.currency), v(m.dueDate)]).toEqual(["TOSL108", "2013-06-30", "380", "NOK", "2013-07-20"]);
  expect(v(m.notes[0]?.text)).toBe("Ordered in our booth at the convention");
  expect([v(m.purchaseOrderReference), v(m.contractReference), v(m.buyerAccountingReference)]).toEqual(["123", "Contract321", "Project cost code 123"]);
  expect([v(m.invoicingPeriod?.start), v(m.invoicingPeriod?.end)]).toEqual(["2013-06-01", "2013-06-30"]);

  const s = m.seller;
  expect([v(s.name), v(s.legalRegistrationId), v(s.vatId)]).toEqual(["Salescompany ltd.", "123456789", "NO123456789MVA"]);
  expect(s.identifiers.map((i) => [i.value, i.scheme?.value])).toEqual([["1238764941386", "0088"]]);
  expect([v(s.address.line1), v(s.address.line2), v(s.address.city), v(s.address.postCode), v(s.address.countrySubdivision), v(s.address.countryCode)]).toEqual([
    "Main street 34",
    "Suite 123",
    "Big city",
    "303",
    "RegionA",
    "NO",
  ]);
  expect([v(s.contact?.point), v(s.contact?.telephone), v(s.contact?.email)]).toEqual(["Antonio Salesmacher", "46211230", "antonio@salescompany.no"]);

  const b = m.buyer;
  expect([v(b.name), v(b.identifier), b.identifier?.scheme?.value, v(b.legalRegistrationId), v(b.vatId), v(b.address.city)]).toEqual([
    "The Buyercompany",
    "3456789012098",
    "0088",
    "987654321",
    "NO987654321MVA",
    "Anytown",
  ]);
  expect([v(m.payee?.name), v(m.payee?.identifier), v(m.payee?.legalRegistrationId)]).toEqual(["Ebeneser Scrooge AS", "2298740918237", "989823401"]);
  expect([v(m.taxRepresentative?.name), v(m.taxRepresentative?.vatId), v(m.taxRepresentative?.address.city)]).toEqual(["Tax handling company AS", "NO967611265MVA", "Newtown"]);

  const doc1 = m.supportingDocuments.find((d) => d.reference?.value === "Doc1");
  expect([v(doc1?.externalLocation), v(doc1?.description)]).toEqual(["http://www.suppliersite.eu/sheet001.html", "Timesheet"]);

  const t = m.totals;
  amount(t.lineNetTotal, "1436.5");
  amount(t.allowanceTotal, "100");
  amount(t.chargeTotal, "100");
  amount(t.taxExclusiveTotal, "1436.5");
  amount(t.vatTotal, "365.28");
  amount(t.taxInclusiveTotal, "1801.78");
  amount(t.paidAmount, "1000");
  amount(t.amountDue, "801.78");
  expect(m.allowances.map((a) => [v(a.reason), v(a.vatCategory), v(a.vatRate)])).toEqual([["Promotion discount", "S", "25"]]);
  expect(m.charges.map((a) => [v(a.reason), v(a.vatCategory), v(a.vatRate)])).toEqual([["Freight", "S", "25"]]);
  expect(m.vatBreakdown.map((x) => [v(x.category), v(x.rate)])).toEqual([
    ["S", "25"],
    ["S", "15"],
    ["E", "0"],
  ]);
  expect(v(m.vatBreakdown[2]?.exemptionReason)).toBe("Exempt New Means of Transport");

  const l = m.lines[0];
  expect([v(l?.id), v(l?.note), v(l?.orderLineRef), v(l?.buyerAccountingRef), v(l?.vatCategory), v(l?.vatRate)]).toEqual([
    "1",
    "Scratch on box",
    "1",
    "BookingCode001",
    "S",
    "25",
  ]);
  amount(l?.netAmount, "1273");
  amount(l?.price.netPrice, "1273");
  amount(l?.allowances[0]?.amount, "12");
  amount(l?.charges[0]?.amount, "12");
  expect([v(l?.allowances[0]?.reason), v(l?.charges[0]?.reason)]).toEqual(["Damage", "Testing"]);
  const item = l?.item;
  expect([v(item?.name), v(item?.sellerId), v(item?.standardId), item?.standardId?.scheme?.value, v(item?.countryOfOrigin)]).toEqual([
    "Laptop computer",
    "JB007",
    "1234567890128",
    "0088",
    "DE",
  ]);
  expect(item?.attributes.map((a) => [v(a.name), v(a.value)])).toEqual([["Color", "Black"]]);
  expect(m.lines).toHaveLength(5);
}

describe("mapping onto the EN 16931 model", () => {
  it("reads CEN example 2 in CII", () => {
    const read = readInvoiceXml(readCorpusFile(CII));
    expect([read.syntax, read.kind, read.profile]).toEqual(["CII", "Invoice", "EN 16931"]);
    const m = read.model;
    expectTosl108(m);
    // CII specifics: BT-7 from the VAT breakdown, BT-86 beside the account, BT-125 attachment, gross price and discount.
    expect(v(m.taxPointDate)).toBe("2013-06-30");
    expect(m.payment?.creditTransfers.map((c) => [v(c.accountId), v(c.serviceProviderId)])).toEqual([
      ["NO9386011117947", "DNBANOKK"],
      ["NO9386011117947", undefined],
    ]);
    expect(v(m.payment?.remittanceInformation)).toBe("0003434323213231");
    expect(m.payment?.path).toMatch(/ram:SpecifiedTradeSettlementPaymentMeans\[1\]$/);
    expect(m.supportingDocuments.find((d) => d.attachment)?.attachment?.filename?.value).toBe("EHF.pdf");
    amount(m.lines[0]?.price.grossPrice, "1498");
    amount(m.lines[0]?.price.discount, "225");
    expect([v(m.lines[0]?.period?.start), v(m.lines[0]?.period?.end)]).toEqual(["2013-06-01", "2013-06-01"]);
    expect(v(m.lines[0]?.item.classifications[0])).toBe("65434568");
    expect(m.lines[0]?.item.classifications[0]?.scheme?.value).toBe("STI");
  });

  it("reads CEN example 2 in UBL", () => {
    const read = readInvoiceXml(readCorpusFile(UBL));
    expect([read.syntax, read.kind, read.profile]).toEqual(["UBL", "Invoice", "EN 16931"]);
    expectTosl108(read.model);
    expect(v(read.model.process.businessProcess)).toBe("Invoicing on purchase order");
    expect(v(read.model.taxPointDateCode)).toBe("3");
  });

  it("gives every value the path of its element, attributes included", () => {
    const read = readInvoiceXml(readCorpusFile(CII));
    const m = read.model;
    expect(m.number?.path).toBe("/rsm:CrossIndustryInvoice/rsm:ExchangedDocument[1]/ram:ID[1]");
    const sellerName = first(read.tree, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:SellerTradeParty/ram:Name");
    expect(m.seller.name?.path).toBe(sellerName && pathOf(sellerName));
    expect(m.lines[1]?.path).toBe("/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction[1]/ram:IncludedSupplyChainTradeLineItem[2]");
    expect(m.seller.identifiers[0]?.scheme?.path).toMatch(/ram:GlobalID\[1\]\/@schemeID$/);
    const ubl = readInvoiceXml(readCorpusFile(UBL)).model;
    expect(ubl.number?.path).toBe("/Invoice/cbc:ID[1]");
    expect(ubl.lines[0]?.quantityUnit?.path).toBe("/Invoice/cac:InvoiceLine[1]/cbc:InvoicedQuantity[1]/@unitCode");
  });

  it("tells BT-110 from BT-111 (VAT total in the accounting currency) in both syntaxes", () => {
    const cii = readInvoiceXml(readCorpusFile("en16931/cii/examples/CII_example5.xml")).model;
    expect([v(cii.currency), v(cii.vatCurrency), v(cii.totals.vatTotal), v(cii.totals.vatTotalAccounting)]).toEqual(["DKK", "EUR", "675.00", "628.62"]);
    const ubl = readInvoiceXml(readCorpusFile("en16931/test/testfiles/BIS_Billing_30-Valutor i faktura.xml")).model;
    expect([v(ubl.currency), v(ubl.vatCurrency), v(ubl.totals.vatTotal), v(ubl.totals.vatTotalAccounting)]).toEqual(["USD", "SEK", "23000", "205845.40"]);
    expect(ubl.vatBreakdown.every((b) => b.taxAmount?.currency?.value === "USD")).toBe(true);
  });

  it("reads BT-21 from the #CODE#text convention of UBL notes", () => {
    const notes = readInvoiceXml(readCorpusFile("akretion-facturx/tests/fixtures/xml/ubl-21-en16931.xml")).model.notes;
    expect(notes.map((n) => [v(n.subjectCode), v(n.text)])).toContainEqual(["AAI", "Ceci est une information générale"]);
  });

  it("reads a UBL credit note and EXTENDED line data", () => {
    const cn = readInvoiceXml(readCorpusFile("en16931/ubl/examples/ubl-tc434-creditnote1.xml"));
    expect([cn.kind, v(cn.model.typeCode)]).toEqual(["CreditNote", "381"]);
    expect(cn.model.lines.length).toBeGreaterThan(0);
    const extended = readInvoiceXml(readCorpusFile("akretion-facturx/tests/fixtures/xml/factur-x-extended.xml"));
    expect(extended.profile).toBe("EXTENDED");
    // Its first line carries two notes: the first is BT-127, the second stays for display with its subject code.
    const line = extended.model.lines[0];
    expect(line?.note?.value).toBe("DONT 0,50 EUR de DEEE");
    expect(line?.extended?.noteSubjectCode?.value).toBe("BLU");
    expect(line?.extended?.notes.map((n) => [v(n.subjectCode), v(n.text)])).toEqual([["SUR", "AUTRE NOTE"]]);
    expect(extended.model.notes.map((n) => v(n.subjectCode))).toEqual(["REG", "ABL", "AAI", "PMD", "PMT", "AAB"]);
  });
});
