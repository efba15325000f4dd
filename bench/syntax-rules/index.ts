// Syntax-binding rules (CII-SR, CII-DT, UBL-SR, UBL-CR, UBL-DT: 1,339 rules) on corpus invoices of 15-50 kB, next to a
// bare walk of the same trees: the tables are meant to cost about one walk per document, whatever their size.
import fs from "node:fs";
import path from "node:path";
import { detect } from "../../src/einvoice/detect.js";
import { en16931SyntaxRules } from "../../src/einvoice/rules/en16931/syntax/index.js";
import { CII_SYNTAX_TABLE } from "../../src/einvoice/rules/en16931/syntax/cii.js";
import { UBL_SYNTAX_TABLE } from "../../src/einvoice/rules/en16931/syntax/ubl.js";
import { runRules } from "../../src/einvoice/rules/run-rules.js";
import { SyntaxEngine } from "../../src/einvoice/rules/support/syntax-engine.js";
import { parseXml } from "../../src/einvoice/xml/parse-xml.js";
import type { XmlElement } from "../../src/einvoice/xml/xml-tree.js";
import { CORPUS, bestCpuPassesPerSecond, filesUnder } from "../support/cpu-rounds.js";

interface Doc {
  bytes: Buffer;
  root: XmlElement;
}

/** Standalone CII and UBL invoices of 15 to 50 kB from the corpus. */
function loadDocs(): Doc[] {
  const out: Doc[] = [];
  for (const file of ["en16931", "peppol-bis3", "zugferd-corpus", "akretion-facturx"].flatMap((f) => filesUnder(path.join(CORPUS, f)))) {
    if (!file.endsWith(".xml")) continue;
    const bytes = fs.readFileSync(file);
    if (bytes.byteLength < 15_000 || bytes.byteLength > 50_000) continue;
    try {
      const root = parseXml(bytes).root;
      if (detect(root)) out.push({ bytes, root });
    } catch {
      // Not well-formed: not part of the set.
    }
  }
  return out;
}

/** The baseline: visit every element and look at its attributes, as any rule engine must at least do once. */
function bareWalk(e: XmlElement): number {
  let n = 0;
  for (const _ in e.attrs) n++;
  for (const c of e.children) n += bareWalk(c);
  return n + 1;
}

/** Runs the benchmark and prints invoices per second, with the ratio to the bare walk. */
export async function run(): Promise<void> {
  const docs = loadDocs();
  const kb = docs.reduce((n, d) => n + d.bytes.byteLength, 0) / docs.length / 1024;
  const elements = docs.reduce((n, d) => n + bareWalk(d.root), 0) / docs.length;
  console.log(`${docs.length} invoices of 15-50 kB (mean ${kb.toFixed(1)} kB, ${elements.toFixed(0)} elements and attributes)`);
  const engines = { CII: new SyntaxEngine(CII_SYNTAX_TABLE), UBL: new SyntaxEngine(UBL_SYNTAX_TABLE) };
  const detected = new Map(docs.map((d) => [d, detect(d.root)!]));
  const tableOnly = (d: Doc) => engines[detected.get(d)!.syntax].evaluate(d.root);
  // Through the rule runner, as validation runs them: a fresh tree each time (results are kept per tree).
  const asRules = (d: Doc) => runRules(en16931SyntaxRules, { root: parseXml(d.bytes).root, detected: detected.get(d)!, frenchPublicBuyer: false });
  const parseOnly = (d: Doc) => parseXml(d.bytes);
  const [walk = 0, table = 0, parse = 0, rules = 0] = bestCpuPassesPerSecond(docs, [(d) => bareWalk(d.root), tableOnly, parseOnly, asRules]);
  const line = (label: string, passes: number, note: string) => console.log(`  ${label.padEnd(40)} ${(passes * docs.length).toFixed(0).padStart(8)} invoices/s   ${note}`);
  line("bare walk of the tree (baseline)", walk, "");
  line("syntax tables (tree given)", table, `×${(walk / table).toFixed(1)} the time of the bare walk`);
  line("parseXml alone", parse, "");
  line("parseXml + 1,339 syntax rules (runner)", rules, `×${(parse / rules).toFixed(2)} the time of parsing alone`);
}
