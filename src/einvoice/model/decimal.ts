import type { Decimal } from "./value.js";

/**
 * Exact decimal arithmetic on decimal strings with BigInt scaled integers (never floats). Amounts in EN 16931 are
 * compared and rounded at two decimals, half away from zero (BR-DEC rules, "round half up" on the absolute value).
 */

interface Scaled {
  units: bigint;
  scale: number;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** True when the string is a plain decimal number (`12`, `-3.50`, `.5`; no exponent, no thousands separator). */
export function isDecimal(text: string): boolean {
  return DECIMAL.test(text.trim());
}

function parse(text: Decimal): Scaled {
  const t = text.trim();
  if (!DECIMAL.test(t)) throw new RangeError(`Not a decimal: "${text}"`);
  const negative = t.startsWith("-");
  const body = t.replace(/^[+-]/, "");
  const dot = body.indexOf(".");
  const whole = dot < 0 ? body : body.slice(0, dot);
  const fraction = dot < 0 ? "" : body.slice(dot + 1);
  const units = BigInt(`${whole || "0"}${fraction}`);
  return { units: negative ? -units : units, scale: fraction.length };
}

function rescale(x: Scaled, scale: number): bigint {
  return x.units * 10n ** BigInt(scale - x.scale);
}

function format(units: bigint, scale: number): Decimal {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const x = parse(a);
  const y = parse(b);
  const scale = Math.max(x.scale, y.scale);
  return [rescale(x, scale), rescale(y, scale), scale];
}

/** a + b, exact. */
export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return format(x + y, scale);
}

/** a - b, exact. */
export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return format(x - y, scale);
}

/** a × b, exact (the scale is the sum of both scales). */
export function mul(a: Decimal, b: Decimal): Decimal {
  const x = parse(a);
  const y = parse(b);
  return format(x.units * y.units, x.scale + y.scale);
}

/** -1, 0 or 1 as a is below, equal to or above b (numerically: "1.0" equals "1"). */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The sum of many decimals ("0" for none). */
export function sum(values: Iterable<Decimal>): Decimal {
  let total: Decimal = "0";
  for (const v of values) total = add(total, v);
  return total;
}

/** Rounds to `digits` decimals (default 2), half away from zero: 2.345 → 2.35, -2.345 → -2.35. */
export function round(a: Decimal, digits = 2): Decimal {
  const x = parse(a);
  if (x.scale <= digits) return format(rescale(x, digits), digits);
  const divisor = 10n ** BigInt(x.scale - digits);
  const negative = x.units < 0n;
  const abs = negative ? -x.units : x.units;
  let q = abs / divisor;
  if ((abs % divisor) * 2n >= divisor) q += 1n;
  return format(negative ? -q : q, digits);
}

/** The number of decimals written (`"1.50"` → 2), for the BR-DEC rules. */
export function decimalPlaces(a: Decimal): number {
  return parse(a).scale;
}

/** a × b / 100 rounded to two decimals, as EN 16931 computes an amount from a base and a percentage. */
export function percentOf(base: Decimal, percent: Decimal): Decimal {
  const p = parse(mul(base, percent));
  return round(format(p.units, p.scale + 2));
}
