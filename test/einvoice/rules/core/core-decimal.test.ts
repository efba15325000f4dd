import { describe, expect, it } from "vitest";
import { decimalFromDouble, equals, formatDecimal, parseDecimal, round, roundCents } from "../../../../src/einvoice/rules/support/core-decimal.js";
import { charsAfterPoint, hasText, normalizeSpace, parseBoolean, parseDate, parseDouble } from "../../../../src/einvoice/rules/support/core-xpath.js";
import { parseXml } from "../../../../src/einvoice/xml/parse-xml.js";

const d = (text: string) => {
  const value = parseDecimal(text);
  if (!value) throw new Error(`not a decimal: ${text}`);
  return value;
};

describe("core-decimal (xs:decimal as Saxon computes it)", () => {
  it("reads the xs:decimal lexical forms and refuses the others", () => {
    expect(formatDecimal(d(" -12.50 "))).toBe("-12.50");
    expect(formatDecimal(d("5."))).toBe("5");
    expect(formatDecimal(d(".5"))).toBe("0.5");
    expect(formatDecimal(d("+3"))).toBe("3");
    for (const bad of ["", ".", "1e2", "1,5", "abc", "1 2", "--1", "INF"]) expect(parseDecimal(bad), bad).toBeUndefined();
  });

  it("rounds halves toward positive infinity, as XPath round()", () => {
    expect(formatDecimal(round(d("2.5")))).toBe("3");
    expect(formatDecimal(round(d("-2.5")))).toBe("-2");
    expect(formatDecimal(round(d("-2.51")))).toBe("-3");
    expect(formatDecimal(roundCents(d("100.005")))).toBe("100.01");
    expect(formatDecimal(roundCents(d("-2.345")))).toBe("-2.34");
  });

  it("converts a double to its exact binary value (1.005 is just below 1.005)", () => {
    const exact = decimalFromDouble(1.005);
    if (!exact) throw new Error("finite");
    expect(formatDecimal(exact).startsWith("1.00499999999999989")).toBe(true);
    expect(formatDecimal(roundCents(exact))).toBe("1.00");
    expect(equals(d("1.50"), d("1.5"))).toBe(true);
    expect(decimalFromDouble(Number.NaN)).toBeUndefined();
  });
});

describe("core-xpath (values as the Schematron reads them)", () => {
  it("normalises XML whitespace only: a non-breaking space is text", () => {
    expect(normalizeSpace("  a \t\n b  ")).toBe("a b");
    expect(normalizeSpace("\u00a0")).toBe("\u00a0");
    const { root } = parseXml("<a><b> \n </b><c>\u00a0</c></a>");
    expect(hasText(root.children[0])).toBe(false);
    expect(hasText(root.children[1])).toBe(true);
  });

  it("casts to xs:double, xs:boolean and xs:date, refusing invalid forms", () => {
    expect(parseDouble(" 1e2 ")).toBe(100);
    expect(parseDouble("abc")).toBeUndefined();
    expect(parseBoolean(" 0 ")).toBe(false);
    expect(parseBoolean("FALSE")).toBeUndefined();
    expect(parseDate("2024-02-29")).toBeDefined();
    expect(parseDate("2023-02-29")).toBeUndefined();
    expect(parseDate("2025-01-01+14:00")! < parseDate("2025-01-01")!).toBe(true);
  });

  it("counts every character after the first point, spaces included", () => {
    const { root } = parseXml("<a><b>12.50 </b><c>12</c><d>1.2.3</d></a>");
    expect(root.children.map((c) => charsAfterPoint(c))).toEqual([3, 0, 3]);
  });
});
