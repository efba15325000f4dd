// VAT category and code-list rules (BR-S … BR-AG, BR-CL) on corpus invoices of 15-50 kB, next to parsing alone:
// the rules compute their per-document facts once (memoised on the root), so they must be measured on fresh trees.
import fs from "node:fs";
import path from "node:path";
import { detect } from "../../src/einvoice/detect.js";
import { en16931CodelistsRules } from "../../src/einvoice/rules/en16931/codelists/index.js";
import { en16931VatRules } from "../../src/einvoice/rules/en16931/vat/index.js";
import { runRules } from "../../src/einvoice/rules/run-rules.js";
import { parseXml } from "../../src/einvoice/xml/parse-xml.js";

const CORPUS = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../shared/corpus"));
const RULES = [...en16931VatRules, ...en16931CodelistsRules];
const ROUND_MS = 400;
const ROUNDS = 5;

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** Standalone CII and UBL invoices of 15 to 50 kB from the corpus. */
function loadDocs(): Buffer[] {
  const out: Buffer[] = [];
  for (const file of ["en16931", "peppol-bis3", "zugferd-corpus", "akretion-facturx"].flatMap((f) => files(path.join(CORPUS, f)))) {
    if (!file.endsWith(".xml")) continue;
    const bytes = fs.readFileSync(file);
    if (bytes.byteLength < 15_000 || bytes.byteLength > 50_000) continue;
    try {
      if (detect(parseXml(bytes).root)) out.push(bytes);
    } catch {
      // Not well-formed: not part of the set.
    }
  }
  return out;
}

function parseOnly(bytes: Buffer): unknown {
  return parseXml(bytes);
}

function parseAndRules(bytes: Buffer): unknown {
  const { root } = parseXml(bytes);
  const detected = detect(root);
  return detected ? runRules(RULES, { root, detected, frenchPublicBuyer: false }) : undefined;
}

/** Invoices per second of the process's CPU time (less disturbed by other work than wall time), best of the rounds. */
function measure(docs: Buffer[], fn: (b: Buffer) => unknown): number {
  let best = 0;
  for (let r = 0; r < ROUNDS; r++) {
    let count = 0;
    const start = performance.now();
    const cpu = process.cpuUsage();
    while (performance.now() - start < ROUND_MS) {
      for (const d of docs) fn(d);
      count += docs.length;
    }
    const used = process.cpuUsage(cpu);
    best = Math.max(best, count / ((used.user + used.system) / 1e6));
  }
  return best;
}

/** Prints invoices per CPU-second for parsing alone (baseline) and parsing plus the VAT and code-list rules. */
export async function run(): Promise<void> {
  const docs = loadDocs();
  const kb = docs.reduce((s, d) => s + d.byteLength, 0) / docs.length / 1024;
  for (const d of docs) parseAndRules(d); // warm-up
  let base = 0;
  let rules = 0;
  // Interleaved so that both candidates see the same machine load.
  for (let i = 0; i < 2; i++) {
    base = Math.max(base, measure(docs, parseOnly));
    rules = Math.max(rules, measure(docs, parseAndRules));
  }
  const costUs = 1e6 / rules - 1e6 / base;
  console.log(`${docs.length} invoices of 15-50 kB (mean ${kb.toFixed(1)} kB), ${RULES.length} rules`);
  console.log(`parseXml alone (baseline):          ${base.toFixed(0)} invoices / CPU-s`);
  console.log(`parseXml + VAT and code-list rules: ${rules.toFixed(0)} invoices / CPU-s (${(base / rules).toFixed(2)} × the baseline's time)`);
  console.log(`the rules alone: ${costUs.toFixed(0)} µs of CPU per invoice, about ${(1e6 / costUs).toFixed(0)} invoices / CPU-s`);
}
