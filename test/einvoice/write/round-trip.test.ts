import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInvoiceXml, validateXml, writeCii, writeUbl } from "../../../src/einvoice/index.js";
import { CORPUS_DIR } from "../../validation/official-verdicts.js";
import { businessTerms } from "./business-terms.js";
import { termDiff } from "./term-diff.js";

// The CEN examples and test files: 15 CII and 48 UBL invoices and credit notes, all valid EN 16931.
const FILES = ["en16931/cii/examples", "en16931/ubl/examples", "en16931/test/testfiles"].flatMap((dir) =>
  fs.readdirSync(path.join(CORPUS_DIR, dir)).map((f) => path.join(dir, f)),
);
const read = (xml: string | Buffer) => readInvoiceXml(xml).model;
const fatal = (xml: string) => validateXml(xml, { sets: ["en16931"] }).findings.filter((f) => f.severity === "fatal").map((f) => `${f.rule} ${f.path}`);

describe("writing CII and UBL", () => {
  it("covers the CEN examples", () => {
    expect(FILES.length).toBe(63);
  });

  it.each(FILES)("keeps every business term of %s through CII → UBL → CII and UBL → CII → UBL", (file) => {
    const source = fs.readFileSync(path.join(CORPUS_DIR, file));
    const original = read(source);
    const terms = businessTerms(original);
    const viaUbl = read(writeUbl(original));
    const viaCii = read(writeCii(original));
    expect(termDiff(terms, businessTerms(viaUbl))).toEqual([]);
    expect(termDiff(terms, businessTerms(viaCii))).toEqual([]);
    const back = read(source.includes("CrossIndustryInvoice") ? writeCii(viaUbl) : writeUbl(viaCii));
    expect(termDiff(terms, businessTerms(back))).toEqual([]);
  });

  it.each(FILES)("writes %s as CII and UBL that are still valid EN 16931", (file) => {
    const original = read(fs.readFileSync(path.join(CORPUS_DIR, file)));
    expect(fatal(writeCii(original))).toEqual([]);
    expect(fatal(writeUbl(original))).toEqual([]);
  });

  it("writes a credit note as a UBL CreditNote with its due date in the payment means", () => {
    const original = read(fs.readFileSync(path.join(CORPUS_DIR, "en16931/test/testfiles/CreditNote-Max_content.xml")));
    original.dueDate = { value: "2018-03-07" };
    const ubl = writeUbl(original);
    expect(read(ubl).dueDate?.value).toBe("2018-03-07");
    expect(ubl).toMatch(/<CreditNote [^>]*xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"/);
    expect(ubl).toContain("<cbc:PaymentDueDate>");
    expect(ubl).not.toContain("<cbc:DueDate>");
  });

  it("escapes what XML must escape", () => {
    const original = read(fs.readFileSync(path.join(CORPUS_DIR, "en16931/cii/examples/CII_example1.xml")));
    original.seller.name = { value: `Dupont & Fils <"SARL">` };
    expect(read(writeCii(original)).seller.name?.value).toBe(`Dupont & Fils <"SARL">`);
    expect(read(writeUbl(original)).seller.name?.value).toBe(`Dupont & Fils <"SARL">`);
  });
});
