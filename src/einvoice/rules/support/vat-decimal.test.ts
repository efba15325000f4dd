import { describe, expect, it } from "vitest";
import { type Dec, decimalOfDouble, decimalString, doubleOf } from "./vat-decimal.js";

// A small deterministic generator: the same cases on every run.
function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

/** The exact value of a double as Java's `new BigDecimal(double)` gives it, written the plain way (bits read by a DataView). */
function exactByDataView(x: number): Dec {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (exponent !== 0) {
    mantissa |= 1n << 52n;
    e = exponent - 1075;
  }
  return e >= 0 ? { n: sign * (mantissa << BigInt(e)), s: 0 } : { n: sign * mantissa * 5n ** BigInt(-e), s: -e };
}

describe("doubleOf", () => {
  it("gives the double the decimal's text reads as, for small and large digits and scales", () => {
    const next = generator(7);
    for (let i = 0; i < 20_000; i++) {
      const digits = BigInt(Math.floor(next() * 10 ** (1 + Math.floor(next() * 15)))) * (next() < 0.1 ? 10n ** BigInt(Math.floor(next() * 10)) : 1n);
      const a: Dec = { n: next() < 0.3 ? -digits : digits, s: Math.floor(next() * 30) };
      expect(doubleOf(a)).toBe(Number(decimalString(a)));
    }
    for (const a of [{ n: 0n, s: 2 }, { n: 2n ** 53n, s: 3 }, { n: 2n ** 53n + 1n, s: 0 }, { n: -(2n ** 53n) - 1n, s: 22 }, { n: 123456789n, s: 40 }]) {
      expect(doubleOf(a)).toBe(Number(decimalString(a)));
    }
  });
});

describe("decimalOfDouble", () => {
  it("gives the exact value of every kind of double", () => {
    const next = generator(11);
    const values = [0, -0, 1, -1, 0.1, 1234.56, -99.99, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2 ** 53 + 2, 1e-300];
    for (let i = 0; i < 5_000; i++) values.push((next() - 0.5) * 10 ** Math.floor(next() * 40 - 20));
    for (const x of values) expect(decimalOfDouble(x)).toEqual(exactByDataView(x));
    expect(decimalOfDouble(Number.NaN)).toBeUndefined();
    expect(decimalOfDouble(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
