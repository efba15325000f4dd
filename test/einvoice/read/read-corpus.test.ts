import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EInvoiceError } from "../../../src/einvoice/errors.js";
import { extractEmbeddedFile } from "../../../src/einvoice/facturx/index.js";
import { readInvoice } from "../../../src/einvoice/read-invoice.js";
import { CORPUS_DIR, corpusFiles, expectedRefusal, readCorpusFile } from "./corpus-files.js";
import { keyTermsOf, keyTermsOfModel } from "./spot-check.js";

const FILES = corpusFiles("en16931", "zugferd-corpus", "peppol-bis3", "akretion-facturx");

function tsvRows(name: string): string[][] {
  return fs
    .readFileSync(path.join(CORPUS_DIR, name), "utf8")
    .split("\n")
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => l.split("\t"));
}

describe("reading every invoice of the corpus", () => {
  it("finds the corpus", () => {
    expect(FILES.length).toBeGreaterThan(240);
  });

  it.each(FILES)("%s", async (file) => {
    const refusal = expectedRefusal(file);
    let read: Awaited<ReturnType<typeof readInvoice>> | undefined;
    let code: string | undefined;
    try {
      read = await readInvoice(readCorpusFile(file));
    } catch (error) {
      // Anything but an EInvoiceError is a crash of the reader.
      if (!(error instanceof EInvoiceError)) throw error;
      code = error.code;
    }
    expect(code).toBe(refusal);
    if (!read) return;
    expect(read.source).toBe(file.toLowerCase().endsWith(".pdf") ? "pdf" : "xml");
    expect(keyTermsOfModel(read)).toEqual(keyTermsOf(read.tree));
    // MINIMUM and BASIC WL carry no lines by design; every other profile has at least one.
    if (read.profile !== "MINIMUM" && read.profile !== "BASIC WL") expect(read.model.lines.length).toBeGreaterThan(0);
    expect(read.model.totals.amountDue?.value).toBeDefined();
  });
});

describe("the official verdicts' files", () => {
  it("reads every row of verdicts.tsv but the one not well-formed, with its profile", async () => {
    const profiles: string[] = [];
    for (const [file = "", syntax = "", , profile = ""] of tsvRows("verdicts.tsv")) {
      const bytes = file.startsWith("_extracted/") ? await extractRow(file) : readCorpusFile(file);
      if (syntax === "MALFORMED") {
        await expect(readInvoice(bytes)).rejects.toMatchObject({ code: "XML_MALFORMED" });
        continue;
      }
      const read = await readInvoice(bytes);
      expect(read.syntax).toBe(syntax);
      // The official tool's label, and ours for the same BT-24 (its OTHER is a ZUGFeRD 1 guideline in a CII D16B file).
      const ours = read.profile === "EXTENDED" && profile === "EXTENDED-CTC-FR" ? profile : read.profile;
      if (ours !== profile) profiles.push(`${file}: ${profile} → ${read.profile}`);
    }
    expect(profiles).toEqual([]);
  });

  it("lists the attachments pdf-attachments.tsv says each PDF holds", async () => {
    const wrong: string[] = [];
    for (const [pdf = "", count = "", xml = ""] of tsvRows("pdf-attachments.tsv")) {
      for (const name of xml.split(";").filter(Boolean)) {
        const bytes = await extractEmbeddedFile(readCorpusFile(pdf), name);
        if (!bytes || bytes.length === 0) wrong.push(`${pdf}: ${name} not extracted`);
        else if (!new TextDecoder().decode(bytes.subarray(0, 200)).includes("<")) wrong.push(`${pdf}: ${name} is not XML`);
      }
      const read = await readInvoice(readCorpusFile(pdf)).catch(() => undefined);
      if (read?.pdf) {
        const n = 1 + read.pdf.otherAttachments.length;
        if (String(n) !== count) wrong.push(`${pdf}: ${n} attachments, expected ${count}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

async function extractRow(file: string): Promise<Uint8Array> {
  const [pdf = "", name = ""] = file.slice("_extracted/".length).split("__");
  const bytes = await extractEmbeddedFile(readCorpusFile(pdf), name);
  if (!bytes) throw new Error(`${name} not found in ${pdf}`);
  return bytes;
}
