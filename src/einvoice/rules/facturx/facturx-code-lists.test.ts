import { describe, expect, it } from "vitest";
import { codeListOf } from "./facturx-code-lists.js";
import { FX_CODE_LISTS } from "./facturx-tables.js";

const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Every string of one to three digits or capital letters, and values around them that no short code list holds. */
function candidates(): string[] {
  const out: string[] = ["", " ", "a", "eur", "EUR ", " EUR", "EU R", "EURO", "0002", "É", "€", "A\u0000", "\u0660"];
  for (const a of ALPHABET) {
    out.push(a);
    for (const b of ALPHABET) {
      out.push(a + b);
      for (const c of ALPHABET) out.push(a + b + c);
    }
  }
  return out;
}

describe("the Factur-X code lists", () => {
  it("answer as a Set of their codes for every short code and around them", () => {
    const values = candidates();
    for (const [key, text] of Object.entries(FX_CODE_LISTS)) {
      const codes = new Set(text.split("|"));
      const list = codeListOf(text);
      for (const code of codes) expect(list.has(code), `${key} ${code}`).toBe(true);
      let found = 0;
      for (const value of values) {
        const has = list.has(value);
        if (has !== codes.has(value)) expect(has, `${key} ${JSON.stringify(value)}`).toBe(codes.has(value));
        if (has) found++;
      }
      expect(found).toBe([...codes].filter((c) => values.includes(c)).length);
    }
  });

  it("keep long codes in a Set", () => {
    const list = codeListOf("urn:cen.eu:en16931:2017|A");
    expect(list.has("urn:cen.eu:en16931:2017")).toBe(true);
    expect(list.has("A")).toBe(true);
    expect(list.has("B")).toBe(false);
  });
});
