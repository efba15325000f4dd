import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateXml } from "../../../src/einvoice/validate.js";
import { normalizeXmlSpace, trimXmlSpace } from "../../../src/einvoice/xml/xml-space.js";

const NBSP = "\u00a0";
const CORPUS = path.resolve(import.meta.dirname, "../../../../shared/corpus");
// A Danish EN 16931 CII invoice of the CEN examples: valid, currency DKK, VAT category S on its lines and breakdown.
// The expected rule ids and counts below are those the official CII XSLT 1.3.16 gives on the same mutants (Saxon-HE
// 9.9, outside the suite); on the amount preceded by a no-break space Saxon stops, and the rule fires (docs/validation.md).
const DANISH = fs.readFileSync(path.join(CORPUS, "en16931/cii/examples/CII_example4.xml"), "utf8");

const rulesOf = (xml: string) => validateXml(xml, { sets: ["en16931"] }).findings.map((f) => f.rule);

describe("XML white space (space, tab, CR, LF), as XPath reads it", () => {
  it("trims and collapses XML white space only: a no-break space is a character like any other", () => {
    expect(trimXmlSpace(" \t\r\nS \n")).toBe("S");
    expect(trimXmlSpace(`${NBSP}S `)).toBe(`${NBSP}S`);
    expect(trimXmlSpace(" \n\t ")).toBe("");
    expect(normalizeXmlSpace("  a \t\n b  ")).toBe("a b");
    expect(normalizeXmlSpace(` S${NBSP} `)).toBe(`S${NBSP}`);
    expect(normalizeXmlSpace(`a${NBSP}${NBSP}b`)).toBe(`a${NBSP}${NBSP}b`);
    expect(normalizeXmlSpace(undefined)).toBe("");
    expect(normalizeXmlSpace("380")).toBe("380");
  });

  it("leaves the unchanged invoice valid, and a code padded with XML white space is still the code", () => {
    expect(rulesOf(DANISH)).toEqual([]);
    const padded = DANISH.replaceAll("<ram:CategoryCode>S</ram:CategoryCode>", "<ram:CategoryCode>\n S \t</ram:CategoryCode>");
    expect(padded).not.toBe(DANISH);
    expect(rulesOf(padded)).not.toContain("BR-CL-18");
  });

  it("reads a code with a no-break space beside it as outside its code list (normalize-space keeps it)", () => {
    const category = DANISH.replaceAll("<ram:CategoryCode>S</ram:CategoryCode>", `<ram:CategoryCode> S${NBSP}</ram:CategoryCode>`);
    expect(rulesOf(category).filter((r) => r === "BR-CL-18")).toHaveLength(5);
    const type = DANISH.replace("<ram:TypeCode>380</ram:TypeCode>", `<ram:TypeCode> 380${NBSP}</ram:TypeCode>`);
    expect(rulesOf(type)).toContain("BR-CL-01");
    const currency = DANISH.replace("<ram:InvoiceCurrencyCode>DKK</ram:InvoiceCurrencyCode>", `<ram:InvoiceCurrencyCode>DKK${NBSP} </ram:InvoiceCurrencyCode>`);
    expect(rulesOf(currency)).toContain("BR-CL-04");
  });

  it("does not read an amount with a no-break space before it as a decimal (the cast to xs:decimal fails)", () => {
    const amount = DANISH.replace(/<ram:LineTotalAmount>([^<]*)<\/ram:LineTotalAmount>/, `<ram:LineTotalAmount>${NBSP}$1</ram:LineTotalAmount>`);
    expect(amount).not.toBe(DANISH);
    expect(rulesOf(amount)).toContain("BR-S-08");
  });
});
