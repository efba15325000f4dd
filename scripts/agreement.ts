// Reports agreement with the official validator per rule family: `npx tsx scripts/agreement.ts [FAMILY...] [--verbose]`.
import { compareUnitTests, compareVerdicts } from "../test/validation/agreement.js";
import { familyOf, loadUnitExpectations, loadVerdicts } from "../test/validation/official-verdicts.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
let families = args.filter((a) => !a.startsWith("--"));
if (families.length === 0) {
  const all = new Set<string>();
  for (const r of loadVerdicts()) for (const id of [...r.en16931Fatal.keys(), ...r.en16931Warning.keys()]) all.add(familyOf(id));
  for (const t of loadUnitExpectations()) all.add(familyOf(t.scope));
  families = [...all].sort();
}
for (const family of families) {
  const set = new Set([family]);
  const corpus = await compareVerdicts(set);
  const unit = compareUnitTests(set);
  console.log(`${family.padEnd(8)} corpus: ${corpus.disagreements.length} disagreements over ${corpus.checked} files (${corpus.skipped.length} skipped)   unit: ${unit.disagreements.length} failures over ${unit.checked} tests`);
  if (verbose) for (const d of [...corpus.disagreements, ...unit.disagreements]) console.log(`   ${d.file}: ${d.what}`);
}
