// Exact xs:decimal arithmetic on BigInt, as the EN 16931 Schematron computes it (Saxon: BigDecimal, round half up
// toward positive infinity). Amounts are never floats here; doubles only enter where the artefact itself uses them.
import { scanDecimal, scanned } from "./decimal-text.js";

/** A decimal value: `units / 10^scale`, scale >= 0. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const POW10: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

/** 10^n as a BigInt (a table for the usual scales). */
function pow10(n: number): bigint {
  return POW10[n] ?? 10n ** BigInt(n);
}

const isXmlSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;

/** Parses the xs:decimal lexical form (surrounding whitespace allowed), or undefined when the text is not a decimal. */
export function parseDecimal(text: string): Decimal | undefined {
  let start = 0;
  let end = text.length;
  while (start < end && isXmlSpace(text.charCodeAt(start))) start++;
  while (end > start && isXmlSpace(text.charCodeAt(end - 1))) end--;
  const scale = scanDecimal(text, start, end);
  return scale < 0 ? undefined : { units: scanned.units, scale };
}

/** The exact value of a double (as Java's `new BigDecimal(double)`, which Saxon uses for xs:decimal(double)). */
export function decimalFromDouble(value: number): Decimal | undefined {
  if (!Number.isFinite(value)) return undefined;
  let x = value;
  let halvings = 0;
  // Doubling is exact in binary floating point: stop once the value is an integer (at most 1074 steps).
  while (!Number.isInteger(x)) {
    x *= 2;
    halvings++;
  }
  // units / 2^h = units * 5^h / 10^h
  return { units: BigInt(x) * 5n ** BigInt(halvings), scale: halvings };
}

/** An integer as a decimal. */
export function decimalOf(value: number): Decimal {
  return { units: BigInt(value), scale: 0 };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.units, b.units, a.scale];
  if (a.scale > b.scale) return [a.units, b.units * pow10(a.scale - b.scale), a.scale];
  return [a.units * pow10(b.scale - a.scale), b.units, b.scale];
}

/** a + b */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

/** a - b */
export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x - y, scale };
}

/** a × b */
export function mul(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** |a| */
export function abs(a: Decimal): Decimal {
  return a.units < 0n ? { units: -a.units, scale: a.scale } : a;
}

/** Sign of a - b: -1, 0 or 1. */
export function compare(a: Decimal, b: Decimal): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** a = b, by value (1.50 = 1.5). */
export function equals(a: Decimal, b: Decimal): boolean {
  return compare(a, b) === 0;
}

function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n % d !== 0n && n < 0n !== d < 0n ? q - 1n : q;
}

/** XPath round(): to the nearest integer, halves toward positive infinity (round(-2.5) = -2). */
export function round(a: Decimal): Decimal {
  if (a.scale === 0) return a;
  const unit = pow10(a.scale);
  return { units: floorDiv(2n * a.units + unit, 2n * unit), scale: 0 };
}

/** a / 10^digits, exact. */
export function shiftRight(a: Decimal, digits: number): Decimal {
  return { units: a.units, scale: a.scale + digits };
}

/** `round(a * 10 * 10) div 100`: to two decimals, halves toward positive infinity. */
export function roundCents(a: Decimal): Decimal {
  return shiftRight(round(mul(a, { units: 100n, scale: 0 })), 2);
}

/** Sum of decimals (0 for none, as XPath sum(())). */
export function sum(values: Iterable<Decimal>): Decimal {
  let total: Decimal = { units: 0n, scale: 0 };
  for (const v of values) total = add(total, v);
  return total;
}

/** Plain text of a decimal, for messages and tests (`-12.50` stays `-12.50`). */
export function formatDecimal(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, "0");
  const text = a.scale === 0 ? digits : `${digits.slice(0, digits.length - a.scale)}.${digits.slice(digits.length - a.scale)}`;
  return negative ? `-${text}` : text;
}
