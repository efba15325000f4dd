import { describe, expect, it } from "vitest";
import { cmp, type Dec, decimalOfDouble, decimalString, parseDecimal, parseNumber, roundCents, withinOne } from "../../../../src/einvoice/rules/support/vat-decimal.js";

const d = (s: string) => parseDecimal(s) as Dec;
const show = (x: Dec) => {
  const neg = x.n < 0n;
  const digits = (neg ? -x.n : x.n).toString().padStart(x.s + 1, "0");
  return `${neg ? "-" : ""}${x.s ? `${digits.slice(0, -x.s)}.${digits.slice(-x.s)}` : digits}`;
};

describe("VAT decimals", () => {
  it("reads xs:decimal forms exactly and refuses what is not a decimal", () => {
    expect(show(d(" 100.10 "))).toBe("100.10");
    expect(show(d("-.5"))).toBe("-0.5");
    expect(show(d("+7."))).toBe("7");
    for (const bad of ["", "1e3", "1,5", "abc", "--1", ".", "+", "-", "+-5", "1.2.3"]) expect(parseDecimal(bad)).toBeUndefined();
  });

  it("reads long values exactly, past the digits a double holds", () => {
    expect(show(d("12345678901234567890.123"))).toBe("12345678901234567890.123");
    expect(show(d("-9999999999999999"))).toBe("-9999999999999999");
    expect(show(d("0012.3400"))).toBe("12.3400");
  });

  it("reads numbers as XPath casts untyped text in a comparison (exponents included)", () => {
    expect(cmp(parseNumber("1E2") as Dec, d("100"))).toBe(0);
    expect(cmp(parseNumber("2.5e-1") as Dec, d("0.25"))).toBe(0);
    expect(parseNumber("vingt")).toBeUndefined();
  });

  it("rounds to the cent as XPath round() does: halves towards positive infinity", () => {
    expect(show(roundCents(d("2.345")))).toBe("2.35");
    expect(show(roundCents(d("-2.345")))).toBe("-2.34");
    expect(show(roundCents(d("-2.3451")))).toBe("-2.35");
    expect(show(roundCents(d("0.004999")))).toBe("0.00");
    expect(show(roundCents(d("12.3")))).toBe("12.3");
  });

  it("has the strict one-unit tolerance of the artefacts", () => {
    expect(withinOne(d("100.99"), d("100"))).toBe(true);
    expect(withinOne(d("101.00"), d("100"))).toBe(false);
    expect(withinOne(d("99.01"), d("100"))).toBe(true);
    expect(withinOne(d("99"), d("100"))).toBe(false);
  });

  it("gives the exact value of a double, as the artefacts' xs:decimal(double) does", () => {
    const exact = (x: number, text: string) => cmp(decimalOfDouble(x) as Dec, d(text));
    expect(exact(0.1, "0.1000000000000000055511151231257827021181583404541015625")).toBe(0);
    expect(exact(-2.5, "-2.5")).toBe(0);
    expect(exact(1e21, "1000000000000000000000")).toBe(0);
    expect(decimalString(d("-0.05"))).toBe("-0.05");
    expect(decimalOfDouble(Number.NaN)).toBeUndefined();
  });
});
