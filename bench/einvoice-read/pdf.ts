// Reading Factur-X PDFs: object-level parse, attachment extraction and the model, next to pdf-lib's bare load.
import fs from "node:fs";
import path from "node:path";
import { ParseSpeeds, PDFDocument } from "pdf-lib";
import { readInvoicePdf } from "../../src/einvoice/read-invoice.js";

const ROUNDS = 3;

/** The corpus PDFs holding a readable invoice. */
async function loadPdfs(corpus: string): Promise<Uint8Array[]> {
  const rows = fs.readFileSync(path.join(corpus, "pdf-attachments.tsv"), "utf8").split("\n").slice(1).filter(Boolean);
  const out: Uint8Array[] = [];
  for (const row of rows) {
    const bytes = new Uint8Array(fs.readFileSync(path.join(corpus, row.split("\t")[0] ?? "")));
    if (await readInvoicePdf(bytes).then(() => true, () => false)) out.push(bytes);
  }
  return out;
}

async function cpuRate(set: Uint8Array[], fn: (b: Uint8Array) => Promise<unknown>): Promise<number> {
  const cpu = process.cpuUsage();
  for (const b of set) await fn(b);
  const used = process.cpuUsage(cpu);
  return set.length / ((used.user + used.system) / 1e6);
}

/** Prints PDFs per CPU-second for readInvoicePdf and for a bare pdf-lib load of the same files. */
export async function runPdf(corpus: string): Promise<void> {
  const warn = console.warn;
  console.warn = () => {}; // pdf-lib reports the damaged objects it skips in some corpus files
  try {
    const set = await loadPdfs(corpus);
    const mb = set.reduce((n, b) => n + b.byteLength, 0) / 1048576;
    const load = (b: Uint8Array) => PDFDocument.load(b, { ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest, throwOnInvalidObject: false, updateMetadata: false });
    let bare = 0;
    let read = 0;
    for (let r = 0; r < ROUNDS; r++) {
      bare = Math.max(bare, await cpuRate(set, load));
      read = Math.max(read, await cpuRate(set, (b) => readInvoicePdf(b)));
    }
    console.log(`Factur-X / ZUGFeRD 2 PDFs: ${set.length} files, ${mb.toFixed(1)} MB`);
    console.log(`  pdf-lib load alone (baseline)      ${bare.toFixed(0).padStart(7)} PDFs/s  ×1.00`);
    console.log(`  readInvoicePdf (load, XML, model)  ${read.toFixed(0).padStart(7)} PDFs/s  ×${(bare / read).toFixed(2)} the time of the bare load`);
  } finally {
    console.warn = warn;
  }
}
