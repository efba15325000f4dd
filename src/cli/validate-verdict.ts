import { EInvoiceError } from "../einvoice/errors.js";
import type { ValidateOptions } from "../einvoice/validate.js";
import { validateFile } from "../einvoice/validate-file.js";

/** What `guichet validate` prints for one file: the report's plain parts, or why the file could not be read. */
export type FileVerdict =
  | {
      syntax: string;
      profile: string;
      valid: boolean;
      findings: { rule: string; severity: string; terms: readonly string[]; path: string; message: string }[];
    }
  | { error: { code: string; message: string } };

/** Validates one file's bytes into the plain verdict the command prints (the same on the main thread and in a worker). */
export async function verdictOf(bytes: Uint8Array, options: ValidateOptions): Promise<FileVerdict> {
  try {
    const report = await validateFile(bytes, options);
    const findings = report.findings.map((f) => ({ rule: f.rule, severity: f.severity, terms: f.terms, path: f.path, message: f.message }));
    return { syntax: report.syntax, profile: report.profile, valid: report.valid, findings };
  } catch (error) {
    return { error: unreadable(error, options.locale) };
  }
}

/** The code and message of a file that cannot be validated, in English when asked and the engine has it. */
export function unreadable(error: unknown, locale: ValidateOptions["locale"] = "fr"): { code: string; message: string } {
  const code = error instanceof EInvoiceError ? error.code : "READ_FAILED";
  const english = locale === "en" && error instanceof EInvoiceError ? error.messageEn : undefined;
  return { code, message: english ?? (error instanceof Error ? error.message : String(error)) };
}
