import { EInvoiceError, isPdf, messageIn, type Profile, type ReadResult, readInvoicePdf, readInvoiceXml, type Syntax, validateTree } from "../../einvoice/index.js";
import { type DepositFinding, finding } from "./domain/deposit-findings.js";
import { type InvoiceFacts, invoiceFacts } from "./domain/invoice-facts.js";

/** What a deposited file turned out to be, with its facts and validation findings when it is structured. */
export type ReadFile =
  | { kind: "FACTURX" | "XML"; syntax: Syntax; profile: Profile; facts: InvoiceFacts; findings: DepositFinding[]; xml: Uint8Array; mime: string }
  | { kind: "PDF"; findings: DepositFinding[]; mime: string }
  | { kind: "UNREADABLE"; findings: DepositFinding[] };

function looksLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  return bytes[i] === 0x3c;
}

const withEnglish = (en: string | undefined) => (en === undefined ? {} : { messageEn: en });

function structured(read: ReadResult, kind: "FACTURX" | "XML", mime: string): ReadFile {
  const report = validateTree(read.tree, { frenchPublicBuyer: true });
  const findings: DepositFinding[] = report.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    ...withEnglish(messageIn(f, "fr", "en")),
    field: "file",
    reason: "REJ_SEMAN",
    details: { path: f.path, line: f.line, terms: [...f.terms] },
  }));
  return { kind, syntax: read.syntax, profile: read.profile, facts: invoiceFacts(read.model), findings, xml: read.xml, mime };
}

const unreadable = (error: EInvoiceError): ReadFile => ({
  kind: "UNREADABLE",
  findings: [finding("DEP-FILE-UNREADABLE", { detail: error.message }, "fatal", { detail: error.messageEn ?? error.message })],
});

/**
 * Reads a deposited file with the engine: Factur-X / ZUGFeRD 2 PDF (its embedded XML), CII or UBL XML, or a plain PDF
 * (no embedded invoice: the PDF stays the original and the user types its data); structured ones are validated.
 */
export async function readDepositFile(bytes: Uint8Array): Promise<ReadFile> {
  if (bytes.byteLength === 0) return { kind: "UNREADABLE", findings: [finding("DEP-FILE-EMPTY")] };
  try {
    if (!looksLikeXml(bytes) && isPdf(bytes)) return structured(await readInvoicePdf(bytes), "FACTURX", "application/pdf");
    if (looksLikeXml(bytes)) return structured(readInvoiceXml(bytes), "XML", "application/xml");
  } catch (error) {
    if (error instanceof EInvoiceError && error.code === "PDF_WITHOUT_INVOICE") return { kind: "PDF", findings: [], mime: "application/pdf" };
    if (error instanceof EInvoiceError) return unreadable(error);
    throw error;
  }
  return { kind: "UNREADABLE", findings: [finding("DEP-FILE-TYPE")] };
}
