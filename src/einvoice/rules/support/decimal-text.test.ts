import { describe, expect, it } from "vitest";
import { parseDecimal as coreDecimal } from "./core-decimal.js";
import { parseDecimal as vatDecimal } from "./vat-decimal.js";

// The two readings as regular expressions, the way they were written before the hand-made scan: the oracle.
const CORE = /^[ \t\r\n]*([+-]?)(\d*)(?:\.(\d*))?[ \t\r\n]*$/;
const VAT = /^([+-]?)(\d*)(?:\.(\d*))?$/;

function byExpression(text: string, expression: RegExp): { units: bigint; scale: number } | undefined {
  const m = expression.exec(text);
  if (!m) return undefined;
  const whole = m[2] ?? "";
  const fraction = m[3] ?? "";
  if (whole.length === 0 && fraction.length === 0) return undefined;
  const digits = BigInt(`${whole}${fraction}`);
  return { units: m[1] === "-" ? -digits : digits, scale: fraction.length };
}

function generator(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return s / 2 ** 32;
  };
}

// Mostly digits, with the characters that make a text a decimal or not, and white space of every kind.
const ALPHABET = ["0", "1", "2", "5", "9", "0", "7", ".", ".", "-", "+", " ", "\t", "\n", "\r", "\u00a0", "e", "E", "a", ",", "\u0663", "\ufeff"];

function texts(): string[] {
  const next = generator(3);
  const out = ["", "-", "+", ".", "-.", "+.5", "5.", "-0", "0.000", "12345678901234567890.123", " 1.5\n", "\u00a01.5", "1 .5", "1..5", "--1", "999999999999999", "9999999999999999"];
  for (let i = 0; i < 30_000; i++) {
    let t = "";
    const length = 1 + Math.floor(next() * 22);
    for (let k = 0; k < length; k++) t += ALPHABET[Math.floor(next() * ALPHABET.length)];
    out.push(t);
  }
  return out;
}

describe("reading decimals by hand", () => {
  it("reads what the regular expressions read, and refuses what they refuse (core: XML white space around)", () => {
    let read = 0;
    for (const text of texts()) {
      const expected = byExpression(text, CORE);
      expect(coreDecimal(text)).toEqual(expected);
      if (expected) read++;
    }
    expect(read).toBeGreaterThan(1_000);
  });

  it("reads what the regular expression reads once trimmed of XML white space (VAT: a no-break space is not a space)", () => {
    let read = 0;
    for (const text of texts()) {
      const expected = byExpression(text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ""), VAT);
      expect(vatDecimal(text)).toEqual(expected && { n: expected.units, s: expected.scale });
      if (expected) read++;
    }
    expect(read).toBeGreaterThan(1_000);
  });
});
