// Exact decimals for the VAT rules: a BigInt numerator and a power-of-ten scale, never a float.
import { scanDecimal, scanned } from "./decimal-text.js";
import { trimXmlSpace } from "../../xml/xml-space.js";

/** value = n / 10^s */
export interface Dec {
  n: bigint;
  s: number;
}

export const ZERO: Dec = { n: 0n, s: 0 };
const DOUBLE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

function pow10(k: number): bigint {
  return POW10[k] ?? 10n ** BigInt(k);
}

/** Reads an xs:decimal (surrounding white space allowed); undefined when absent or not a decimal. */
export function parseDecimal(text: string | undefined): Dec | undefined {
  if (text === undefined) return undefined;
  const t = trimXmlSpace(text);
  const s = scanDecimal(t, 0, t.length);
  return s < 0 ? undefined : { n: scanned.units, s };
}

/** Reads a value the way XPath casts untyped text to a number in a comparison (xs:double lexical forms included). */
export function parseNumber(text: string | undefined): Dec | undefined {
  const d = parseDecimal(text);
  if (d || text === undefined) return d;
  const t = trimXmlSpace(text);
  if (!DOUBLE.test(t)) return undefined;
  const [mantissa = "", exponent = "0"] = t.split(/[eE]/);
  const m = parseDecimal(mantissa);
  if (!m) return undefined;
  const e = Number(exponent);
  if (Math.abs(e) > 400) return undefined;
  return e >= 0 ? { n: m.n * pow10(e), s: m.s } : { n: m.n, s: m.s - e };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const s = Math.max(a.s, b.s);
  return [a.n * pow10(s - a.s), b.n * pow10(s - b.s), s];
}

/** a + b */
export function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x + y, s };
}

/** a − b */
export function sub(a: Dec, b: Dec): Dec {
  const [x, y, s] = align(a, b);
  return { n: x - y, s };
}

/** a × b */
export function mul(a: Dec, b: Dec): Dec {
  return { n: a.n * b.n, s: a.s + b.s };
}

/** a ÷ 100, exact. */
export function divBy100(a: Dec): Dec {
  return { n: a.n, s: a.s + 2 };
}

/** |a| */
export function abs(a: Dec): Dec {
  return a.n < 0n ? { n: -a.n, s: a.s } : a;
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The sum of the values. */
export function sum(values: Iterable<Dec>): Dec {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

/** XPath `round(x * 100) div 100`: to the cent, halves rounded towards positive infinity (round(-2.5) = -2). */
export function roundCents(a: Dec): Dec {
  if (a.s <= 2) return a;
  const d = pow10(a.s - 2);
  const shifted = a.n * 2n + d; // 2·(x·100·d) + d, floored by 2d: floor(x·100 + 0.5)
  const q = shifted / (2n * d);
  const floor = shifted % (2n * d) < 0n ? q - 1n : q;
  return { n: floor, s: 2 };
}

/** One, to write `x − 1 < y < x + 1`. */
export const ONE: Dec = { n: 1n, s: 0 };

/** True when |a − b| < 1, the tolerance of the artefacts' VAT amount checks. */
export function withinOne(a: Dec, b: Dec): boolean {
  return cmp(sub(a, ONE), b) < 0 && cmp(add(a, ONE), b) > 0;
}

// The artefacts compute a few comparisons in xs:double (untyped text in arithmetic becomes a double). To fire exactly
// when they do, those comparisons are reproduced here with the same IEEE doubles; amounts themselves stay decimals.

// The double's bits, read through one shared buffer (no buffer and view made per call); the high word's index in the
// 32-bit view depends on the platform's byte order.
const BITS = new Float64Array(1);
const WORDS = new Uint32Array(BITS.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;
// 5^k for the exponents amounts usually have (a few dozen), made once; larger ones are computed when asked.
const POW5: bigint[] = [1n];
const POW5_KEPT = 128;

function pow5(k: number): bigint {
  if (k > POW5_KEPT) return 5n ** BigInt(k);
  while (POW5.length <= k) POW5.push((POW5[POW5.length - 1] as bigint) * 5n);
  return POW5[k] as bigint;
}

/** The exact decimal value of a finite double (as Java's `new BigDecimal(double)`), undefined for NaN/Infinity. */
export function decimalOfDouble(x: number): Dec | undefined {
  if (!Number.isFinite(x)) return undefined;
  BITS[0] = x;
  const hi = WORDS[HIGH] as number;
  const lo = WORDS[LOW] as number;
  const sign = hi >>> 31 ? -1n : 1n;
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e = -1074;
  if (exponent !== 0) {
    mantissa |= 1n << 52n;
    e = exponent - 1075;
  }
  if (e >= 0) return { n: sign * (mantissa << BigInt(e)), s: 0 };
  // mantissa / 2^k = mantissa × 5^k / 10^k
  return { n: sign * mantissa * pow5(-e), s: -e };
}

/** The decimal written out (`-12.50`). */
export function decimalString(a: Dec): string {
  const negative = a.n < 0n;
  const digits = (negative ? -a.n : a.n).toString().padStart(a.s + 1, "0");
  const body = a.s > 0 ? `${digits.slice(0, -a.s)}.${digits.slice(-a.s)}` : digits;
  return negative ? `-${body}` : body;
}

// 10^0 … 10^22: the powers of ten a double holds exactly (read from their text, exact by definition).
const POW10_DOUBLE: number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const MAX_EXACT = 2n ** 53n;

/** The nearest double of a decimal (XPath's promotion of xs:decimal to xs:double). */
export function doubleOf(a: Dec): number {
  // Digits and power of ten both exact doubles: IEEE division rounds the exact quotient to the nearest double, which
  // is what reading the decimal's text gives (the common case: amounts and rates with a few decimals), no string.
  if (a.s >= 0 && a.s < POW10_DOUBLE.length && a.n <= MAX_EXACT && a.n >= -MAX_EXACT) return Number(a.n) / (POW10_DOUBLE[a.s] as number);
  return Number(decimalString(a));
}

/** Untyped text cast to xs:double, or undefined when it is not a number. */
export function doubleOfText(text: string | undefined): number | undefined {
  const d = parseNumber(text);
  return d ? doubleOf(d) : undefined;
}
