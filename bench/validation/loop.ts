// A plain loop for comparisons between versions of the engine: validates the bench's 200-file set (corpus invoices up
// to 50 kB, standalone or inside the corpus PDFs) for SECS seconds (8 by default) and prints invoices per wall second
// and CPU per invoice (every thread of the process, GC included). Copy it beside two versions of src/einvoice and run
// them alternately, several times (single runs on a shared machine differ by ±20 %):
//   SECS=5 npx tsx bench/validation/loop.ts
import fs from "node:fs";
import path from "node:path";
import { detect } from "../../src/einvoice/detect.js";
import { findInvoiceFile } from "../../src/einvoice/facturx/find-invoice.js";
import { readPdf } from "../../src/einvoice/facturx/read-pdf.js";
import { validateXml } from "../../src/einvoice/validate.js";
import { parseXml } from "../../src/einvoice/xml/parse-xml.js";

const CORPUS = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../shared/corpus"));

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const docs: Uint8Array[] = [];
for (const file of ["en16931", "zugferd-corpus", "peppol-bis3", "akretion-facturx"].flatMap((f) => walk(path.join(CORPUS, f)))) {
  try {
    const raw = new Uint8Array(fs.readFileSync(file));
    const bytes = /\.xml$/i.test(file) ? raw : /\.pdf$/i.test(file) ? findInvoiceFile((await readPdf(raw)).files).bytes : undefined;
    if (!bytes || bytes.byteLength > 50_000 || !detect(parseXml(bytes).root)) continue;
    validateXml(bytes);
    docs.push(bytes);
  } catch {
    // Refused files are not part of the set.
  }
}
for (let warm = 0; warm < 3; warm++) for (const d of docs) validateXml(d);
const seconds = Number(process.env.SECS ?? 8);
const cpu = process.cpuUsage();
const start = performance.now();
let n = 0;
while (performance.now() - start < seconds * 1000) {
  for (const d of docs) validateXml(d);
  n += docs.length;
}
const used = process.cpuUsage(cpu);
const wall = (performance.now() - start) / 1000;
console.log(`${docs.length} files, ${n} validations: ${(n / wall).toFixed(0)} invoices/wall-s, ${((used.user + used.system) / 1000 / n).toFixed(3)} ms CPU/invoice`);
