import fs from "node:fs";
import path from "node:path";

// Reads the official validator's verdicts shipped in ../shared/corpus (never edited, never copied into the repo).

export const CORPUS_DIR = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../shared/corpus"));

/** A rule id with how many times it fired. */
export type RuleCounts = Map<string, number>;

export interface VerdictRow {
  file: string;
  syntax: string;
  profile: string;
  en16931Fatal: RuleCounts;
  en16931Warning: RuleCounts;
  facturxFatal: RuleCounts;
  brFrFatal: RuleCounts;
  note: string;
}

export interface UnitExpectation {
  file: string;
  scope: string;
  success: string;
  error: string;
  warning: string;
  description: string;
}

/** `BR-16,CII-DT-031x7` → {BR-16: 1, CII-DT-031: 7}. */
export function parseRuleCounts(cell: string | undefined): RuleCounts {
  const counts: RuleCounts = new Map();
  for (const part of (cell ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const m = part.match(/^(.*?)x(\d+)$/);
    const [id, n] = m ? [m[1] as string, Number(m[2])] : [part, 1];
    counts.set(id, (counts.get(id) ?? 0) + n);
  }
  return counts;
}

function readTsv(name: string): string[][] {
  const lines = fs.readFileSync(path.join(CORPUS_DIR, name), "utf8").split("\n").filter((l) => l.length > 0);
  return lines.slice(1).map((l) => l.split("\t"));
}

/** The 210 rows of verdicts.tsv. */
export function loadVerdicts(): VerdictRow[] {
  return readTsv("verdicts.tsv").map((c) => ({
    file: c[0] ?? "",
    syntax: c[1] ?? "",
    profile: c[3] ?? "",
    en16931Fatal: parseRuleCounts(c[7]),
    en16931Warning: parseRuleCounts(c[8]),
    facturxFatal: parseRuleCounts(c[11]),
    brFrFatal: parseRuleCounts(c[13]),
    note: c[14] ?? "",
  }));
}

/** CEN's 1140 single-rule tests. */
export function loadUnitExpectations(): UnitExpectation[] {
  return readTsv("cen-unit-expected.tsv").map((c) => ({
    file: c[0] ?? "",
    scope: c[3] ?? "",
    success: c[4] ?? "",
    error: c[5] ?? "",
    warning: c[6] ?? "",
    description: c[7] ?? "",
  }));
}

/** The family of a rule id: BR-CO-10 → BR-CO, BR-01 → BR, CII-SR-001 → CII-SR, BR-S-08 → BR-S. */
export function familyOf(ruleId: string): string {
  return ruleId.replace(/-\d+[a-z]?$/, "");
}

/** Counts restricted to the given families. */
export function onlyFamilies(counts: RuleCounts, families: ReadonlySet<string>): RuleCounts {
  return new Map([...counts].filter(([id]) => families.has(familyOf(id))));
}

/** Human-readable difference between expected and actual counts, or "" when equal. */
export function diffCounts(expected: RuleCounts, actual: RuleCounts): string {
  const ids = new Set([...expected.keys(), ...actual.keys()]);
  const parts: string[] = [];
  for (const id of [...ids].sort()) {
    const e = expected.get(id) ?? 0;
    const a = actual.get(id) ?? 0;
    if (e !== a) parts.push(`${id}: expected ${e}, got ${a}`);
  }
  return parts.join("; ");
}
