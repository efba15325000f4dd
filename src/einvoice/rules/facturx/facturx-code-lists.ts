// The code lists of the Factur-X tables, as the walk reads them: whether a value is one of the list's codes. Most
// lists are short codes (currencies, countries, units, categories: one to three digits or capital letters); their
// membership is one bit of a bitmap indexed by the characters, instead of a hash of the value looked up in a Set of up
// to 2,162 entries: a list is read a few times per document, between the other families' rules, and the bitmap's one
// byte is cheaper to fetch cold than a hash table's buckets. The other lists (longer codes) stay Sets.

/** A code list: whether a value is one of its codes. */
export interface CodeList {
  has(value: string): boolean;
}

const BASE = 37;
const SHORT = /^[0-9A-Z]{1,3}$/;

/** 1 to 36 for a digit or a capital letter, else 0. */
function digitOf(code: number): number {
  if (code >= 48 && code <= 57) return code - 47;
  if (code >= 65 && code <= 90) return code - 54;
  return 0;
}

/** The bitmap index of a short code (each position a digit 1 to 36, 0 past the end), or -1 when it is not one. */
function indexOf(value: string): number {
  const length = value.length;
  if (length < 1 || length > 3) return -1;
  let index = 0;
  for (let i = length - 1; i >= 0; i--) {
    const digit = digitOf(value.charCodeAt(i));
    if (digit === 0) return -1;
    index = index * BASE + digit;
  }
  return index;
}

/** A list of short codes: a value is one of them when it is a short code whose bit is set. */
class ShortCodes implements CodeList {
  private readonly bits = new Uint8Array(Math.ceil(BASE ** 3 / 8));

  constructor(codes: readonly string[]) {
    for (const code of codes) {
      const index = indexOf(code);
      this.bits[index >> 3] = (this.bits[index >> 3] as number) | (1 << (index & 7));
    }
  }

  has(value: string): boolean {
    const index = indexOf(value);
    return index >= 0 && ((this.bits[index >> 3] as number) & (1 << (index & 7))) !== 0;
  }
}

/** The code list of the table's text form (codes separated by `|`). */
export function codeListOf(text: string): CodeList {
  const codes = text.split("|");
  return codes.every((code) => SHORT.test(code)) ? new ShortCodes(codes) : new Set(codes);
}
