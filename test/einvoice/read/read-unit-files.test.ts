import { describe, expect, it } from "vitest";
import { EInvoiceError } from "../../../src/einvoice/errors.js";
import { readInvoiceXml } from "../../../src/einvoice/read-invoice.js";
import { corpusFiles, readCorpusFile } from "./corpus-files.js";
import { keyTermsOf, keyTermsOfModel } from "./spot-check.js";

describe("CEN single-rule test files", () => {
  it("reads all of them without a crash, key terms matching the file", () => {
    const files = corpusFiles("_unit");
    expect(files.length).toBeGreaterThan(1000);
    const problems: string[] = [];
    let read = 0;
    for (const file of files) {
      try {
        const result = readInvoiceXml(readCorpusFile(file));
        read++;
        const expected = keyTermsOf(result.tree);
        const got = keyTermsOfModel(result);
        if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push(`${file}: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected)}`);
      } catch (error) {
        // Such files test one rule each, some with broken content: a refusal is acceptable, a crash is not.
        if (!(error instanceof EInvoiceError)) problems.push(`${file}: crashed with ${String(error)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(read).toBe(files.length);
  });
});
