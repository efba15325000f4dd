import { describe, expect, it } from "vitest";
import { fastParse } from "../../../src/einvoice/xml/fast-parse.js";
import { corpusFiles, readCorpusFile } from "../read/corpus-files.js";
import { outcome } from "./xml-outcome.js";
import { seededRandom } from "../seeded-random.js";

// Deterministic mutation fuzz: corpus invoices with bytes deleted, inserted, replaced or duplicated (seeded, so every
// run tries the same cases). Whatever the mutation, parseXml must give what saxes alone gives: the same tree, or the
// same refusal with the same message.
const SEED = 0x6a17_2026;
const CASES = 6000;
const LIMITS = { maxDepth: 64, maxElements: 2_000_000 };
const ALPHABET = [...new TextEncoder().encode(`<>&;/"'=:!?[]-#x \n\r\taZ09`), 0x00, 0x0b, 0xc3, 0xa9, 0xef, 0xbb, 0xbf, 0x80, 0xff];
const SNIPPETS = [
  "&amp;", "&#x0;", "&#65;", "&#x1F600;", "&lt", "]]>", "<!--", "-->", "<![CDATA[", "</", "/>", ' xmlns:p="u"', ' p:x="1"', ' xmlns=""',
  "<!DOCTYPE a>", "<?pi?>", "<b>", "</b>", "<p:b>", ' a="1"', " a='&'", "\r\n", "\uFEFF", "é",
].map((s) => new TextEncoder().encode(s));
const MARKUP = new Set([0x3c, 0x3e, 0x26, 0x22, 0x27, 0x3d, 0x3a, 0x2f]);

function splice(b: Uint8Array, at: number, remove: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length - remove + insert.length);
  out.set(b.subarray(0, at));
  out.set(insert, at);
  out.set(b.subarray(at + remove), at + insert.length);
  return out;
}

/** A position: anywhere, or (half the time) next to markup, where mutations matter most. */
function position(b: Uint8Array, rnd: () => number): number {
  let at = Math.floor(rnd() * (b.length + 1));
  if (rnd() < 0.5) {
    const limit = Math.min(b.length, at + 200);
    while (at < limit && !MARKUP.has(b[at] as number)) at++;
    at = Math.max(0, Math.min(b.length, at + Math.floor(rnd() * 4) - 1));
  }
  return at;
}

function mutate(source: Uint8Array, rnd: () => number): Uint8Array {
  let b = source;
  const count = 1 + Math.floor(rnd() * 3);
  for (let n = 0; n < count; n++) {
    const at = position(b, rnd);
    const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
    switch (Math.floor(rnd() * 5)) {
      case 0:
        b = splice(b, at, Math.min(b.length - at, 1 + Math.floor(rnd() * 4)), new Uint8Array());
        break;
      case 1:
        b = splice(b, at, 0, Uint8Array.of(pick(ALPHABET)));
        break;
      case 2:
        b = splice(b, at, Math.min(1, b.length - at), Uint8Array.of(pick(ALPHABET)));
        break;
      case 3:
        b = splice(b, at, 0, b.slice(at, at + 1 + Math.floor(rnd() * 16)));
        break;
      default:
        b = splice(b, at, 0, pick(SNIPPETS));
    }
  }
  return b;
}

function fastReads(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return fastParse(text.replace(/^\uFEFF/, ""), LIMITS, false) !== undefined;
}

// Small documents dense in what the fast path decides on: namespaces, attributes, references, CDATA, comments, lines.
const DENSE_SEEDS = [
  `<?xml version="1.0" encoding="UTF-8"?>\n<p:a xmlns:p="urn:x" xmlns="urn:d" b="1 &amp; 2" c='x"y'>\n  <b p:c="&#65;">t&lt;&#x42;</b>\n  <p:c xmlns:p="urn:y"><p:e/></p:c><d xmlns=""><e/></d>\n</p:a>\n`,
  `<a\r\n  b="1\r\n2">\r\nx\ry<!-- c --><![CDATA[<&]]>z&apos;&quot;&gt;</a>\r\n<!-- after -->`,
  `<a xmlns:p="urn:x" xmlns:q="urn:y" p:b="1" q:b="2" b="3"><p:c/><q:c/><c/><c/></a>`,
  `<?xml version='1.0' standalone='yes' ?><a><b>1</b><b>2</b>\t<c\n/></a  >`,
];

describe("fast XML path under mutation", () => {
  it("matches saxes on 4000 mutants of small dense documents", () => {
    const sources = DENSE_SEEDS.map((s) => new TextEncoder().encode(s));
    const rnd = seededRandom(SEED + 1);
    let refused = 0;
    let readFast = 0;
    for (let i = 0; i < 4000; i++) {
      const bytes = mutate(sources[i % sources.length] as Uint8Array, rnd);
      const bySaxes = outcome(bytes, "saxes");
      expect(outcome(bytes, "fast"), `case ${i}: ${new TextDecoder().decode(bytes)}`).toBe(bySaxes);
      if (bySaxes.startsWith('{"refused"')) refused++;
      else if (fastReads(bytes)) readFast++;
    }
    // Most mutants of a small document are malformed; a few hundred are still read by the fast path itself.
    expect(refused).toBeGreaterThan(2000);
    expect(readFast).toBeGreaterThan(150);
  });

  it(`matches saxes on ${CASES} mutated corpus invoices`, () => {
    const files = corpusFiles("en16931", "peppol-bis3", "akretion-facturx", "_unit").filter((f) => /\.xml$/i.test(f));
    const sources = files.filter((_, i) => i % 10 === 0).map(readCorpusFile).filter((b) => b.length < 30_000);
    expect(sources.length).toBeGreaterThan(30);
    const rnd = seededRandom(SEED);
    let refused = 0;
    let readFast = 0;
    for (let i = 0; i < CASES; i++) {
      const bytes = mutate(sources[i % sources.length] as Uint8Array, rnd);
      const bySaxes = outcome(bytes, "saxes");
      expect(outcome(bytes, "fast"), `case ${i}`).toBe(bySaxes);
      if (bySaxes.startsWith('{"refused"')) refused++;
      else if (fastReads(bytes)) readFast++;
    }
    // Not vacuous: many mutants are refused, many are still read by the fast path itself.
    expect(refused).toBeGreaterThan(CASES / 5);
    expect(readFast).toBeGreaterThan(CASES / 10);
  });
});
