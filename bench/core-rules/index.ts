// EN 16931 core rules (BR, BR-CO, BR-DEC): rule time per document on the CEN example invoices, against a baseline
// measured in the same run (parsing alone). `npm run bench -- core-rules`
import fs from "node:fs";
import path from "node:path";
import { detect } from "../../src/einvoice/detect.js";
import { en16931CoreRules } from "../../src/einvoice/rules/en16931/core/index.js";
import type { Rule } from "../../src/einvoice/rules/rule.js";
import { runRules } from "../../src/einvoice/rules/run-rules.js";
import { parseXml } from "../../src/einvoice/xml/parse-xml.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/en16931");

function corpusFiles(): Buffer[] {
  const out: Buffer[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith(".xml")) out.push(fs.readFileSync(p));
    }
  };
  walk(CORPUS);
  return out;
}

/** Microseconds per document for `work`, after a warm-up round. */
function microsPerDocument(files: Buffer[], rounds: number, work: (xml: Buffer) => void): number {
  for (const f of files) work(f);
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const f of files) work(f);
  return Number(process.hrtime.bigint() - start) / 1e3 / (rounds * files.length);
}

function withRules(rules: readonly Rule[]) {
  return (xml: Buffer) => {
    const { root } = parseXml(xml);
    const detected = detect(root);
    if (detected) runRules(rules, { root, detected, frenchPublicBuyer: false });
  };
}

/** Prints µs per document for parsing alone, then the extra time of each core family and of all three. */
export async function run(): Promise<void> {
  const files = corpusFiles();
  const kb = files.reduce((s, f) => s + f.length, 0) / files.length / 1024;
  const rounds = 30;
  const parse = microsPerDocument(files, rounds, (xml) => parseXml(xml));
  console.log(`${files.length} CEN example invoices, ${kb.toFixed(1)} KB on average, ${en16931CoreRules.length} core rules`);
  console.log(`baseline, parsing alone:  ${parse.toFixed(0)} µs/document (${(1e6 / parse).toFixed(0)} documents/s)`);
  const families: [string, RegExp][] = [
    ["BR", /^BR-\d/],
    ["BR-CO", /^BR-CO-/],
    ["BR-DEC", /^BR-DEC-/],
  ];
  for (const [name, pattern] of families) {
    const total = microsPerDocument(files, rounds, withRules(en16931CoreRules.filter((r) => pattern.test(r.id))));
    console.log(`+ ${name.padEnd(7)} rules:         ${(total - parse).toFixed(1)} µs/document`);
  }
  const all = microsPerDocument(files, rounds, withRules(en16931CoreRules));
  console.log(`+ all core rules:         ${(all - parse).toFixed(1)} µs/document (${(1e6 / all).toFixed(0)} documents/s with parsing)`);
}
