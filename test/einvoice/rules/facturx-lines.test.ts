import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXml } from "../../../src/einvoice/validate.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../../shared/corpus");
const read = (file: string) => fs.readFileSync(path.join(CORPUS, file), "utf8");
// Corpus invoices, changed one fact at a time. The expected ids and counts are those the official Factur-X 1.09 XSLT
// gives on the same mutants (run with Saxon-HE outside the suite).
const EXTENDED = read("akretion-facturx/tests/fixtures/xml/factur-x-extended.xml");
// A Dutch EN 16931 invoice (CEN example) and a German domestic one without delivery date (XRechnung-O).
const DUTCH = read("en16931/cii/examples/CII_example1.xml");
const GERMAN_NO_DATE = read("en16931/cii/examples/XRechnung-O.xml");

const fired = (xml: string, prefix: string) =>
  validateXml(xml, { sets: ["facturx"] })
    .findings.filter((f) => f.rule.startsWith(prefix))
    .map((f) => `${f.severity} ${f.path}`);
const LINE = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction[1]/ram:IncludedSupplyChainTradeLineItem";
const L1 = "<ram:LineID>1</ram:LineID>";

describe("Factur-X line hierarchy, item attributes, German delivery date", () => {
  it("stay silent on the unchanged invoices", () => {
    expect(fired(EXTENDED, "text:_BR_FXEXT_0")).toEqual([]);
    expect(fired(DUTCH, "FX-SCH-A-000354")).toEqual([]);
  });

  it("BR-FXEXT-06: a line with a parent, and the line it names, give their subtype", () => {
    const parent = EXTENDED.replace(L1, `${L1}<ram:ParentLineID>2</ram:ParentLineID>`);
    expect(fired(parent, "text:_BR_FXEXT_06_")).toEqual([`fatal ${LINE}[1]`, `fatal ${LINE}[2]`]);
    const detail = EXTENDED.replace(L1, `${L1}<ram:ParentLineID>2</ram:ParentLineID><ram:LineStatusReasonCode>DETAIL</ram:LineStatusReasonCode>`);
    expect(fired(detail, "text:_BR_FXEXT_06_")).toEqual([`fatal ${LINE}[2]`]);
  });

  it("BR-FXEXT-08: a GROUP line whose net amount is not the sum of its sub-lines is reported on every line", () => {
    const group = EXTENDED.replace(L1, `${L1}<ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>`);
    expect(fired(group, "text:_BR_FXEXT_08_")).toEqual([`fatal ${LINE}[1]`, `fatal ${LINE}[2]`, `fatal ${LINE}[3]`]);
  });

  it("BR-FXEXT-04: an item attribute type code outside UNTDID 6313 is a warning", () => {
    const tag = "<ram:ApplicableProductCharacteristic>";
    expect(EXTENDED).toContain(tag);
    const unknown = EXTENDED.replace(tag, `${tag}<ram:TypeCode>QQQ</ram:TypeCode>`);
    expect(fired(unknown, "text:_BR_FXEXT_04_")).toEqual([expect.stringMatching(/^warning .*ram:ApplicableProductCharacteristic\[1\]\/ram:TypeCode\[1\]$/)]);
    expect(fired(EXTENDED.replace(tag, `${tag}<ram:TypeCode> COLOR_TEXT </ram:TypeCode>`), "text:_BR_FXEXT_04_")).toEqual([]);
  });

  it("BR-FX-EN-04: a German domestic invoice whose delivery part says nothing, without delivery date, gets a warning", () => {
    // XRechnung-O has a period on each line, but no delivery date and an empty delivery part (BT-80 missing).
    const at = "rsm:SupplyChainTradeTransaction[1]";
    expect(fired(GERMAN_NO_DATE, "FX-SCH-A-000354")).toEqual([`warning /rsm:CrossIndustryInvoice/${at}`]);
    expect(fired(GERMAN_NO_DATE.replace("<ram:Name />", "<ram:Name>Berlin</ram:Name>"), "FX-SCH-A-000354")).toEqual([]);
    // Not domestic: one party outside Germany.
    expect(fired(GERMAN_NO_DATE.replace("<ram:CountryID>DE</ram:CountryID>", "<ram:CountryID>FR</ram:CountryID>"), "FX-SCH-A-000354")).toEqual([]);
    // A down payment invoice (386) is not concerned.
    expect(fired(GERMAN_NO_DATE.replace("<ram:TypeCode>380</ram:TypeCode>", "<ram:TypeCode>386</ram:TypeCode>"), "FX-SCH-A-000354")).toEqual([]);
  });
});
