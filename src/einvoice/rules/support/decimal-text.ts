// Reading the xs:decimal lexical form by hand: a sign, digits, a point, digits (at least one digit). The VAT and core
// decimals parse every amount, rate and quantity of every document; a regular expression match, its captured strings
// and a number parsed from their concatenation cost more than one pass over the characters.

/** Where scanDecimal leaves the units (all the digits as one integer, signed) of the decimal it read: read at once. */
export const scanned = { units: 0n };

/**
 * Reads `[+-]?[0-9]*(\.[0-9]*)?` with at least one digit, from `start` to `end` (exclusive) of the text and nothing
 * else: the scale (digits after the point), the units in `scanned.units`; -1 when the text is not of that form.
 */
export function scanDecimal(text: string, start: number, end: number): number {
  let i = start;
  let negative = false;
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c === 43 || c === 45) {
      negative = c === 45;
      i++;
    }
  }
  const first = i;
  let value = 0;
  let digits = 0;
  let point = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0) point = i;
    else return -1;
  }
  if (digits === 0) return -1;
  // Up to 15 digits the running value is an exact double, and BigInt(number) is much cheaper than BigInt(string).
  const units = digits <= 15 ? BigInt(value) : BigInt(point < 0 ? text.slice(first, end) : text.slice(first, point) + text.slice(point + 1, end));
  scanned.units = negative ? -units : units;
  return point < 0 ? 0 : end - point - 1;
}
