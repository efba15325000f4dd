import { describe, expect, it } from "vitest";
import { readInvoiceXml, validateXml, writeCii, writeUbl } from "../../../src/einvoice/index.js";
import { parseXml } from "../../../src/einvoice/xml/parse-xml.js";
import { sharedLeafChildren } from "../../../src/einvoice/xml/tree-builder.js";
import { corpusFiles, readCorpusFile } from "../read/corpus-files.js";

// Parsed leaves share one empty children array (tree-builder.ts). Nothing in the engine may push into it: after
// reading, validating and writing every corpus XML file, it must still be empty.

describe("the children array parsed leaves share", () => {
  it("is shared by leaves and stays empty through reading, validating and writing the whole corpus", () => {
    const { root } = parseXml("<a><b/><c>text</c><d><e/></d></a>");
    const [b, c, d] = root.children;
    expect(b?.children).toBe(c?.children);
    expect(d?.children).toHaveLength(1);
    let used = 0;
    for (const file of corpusFiles("en16931", "peppol-bis3", "zugferd-corpus").filter((f) => /\.xml$/i.test(f))) {
      const bytes = readCorpusFile(file);
      try {
        validateXml(bytes, { frenchPublicBuyer: true });
        const read = readInvoiceXml(bytes);
        writeCii(read.model);
        writeUbl(read.model);
        used++;
      } catch {
        // Files the engine refuses still went through the parser.
      }
    }
    expect(used).toBeGreaterThan(100);
    expect(sharedLeafChildren()).toBe(0);
  });
});
