import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInvoiceXml, validateXml, writeCii, writeUbl } from "../../../src/einvoice/index.js";
import { sharedLeafChildren } from "../../../src/einvoice/xml/tree-builder.js";
import { parseXml } from "../../../src/einvoice/xml/parse-xml.js";

// Parsed leaves share one empty children array (tree-builder.ts). Nothing in the engine may push into it: after
// reading, validating and writing every corpus XML file, it must still be empty.

const CORPUS = path.resolve("../shared/corpus");

function xmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? xmlFiles(full) : /\.xml$/i.test(e.name) ? [full] : [];
  });
}

describe("the children array parsed leaves share", () => {
  it("is shared by leaves and stays empty through reading, validating and writing the whole corpus", () => {
    const { root } = parseXml("<a><b/><c>text</c><d><e/></d></a>");
    const [b, c, d] = root.children;
    expect(b?.children).toBe(c?.children);
    expect(d?.children).toHaveLength(1);
    let used = 0;
    for (const file of ["en16931", "peppol-bis3", "zugferd-corpus"].flatMap((f) => xmlFiles(path.join(CORPUS, f)))) {
      const bytes = new Uint8Array(fs.readFileSync(file));
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
