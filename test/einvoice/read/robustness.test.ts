import { describe, expect, it, vi } from "vitest";
import { EInvoiceError } from "../../../src/einvoice/errors.js";
import { readInvoice, readInvoiceTree } from "../../../src/einvoice/read-invoice.js";
import { parseXml } from "../../../src/einvoice/xml/parse-xml.js";
import { descendants, type XmlElement } from "../../../src/einvoice/xml/xml-tree.js";
import { readCorpusFile } from "./corpus-files.js";

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe("robustness against damaged input", () => {
  it("refuses or reads a damaged Factur-X PDF, never crashes", async () => {
    const source = readCorpusFile("zugferd-corpus/ZUGFeRDv2/correct/FNFE-factur-x-examples/Facture_DOM_MINIMUM.pdf");
    const rnd = random(42);
    const outcomes = new Set<string>();
    vi.spyOn(console, "warn").mockImplementation(() => {}); // pdf-lib reports the objects it skips
    for (let i = 0; i < 60; i++) {
      const bytes = new Uint8Array(source);
      if (i % 2 === 0) for (let k = 0; k < 1 + rnd() * 20; k++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
      const input = i % 2 === 0 ? bytes : bytes.subarray(0, Math.floor(rnd() * bytes.length));
      try {
        await readInvoice(input);
        outcomes.add("read");
      } catch (error) {
        if (!(error instanceof EInvoiceError)) throw error;
        outcomes.add(error.code);
      }
    }
    vi.restoreAllMocks();
    expect(outcomes.has("read")).toBe(true);
    expect(outcomes.has("PDF_MALFORMED")).toBe(true);
  });

  it("maps a tree whose elements were moved to the wrong places without throwing", () => {
    const rnd = random(7);
    for (const file of ["en16931/cii/examples/CII_example2.xml", "en16931/ubl/examples/ubl-tc434-example2.xml", "akretion-facturx/tests/fixtures/xml/factur-x-extended.xml"]) {
      const { root } = parseXml(readCorpusFile(file));
      const all: XmlElement[] = [...descendants(root)];
      for (let k = 0; k < 200; k++) {
        const moved = all[Math.floor(rnd() * all.length)] as XmlElement;
        const target = all[Math.floor(rnd() * all.length)] as XmlElement;
        const from = moved.parent;
        if (!from || target === moved || isInside(target, moved)) continue;
        // New arrays rather than splice/push: parsed leaves share one empty children array (tree-builder.ts).
        from.children = from.children.filter((c) => c !== moved);
        target.children = [...target.children, moved];
        moved.parent = target;
      }
      expect(() => readInvoiceTree(root)).not.toThrow();
    }
  });
});

function isInside(e: XmlElement, ancestor: XmlElement): boolean {
  for (let p: XmlElement | undefined = e; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
