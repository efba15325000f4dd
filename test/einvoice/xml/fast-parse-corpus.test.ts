import { describe, expect, it } from "vitest";
import { findInvoiceFile } from "../../../src/einvoice/facturx/find-invoice.js";
import { readPdf } from "../../../src/einvoice/facturx/read-pdf.js";
import { fastParse } from "../../../src/einvoice/xml/fast-parse.js";
import { corpusFiles, readCorpusFile } from "../read/corpus-files.js";
import { outcome } from "./xml-outcome.js";

const LIMITS = { maxDepth: 64, maxElements: 2_000_000 };
const decoder = new TextDecoder();

/** Whether the fast path read the document itself (rather than handing it to saxes). */
function fastAccepts(bytes: Uint8Array): boolean {
  const text = decoder.decode(bytes).replace(/^\uFEFF/, "");
  return fastParse(text, LIMITS, false) !== undefined;
}

describe("fast XML path against saxes on the whole corpus", () => {
  it("gives the same tree (or the same refusal) for every corpus XML file", () => {
    const files = corpusFiles("_unit", "en16931", "peppol-bis3", "akretion-facturx", "zugferd-corpus").filter((f) => /\.xml$/i.test(f));
    expect(files.length).toBeGreaterThan(1000);
    let fast = 0;
    for (const file of files) {
      const bytes = readCorpusFile(file);
      expect(outcome(bytes, "fast"), file).toBe(outcome(bytes, "saxes"));
      if (fastAccepts(bytes)) fast++;
    }
    // The fast path must actually be the one at work on real invoices, not a fallback in disguise.
    expect(fast / files.length).toBeGreaterThan(0.95);
  });

  it("gives the same tree for the XML embedded in every corpus PDF", async () => {
    const files = corpusFiles("en16931", "peppol-bis3", "akretion-facturx", "zugferd-corpus").filter((f) => /\.pdf$/i.test(f));
    let embedded = 0;
    for (const file of files) {
      let xml: Uint8Array;
      try {
        xml = findInvoiceFile((await readPdf(readCorpusFile(file))).files).bytes;
      } catch {
        continue; // no invoice in it: nothing to parse
      }
      embedded++;
      expect(outcome(xml, "fast"), file).toBe(outcome(xml, "saxes"));
    }
    expect(embedded).toBeGreaterThan(80);
  });
});
