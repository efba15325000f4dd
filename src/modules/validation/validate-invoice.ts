import { INVOICE_PART_LABELS, invoicePartOf, isPdf, validateFile } from "../../einvoice/index.js";
import type { ValidationResult } from "./validation.schemas.js";

/** Validates an uploaded invoice for the public checker: nothing is stored, the findings are grouped by part. */
export async function validateInvoice(bytes: Uint8Array, options: { locale: "fr" | "en"; publicBuyer: boolean; maxBytes: number }): Promise<ValidationResult> {
  const report = await validateFile(bytes, { locale: options.locale, frenchPublicBuyer: options.publicBuyer, limits: { maxBytes: options.maxBytes } });
  const findings = report.findings.map((f) => {
    const part = invoicePartOf(f);
    return { rule: f.rule, severity: f.severity, terms: [...f.terms], part, partLabel: INVOICE_PART_LABELS[part][options.locale], path: f.path, line: f.line, message: f.message };
  });
  return {
    syntax: report.syntax,
    kind: report.kind,
    profile: report.profile,
    source: isPdf(bytes) ? "pdf" : "xml",
    valid: report.valid,
    fatalCount: findings.filter((f) => f.severity === "fatal").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
    sets: report.sets,
    findings,
  };
}
