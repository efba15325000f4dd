import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type Invoice, type ReadResult, readInvoice, readInvoiceXml, validateXml, writeFacturx } from "../../../src/einvoice/index.js";
import { CORPUS_DIR } from "../../validation/official-verdicts.js";
import { businessTerms } from "./business-terms.js";
import { termDiff } from "./term-diff.js";

const EXAMPLES = ["en16931/cii/examples/CII_example1.xml", "en16931/ubl/examples/ubl-tc434-creditnote1.xml", "en16931/test/testfiles/Invoice-Max_content.xml"];
const hasQpdf = (() => {
  try {
    execFileSync("qpdf", ["--version"]);
    return true;
  } catch {
    return false;
  }
})();

describe("writing Factur-X (PDF/A-3B)", () => {
  const written = new Map<string, { model: Invoice; pdf: Uint8Array; back: ReadResult }>();
  beforeAll(async () => {
    for (const file of EXAMPLES) {
      const model = readInvoiceXml(fs.readFileSync(path.join(CORPUS_DIR, file))).model;
      const pdf = await writeFacturx(model, { now: new Date("2026-03-02T09:00:00Z") });
      written.set(file, { model, pdf, back: await readInvoice(pdf) });
    }
  }, 120_000);

  it.each(EXAMPLES)("reads %s back to the same business terms, as valid EN 16931", (file) => {
    const w = written.get(file)!;
    expect(w.back.source).toBe("pdf");
    expect(w.back.profile).toBe("EN 16931");
    const original = businessTerms(w.model) as { process?: unknown };
    const back = businessTerms(w.back.model) as { process?: unknown };
    // BT-24 is set to EN 16931 when the source had another specification identifier.
    delete original.process;
    delete back.process;
    expect(termDiff(original, back)).toEqual([]);
    expect(validateXml(w.back.xml, { sets: ["en16931"] }).findings.filter((f) => f.severity === "fatal")).toEqual([]);
  });

  it("embeds factur-x.xml as an associated file with AFRelationship Data and declares Factur-X EN 16931 in the XMP", () => {
    const { back } = written.get(EXAMPLES[0]!)!;
    expect(back.pdf?.invoiceFile).toMatchObject({ name: "factur-x.xml", associated: true, relationship: "Data", mimeType: "text/xml" });
    expect(back.pdf?.xmp).toMatchObject({ pdfaPart: "3", pdfaConformance: "B", documentType: "INVOICE", documentFileName: "factur-x.xml", conformanceLevel: "EN 16931", version: "1.0" });
  });

  it("carries an sRGB output intent, a document ID and embedded fonts", () => {
    const text = Buffer.from(written.get(EXAMPLES[0]!)!.pdf).toString("latin1");
    expect(text).toMatch(/\/OutputIntents/);
    expect(text).toMatch(/\/S \/GTS_PDFA1/);
    expect(text).toMatch(/\/ID \[/);
    expect(text).toMatch(/\/FontFile2/);
    expect(text).not.toMatch(/\/BaseFont \/Helvetica/);
  });

  it.skipIf(!hasQpdf)("passes qpdf --check", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-fx-"));
    for (const [i, w] of [...written.values()].entries()) {
      const file = path.join(dir, `f${i}.pdf`);
      fs.writeFileSync(file, w.pdf);
      expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain("No syntax or stream encoding errors");
    }
  });
});
