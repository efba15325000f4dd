import fs from "node:fs";
import path from "node:path";
import { EInvoiceError } from "../../src/einvoice/errors.js";
import { extractEmbeddedFile } from "../../src/einvoice/facturx/index.js";
import type { RuleSet } from "../../src/einvoice/rules/rule.js";
import { validateXml } from "../../src/einvoice/validate.js";
import { CORPUS_DIR, diffCounts, familyOf, loadUnitExpectations, loadVerdicts, onlyFamilies, type RuleCounts, type VerdictRow } from "./official-verdicts.js";

/** Reads the XML of a verdict row; `_extracted/<pdf>__<name>` rows come from the PDF's embedded file. */
export async function loadRowXml(file: string): Promise<Uint8Array | undefined> {
  if (!file.startsWith("_extracted/")) return new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, file)));
  const [pdf, name] = file.slice("_extracted/".length).split("__") as [string, string];
  const bytes = new Uint8Array(fs.readFileSync(path.join(CORPUS_DIR, pdf)));
  return extractEmbeddedFile(bytes, name);
}

function countFindings(findings: { rule: string; severity: string }[], severity: string): RuleCounts {
  const counts: RuleCounts = new Map();
  for (const f of findings) if (f.severity === severity) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

/** The refusals of the XML reader: what agreeing with "not well-formed" means. */
const XML_REFUSALS: ReadonlySet<string> = new Set(["XML_MALFORMED", "XML_ENCODING", "XML_EMPTY"]);

/** A row the official tool could not parse (`MALFORMED` syntax, or a `not well-formed` note). */
export function isMalformed(row: VerdictRow): boolean {
  return row.syntax === "MALFORMED" || /not well-formed/.test(row.note);
}

export interface Disagreement {
  file: string;
  what: string;
}

/** Compares our EN 16931 verdicts with the official ones on every row, restricted to the given rule families. */
export async function compareVerdicts(families: ReadonlySet<string>, rows: VerdictRow[] = loadVerdicts()): Promise<{ checked: number; skipped: string[]; disagreements: Disagreement[] }> {
  const disagreements: Disagreement[] = [];
  const skipped: string[] = [];
  let checked = 0;
  for (const row of rows) {
    const xml = await loadRowXml(row.file);
    if (!xml) {
      skipped.push(row.file);
      continue;
    }
    checked++;
    let fatal: RuleCounts;
    let warning: RuleCounts;
    const malformed = isMalformed(row);
    try {
      const report = validateXml(xml, { sets: ["en16931" satisfies RuleSet] });
      fatal = countFindings(report.findings, "fatal");
      warning = countFindings(report.findings, "warning");
    } catch (error) {
      // The official tool could not read a malformed row at all: we must refuse it too, as unreadable XML (and
      // nothing else); any other row must be read.
      const refusedAsXml = error instanceof EInvoiceError && XML_REFUSALS.has(error.code);
      if (!(malformed && refusedAsXml)) disagreements.push({ file: row.file, what: `threw ${String(error)}` });
      continue;
    }
    if (malformed) {
      disagreements.push({ file: row.file, what: `accepted, but the official tool found it not well-formed (${row.note})` });
      continue;
    }
    const f = diffCounts(onlyFamilies(row.en16931Fatal, families), onlyFamilies(fatal, families));
    const w = diffCounts(onlyFamilies(row.en16931Warning, families), onlyFamilies(warning, families));
    if (f) disagreements.push({ file: row.file, what: `fatal: ${f}` });
    if (w) disagreements.push({ file: row.file, what: `warning: ${w}` });
  }
  return { checked, skipped, disagreements };
}

/** Runs CEN's single-rule tests whose rule belongs to the given families. */
export function compareUnitTests(families: ReadonlySet<string>): { checked: number; disagreements: Disagreement[] } {
  const disagreements: Disagreement[] = [];
  let checked = 0;
  for (const t of loadUnitExpectations()) {
    if (!families.has(familyOf(t.scope))) continue;
    checked++;
    let findings: { rule: string; severity: string }[];
    try {
      findings = validateXml(fs.readFileSync(path.join(CORPUS_DIR, t.file)), { sets: ["en16931"] }).findings;
    } catch (error) {
      disagreements.push({ file: t.file, what: `threw ${String(error)}` });
      continue;
    }
    const fired = (id: string, severity?: string) => findings.some((f) => f.rule === id && (!severity || f.severity === severity));
    if (t.success && fired(t.success)) disagreements.push({ file: t.file, what: `${t.success} fired but must not (${t.description})` });
    if (t.error && !fired(t.error, "fatal")) disagreements.push({ file: t.file, what: `${t.error} must fire as fatal (${t.description})` });
    if (t.warning && !fired(t.warning, "warning")) disagreements.push({ file: t.file, what: `${t.warning} must fire as a warning (${t.description})` });
  }
  return { checked, disagreements };
}

/** The Factur-X and BR-FR columns of verdicts.tsv, read raw (which XSLT judged the row, and the official BR-FR note). */
function profileColumns(): Map<string, { fxXslt: string; brFr: string; note: string }> {
  const lines = fs.readFileSync(path.join(CORPUS_DIR, "verdicts.tsv"), "utf8").split("\n").filter((l) => l.length > 0);
  return new Map(
    lines.slice(1).map((l) => {
      const c = l.split("\t");
      return [c[0] ?? "", { fxXslt: c[9] ?? "", brFr: c[12] ?? "", note: c[14] ?? "" }];
    }),
  );
}

/** Rows where the official BR-FR XSLT itself crashed: no official verdict to compare with. */
export function isBrFrToolFailure(note: string): boolean {
  return note.includes("BR-FR XSLT-ERROR");
}

async function compareSet(set: RuleSet, pick: (row: VerdictRow, cols: { fxXslt: string; brFr: string; note: string }) => RuleCounts | undefined) {
  const disagreements: Disagreement[] = [];
  const skipped: string[] = [];
  const columns = profileColumns();
  let checked = 0;
  for (const row of loadVerdicts()) {
    const cols = columns.get(row.file);
    const expected = cols ? pick(row, cols) : undefined;
    if (!expected) continue;
    const xml = await loadRowXml(row.file);
    if (!xml) {
      skipped.push(row.file);
      continue;
    }
    checked++;
    try {
      const report = validateXml(xml, { sets: [set] });
      const diff = diffCounts(expected, countFindings(report.findings, "fatal"));
      if (diff) disagreements.push({ file: row.file, what: `fatal: ${diff}` });
    } catch (error) {
      disagreements.push({ file: row.file, what: `threw ${String(error)}` });
    }
  }
  return { checked, skipped, disagreements };
}

/** Compares our "facturx" findings with the FNFE Factur-X 1.09 XSLT of each CII row's own profile. */
export function compareFacturxVerdicts(): Promise<{ checked: number; skipped: string[]; disagreements: Disagreement[] }> {
  return compareSet("facturx", (row, cols) => (row.syntax === "CII" && cols.fxXslt !== "" ? row.facturxFatal : undefined));
}

/** Compares our "br-fr" findings with the official BR-FR (Flux 2) XSLT on every CII row it could judge. */
export function compareBrFrVerdicts(): Promise<{ checked: number; skipped: string[]; disagreements: Disagreement[] }> {
  return compareSet("br-fr", (row, cols) => (row.syntax === "CII" && cols.brFr !== "n/a" && cols.brFr !== "" && !isBrFrToolFailure(cols.note) ? row.brFrFatal : undefined));
}
