import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "./decode-utf8.js";
import { seededRandom } from "../../../test/einvoice/seeded-random.js";

const fatal = new TextDecoder("utf-8", { fatal: true });
const encode = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => Uint8Array.from(b);

/** What the fatal decoder gives, or the name of what it throws. */
function reference(b: Uint8Array): string {
  try {
    return fatal.decode(b);
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

function decoded(b: Uint8Array): string {
  try {
    return decodeUtf8(b);
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

describe("decodeUtf8 gives what the fatal UTF-8 decoder gives", () => {
  it.each([
    "",
    "a",
    "<a>é</a>",
    "€ ’ – “x” ½ ß Ω",
    "😀 𝄞 \u{10FFFF} \u{1FFFE}",
    "\uFEFFx",
    "\uFEFF\uFEFFx",
    "x\uFEFF",
    "\uFFFE \uFFFF \uFDD0 \uFFFD \u0000 \uD7FF \uE000 \u0085",
    `<a>${"é".repeat(5000)}${"€".repeat(3000)}</a>`,
  ])("on valid UTF-8 %j", (s) => {
    const b = encode(s);
    expect(decoded(b)).toBe(reference(b));
  });

  it.each([
    ["a lone continuation byte", bytes(0x61, 0x80)],
    ["an overlong form", bytes(0xc0, 0x80)],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0x80)],
    ["an encoded surrogate", bytes(0xed, 0xa0, 0x80)],
    ["a code point past U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80)],
    ["a cut sequence", bytes(0xc3, 0xa9, 0xe2, 0x82)],
    ["a byte UTF-8 never uses", bytes(0xc3, 0xa9, 0xff)],
    ["a cut byte order mark", bytes(0xef, 0xbb)],
  ])("throws as it does on %s", (_title, b) => {
    expect(reference(b)).toBe("throws TypeError");
    expect(decoded(b)).toBe("throws TypeError");
  });

  it("on 2,000 seeded strings from every plane, and on views into a larger buffer", () => {
    const rnd = seededRandom(0x0dec0de);
    for (let n = 0; n < 2000; n++) {
      let s = rnd() < 0.2 ? "\uFEFF" : "";
      const length = 1 + Math.floor(rnd() * 40);
      for (let k = 0; k < length; k++) {
        const plane = rnd();
        let cp = plane < 0.4 ? Math.floor(rnd() * 0x80) : plane < 0.7 ? 0x80 + Math.floor(rnd() * 0x780) : plane < 0.9 ? 0x800 + Math.floor(rnd() * 0xf800) : 0x10000 + Math.floor(rnd() * 0x100000);
        if (cp >= 0xd800 && cp <= 0xdfff) cp = 0xfffd;
        s += String.fromCodePoint(cp);
      }
      const b = encode(s);
      expect(decoded(b), JSON.stringify(s)).toBe(reference(b));
      const framed = new Uint8Array(b.length + 4);
      framed.set(b, 2);
      framed[0] = 0xff;
      framed[framed.length - 1] = 0xff;
      const view = framed.subarray(2, 2 + b.length);
      expect(decoded(view)).toBe(reference(view));
    }
  });
});
