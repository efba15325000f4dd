import type { Profile, Syntax } from "../../einvoice/detect.js";
import { EInvoiceError } from "../../einvoice/errors.js";
import { validateTree } from "../../einvoice/validate.js";
import { parseXml } from "../../einvoice/xml/parse-xml.js";
import { type DepositFinding, finding } from "./domain/deposit-findings.js";
import { type InvoiceFacts, invoiceFacts } from "./domain/invoice-facts.js";
import { extractInvoiceXml } from "./facturx-extract.js";

/** What a deposited file turned out to be, with its facts and validation findings when it is structured. */
export type ReadFile =
  | { kind: "FACTURX" | "XML"; syntax: Syntax; profile: Profile; facts: InvoiceFacts; findings: DepositFinding[]; xml: Uint8Array; mime: string }
  | { kind: "PDF"; findings: DepositFinding[]; mime: string }
  | { kind: "UNREADABLE"; findings: DepositFinding[] };

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x3c;
}

function readStructured(xml: Uint8Array, kind: "FACTURX" | "XML", mime: string): ReadFile {
  try {
    const { root } = parseXml(xml);
    const report = validateTree(root, { frenchPublicBuyer: true });
    const findings: DepositFinding[] = report.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      field: "file",
      reason: "REJ_SEMAN",
      details: { path: f.path, line: f.line, terms: [...f.terms] },
    }));
    return { kind, syntax: report.syntax, profile: report.profile, facts: invoiceFacts(root, report.syntax), findings, xml, mime };
  } catch (error) {
    if (error instanceof EInvoiceError) return { kind: "UNREADABLE", findings: [finding("DEP-FILE-UNREADABLE", { detail: error.message })] };
    throw error;
  }
}

/** Reads a deposited file: Factur-X PDF (embedded XML), CII or UBL XML, or a plain PDF (the PDF stays the original). */
export async function readDepositFile(bytes: Uint8Array): Promise<ReadFile> {
  if (bytes.byteLength === 0) return { kind: "UNREADABLE", findings: [finding("DEP-FILE-EMPTY")] };
  if (startsWith(bytes, "%PDF-")) {
    let embedded: { bytes: Uint8Array } | undefined;
    try {
      embedded = await extractInvoiceXml(bytes);
    } catch (error) {
      return { kind: "UNREADABLE", findings: [finding("DEP-FILE-UNREADABLE", { detail: `PDF illisible (${error instanceof Error ? error.message : "erreur inconnue"})` })] };
    }
    return embedded ? readStructured(embedded.bytes, "FACTURX", "application/pdf") : { kind: "PDF", findings: [], mime: "application/pdf" };
  }
  if (looksLikeXml(bytes)) return readStructured(bytes, "XML", "application/xml");
  return { kind: "UNREADABLE", findings: [finding("DEP-FILE-TYPE")] };
}
