// EN 16931 core rules (BR, BR-CO, BR-DEC: 103 rules) on corpus invoices of 15-50 kB, per family, next to parsing and a
// bare walk of the same trees; and the French rules (BR-FR, CPRO) a French public buyer's invoices also pass.
// `npm run bench -- core-rules`
import fs from "node:fs";
import path from "node:path";
import { type Detected, detect } from "../../src/einvoice/detect.js";
import { en16931CoreRules } from "../../src/einvoice/rules/en16931/core/index.js";
import { frRules } from "../../src/einvoice/rules/fr/index.js";
import type { Rule } from "../../src/einvoice/rules/rule.js";
import { runRules } from "../../src/einvoice/rules/run-rules.js";
import { forgetDocument } from "../../src/einvoice/rules/support/core-index.js";
import { parseXml } from "../../src/einvoice/xml/parse-xml.js";
import type { XmlElement } from "../../src/einvoice/xml/xml-tree.js";
import { CORPUS, bestCpuPassesPerSecond, filesUnder } from "../support/cpu-rounds.js";

interface Doc {
  bytes: Buffer;
  root: XmlElement;
  detected: Detected;
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
      const detected = detect(root);
      if (detected) out.push({ bytes, root, detected });
    } catch {
      // Not well-formed: not part of the set.
    }
  }
  return out;
}

function bareWalk(e: XmlElement): number {
  let n = 0;
  for (const _ in e.attrs) n++;
  for (const c of e.children) n += bareWalk(c);
  return n + 1;
}

/** Through the rule runner on the parsed tree, its per-document index and memos dropped first (so they are rebuilt). */
const rulesOn = (rules: readonly Rule[], frenchPublicBuyer = false) => (d: Doc) => {
  forgetDocument(d.root);
  return runRules(rules, { root: d.root, detected: d.detected, frenchPublicBuyer }, "fr");
};

/** Prints invoices per CPU-second and the rule time per invoice of each core family and of all three. */
export async function run(): Promise<void> {
  const docs = loadDocs();
  const kb = docs.reduce((n, d) => n + d.bytes.byteLength, 0) / docs.length / 1024;
  console.log(`${docs.length} invoices of 15-50 kB (mean ${kb.toFixed(1)} kB), ${en16931CoreRules.length} core rules`);
  const family = (pattern: RegExp) => en16931CoreRules.filter((r) => pattern.test(r.id));
  const candidates: [string, (d: Doc) => unknown][] = [
    ["bare walk of the tree (baseline)", (d) => bareWalk(d.root)],
    ["parseXml alone (reference)", (d) => parseXml(d.bytes)],
    ["BR rules (tree given)", rulesOn(family(/^BR-\d/))],
    ["BR-CO rules (tree given)", rulesOn(family(/^BR-CO-/))],
    ["BR-DEC rules (tree given)", rulesOn(family(/^BR-DEC-/))],
    ["all core rules (tree given)", rulesOn(en16931CoreRules)],
    // The deposit path (a French public buyer) also runs the French rules: BR-FR on CII, BR-FR-CPRO on both syntaxes.
    ["French rules, BR-FR + CPRO (tree given)", rulesOn(frRules, true)],
  ];
  const rates = bestCpuPassesPerSecond(
    docs,
    candidates.map(([, fn]) => fn),
  );
  const walk = rates[0] ?? 1;
  const parse = rates[1] ?? 1;
  for (const [i, [label]] of candidates.entries()) {
    const rate = rates[i] ?? 1;
    const micros = 1e6 / (rate * docs.length);
    const note = i >= 2 ? `, ${((parse / rate) * 100).toFixed(0)} % of parsing` : "";
    console.log(`  ${label.padEnd(42)} ${(rate * docs.length).toFixed(0).padStart(8)} invoices/s  ${micros.toFixed(1).padStart(7)} µs/invoice  ×${(walk / rate).toFixed(1)} the bare walk${note}`);
  }
}
