// Reading throughput: corpus invoices parsed to the EN 16931 model, next to a bare saxes parse of the same bytes.
import fs from "node:fs";
import path from "node:path";
import { findInvoiceFile } from "../../src/einvoice/facturx/find-invoice.js";
import { readPdf } from "../../src/einvoice/facturx/read-pdf.js";
import { readInvoiceTree, readInvoiceXml } from "../../src/einvoice/read-invoice.js";
import { runParser } from "./parser.js";
import { runPdf } from "./pdf.js";
import { parseXml } from "../../src/einvoice/xml/parse-xml.js";
import type { XmlElement } from "../../src/einvoice/xml/xml-tree.js";
import { CORPUS, bestCpuPassesPerSecond } from "../support/cpu-rounds.js";
import { bareSaxes } from "../support/bare-saxes.js";

const FOLDERS = ["en16931", "zugferd-corpus", "peppol-bis3", "akretion-facturx"];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The invoices the reader accepts: standalone CII/UBL files and the XML embedded in the corpus PDFs. */
async function loadInvoices(): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for (const file of FOLDERS.flatMap((f) => walk(path.join(CORPUS, f)))) {
    const bytes = new Uint8Array(fs.readFileSync(file));
    try {
      if (/\.xml$/i.test(file)) {
        readInvoiceXml(bytes);
        out.push(bytes);
      } else if (/\.pdf$/i.test(file)) {
        const xml = findInvoiceFile((await readPdf(bytes)).files).bytes;
        readInvoiceXml(xml);
        out.push(xml);
      }
    } catch {
      // Refused files (ZUGFeRD 1, FatturaPA, malformed) are not part of the throughput set.
    }
  }
  return out;
}


function report(label: string, set: Uint8Array[], passesPerSecond: number, baseline: number): void {
  const mb = set.reduce((n, b) => n + b.byteLength, 0) / 1048576;
  const ratio = baseline / passesPerSecond;
  console.log(
    `  ${label.padEnd(34)} ${(passesPerSecond * set.length).toFixed(0).padStart(7)} invoices/s ${(passesPerSecond * mb).toFixed(1).padStart(7)} MB/s   ×${ratio.toFixed(2)} the time of bare saxes`,
  );
}

export async function run(): Promise<void> {
  const all = await loadInvoices();
  if (process.env.BENCH_PARSER_ONLY) return runParser(all);
  runParser(all);
  const typical = all.filter((b) => b.byteLength < 100_000); // without the few XRechnung files carrying MB of base64 attachments
  for (const [name, set] of [
    ["all corpus invoices", all],
    ["invoices under 100 kB", typical],
  ] as const) {
    const mb = set.reduce((n, b) => n + b.byteLength, 0) / 1048576;
    console.log(`${name}: ${set.length} files, ${mb.toFixed(2)} MB (median ${median(set.map((b) => b.byteLength))} bytes)`);
    // The mapping alone, over trees parsed once: what the model costs on top of parsing.
    const trees = new Map(set.map((b) => [b, parseXml(b).root]));
    const mapOnly = (b: Uint8Array) => readInvoiceTree(trees.get(b) as XmlElement);
    const [saxes = 0, tree = 0, model = 0, mapping = 0] = bestCpuPassesPerSecond(set, [bareSaxes, (b) => parseXml(b), (b) => readInvoiceXml(b), mapOnly]);
    report("bare saxes parse (baseline)", set, saxes, saxes);
    report("parseXml (tree, limits)", set, tree, saxes);
    report("readInvoiceXml (tree + model)", set, model, saxes);
    report("model mapping alone (tree given)", set, mapping, saxes);
  }
  await runPdf(CORPUS);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
