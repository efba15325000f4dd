// Reports agreement with the official validator per rule family: `npx tsx scripts/agreement.ts [FAMILY...] [--verbose]`;
// the families FX (Factur-X 1.09 profile rules) and BR-FR (French Flux 2 rules) compare with their own columns.
import { compareBrFrVerdicts, compareFacturxVerdicts, compareUnitTests, compareVerdicts } from "../test/validation/agreement.js";
import { familyOf, loadUnitExpectations, loadVerdicts } from "../test/validation/official-verdicts.js";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
let families = args.filter((a) => !a.startsWith("--"));
const profileFamilies = families.length === 0 ? ["FX", "BR-FR"] : families.filter((f) => f === "FX" || f === "BR-FR");
families = families.filter((f) => f !== "FX" && f !== "BR-FR");
const onlyProfile = families.length === 0 && profileFamilies.length > 0 && args.some((a) => a === "FX" || a === "BR-FR");
if (families.length === 0 && !onlyProfile) {
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
for (const family of profileFamilies) {
  const result = family === "FX" ? await compareFacturxVerdicts() : await compareBrFrVerdicts();
  console.log(`${family.padEnd(8)} corpus: ${result.disagreements.length} disagreements over ${result.checked} files (${result.skipped.length} skipped)`);
  if (verbose) for (const d of result.disagreements) console.log(`   ${d.file}: ${d.what}`);
}
