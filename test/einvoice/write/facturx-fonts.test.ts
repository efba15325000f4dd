import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Invoice, readInvoice, readInvoiceXml, writeFacturx } from "../../../src/einvoice/index.js";
import { CORPUS_DIR } from "../../validation/official-verdicts.js";

// The writer embeds a font subset prepared once per process for a fixed repertoire (ASCII, Latin-1, French typography);
// other characters get glyphs of their own per document. These tests read the text layer back with pdfjs.

const hasQpdf = (() => {
  try {
    execFileSync("qpdf", ["--version"]);
    return true;
  } catch {
    return false;
  }
})();

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const parts: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      for (const item of content.items as { str?: string }[]) parts.push(item.str ?? "");
    }
    return parts.join(" ");
  } finally {
    await task.destroy();
  }
}

function example(sellerName: string): Invoice {
  const model = readInvoiceXml(fs.readFileSync(path.join(CORPUS_DIR, "en16931/cii/examples/CII_example1.xml"))).model;
  return { ...model, seller: { ...model.seller, name: { value: sellerName } } };
}

const now = new Date("2026-03-02T09:00:00Z");

describe("Factur-X fonts", () => {
  it("shows French text from the shared subset and reads it back from the text layer", async () => {
    const text = await pdfText(await writeFacturx(example("Société Œuvre « Côté Cœur » — 1 234,50 €"), { now }));
    expect(text).toContain("Société Œuvre « Côté Cœur » — 1 234,50 €");
    expect(text).toContain("FACTURE N° 12115118");
  });

  it("gives characters outside the shared repertoire glyphs of their own, and shows '?' for those the font lacks", async () => {
    const first = await writeFacturx(example("Łódź Ελλάδα 請"), { now });
    const second = await writeFacturx(example("Zażółć Ω"), { now });
    expect(await pdfText(first)).toContain("Łódź Ελλάδα ?");
    expect(await pdfText(second)).toContain("Zażółć Ω");
    // The invoice itself keeps the name as written.
    expect((await readInvoice(first)).model.seller.name?.value).toBe("Łódź Ελλάδα 請");
  });

  it.skipIf(!hasQpdf)("writes documents with extra glyphs that pass qpdf --check", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-fx-fonts-"));
    try {
      const file = path.join(dir, "extra.pdf");
      fs.writeFileSync(file, await writeFacturx(example("Łódź Ελλάδα"), { now }));
      expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain("No syntax or stream encoding errors");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
