import { describe, expect, it } from "vitest";
import { fastParse } from "../../../src/einvoice/xml/fast-parse.js";
import { outcome } from "./xml-outcome.js";

// Bytes given to parseXml have their forbidden characters looked for in the bytes, not in the decoded text: every
// forbidden control, U+FFFE and U+FFFF, wherever it stands, must still be refused exactly as saxes refuses it, and the
// characters next to them (U+FFFD, U+FFBF, TAB, LF, CR, C1 controls) still read by the fast path itself.
const LIMITS = { maxDepth: 64, maxElements: 2_000_000 };
const encoder = new TextEncoder();
const FORBIDDEN = [...Array.from({ length: 32 }, (_, c) => c).filter((c) => c !== 0x9 && c !== 0xa && c !== 0xd).map((c) => String.fromCharCode(c)), "\uFFFE", "\uFFFF"];
const ALLOWED = ["\t", "\n", "\r", "\r\n", "\u0085", "\u009f", "\uFFFD", "\uFFBF", "\uFFEE", "😀", "é"];
const PLACES = [(c: string) => `<a>x${c}y</a>`, (c: string) => `<a b="x${c}y"/>`, (c: string) => `<a><!--x${c}y--></a>`, (c: string) => `<a><![CDATA[x${c}y]]></a>`, (c: string) => `<a/>${c}`];

/** Whether the fast path reads these bytes itself (decoded as parseXml decodes them). */
function fastReads(bytes: Uint8Array): boolean {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  return fastParse(text, LIMITS, false, bytes) !== undefined;
}

describe("fast XML path on bytes holding characters XML forbids", () => {
  it("refuses every forbidden character, wherever it stands, as saxes does", () => {
    for (const c of FORBIDDEN) {
      for (const place of PLACES) {
        const bytes = encoder.encode(place(c));
        expect(fastReads(bytes), JSON.stringify(place(c))).toBe(false);
        expect(outcome(bytes, "saxes")).toMatch(/^\{"refused"/);
        expect(outcome(bytes, "fast")).toBe(outcome(bytes, "saxes"));
      }
    }
  });

  it("reads the characters next to them itself, as saxes does", () => {
    for (const c of ALLOWED) {
      for (const place of PLACES.slice(0, 4)) {
        const bytes = encoder.encode(place(c));
        expect(fastReads(bytes), JSON.stringify(place(c))).toBe(true);
        expect(outcome(bytes, "fast")).toBe(outcome(bytes, "saxes"));
      }
    }
  });

  it("looks only at the bytes of the view it is given", () => {
    const whole = encoder.encode("\u0001<a>x</a>\u0001");
    const view = whole.subarray(1, whole.length - 1);
    expect(fastReads(view)).toBe(true);
    expect(outcome(view, "fast")).toBe(outcome(view, "saxes"));
  });
});
