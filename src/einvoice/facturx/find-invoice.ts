import { EInvoiceError } from "../errors.js";
import type { EmbeddedFile } from "./embedded-files.js";

/** The names under which Factur-X, ZUGFeRD 2, XRechnung and ZUGFeRD 1 embed the invoice, most preferred first. */
export const INVOICE_FILE_NAMES = ["factur-x.xml", "xrechnung.xml", "zugferd-invoice.xml"] as const;

/**
 * True when the XML bytes are a ZUGFeRD 1 invoice: rsm:CrossIndustryDocument in the `urn:ferd:` 1p0 namespace, or
 * its release candidate (CBFBUY:5). A CII D16B invoice that merely quotes a ZUGFeRD 1 guideline id is not.
 */
export function isZugferd1(bytes: Uint8Array): boolean {
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 4096));
  if (head.includes("CrossIndustryInvoice:100")) return false;
  return head.includes("urn:ferd:CrossIndustryDocument:invoice:1p0") || head.includes("urn:un:unece:uncefact:data:standard:CBFBUY:5");
}

export function zugferd1Error(name?: string): EInvoiceError {
  return new EInvoiceError(
    "ZUGFERD1_UNSUPPORTED",
    "Facture ZUGFeRD 1.0 : ce format est abandonné et n'est pas accepté. Déposez une facture Factur-X / ZUGFeRD 2, CII ou UBL conforme à la norme EN 16931.",
    name ? { attachment: name } : undefined,
    "ZUGFeRD 1.0 invoice: this format is retired and not accepted. Deposit a Factur-X / ZUGFeRD 2, CII or UBL invoice that follows EN 16931.",
  );
}

/** The embedded file with that name (exact first, then case-insensitive), or undefined. */
export function findByName(files: EmbeddedFile[], name: string): EmbeddedFile | undefined {
  const exact = files.find((f) => f.names.includes(name));
  if (exact) return exact;
  const lower = name.toLowerCase();
  return files.find((f) => f.names.some((n) => n.toLowerCase() === lower));
}

/**
 * The embedded invoice XML: the first of the standard names that is not ZUGFeRD 1. Refuses ZUGFeRD 1 when it is all
 * there is (ZUGFERD1_UNSUPPORTED) and a PDF without any of those names (PDF_WITHOUT_INVOICE).
 */
export function findInvoiceFile(files: EmbeddedFile[], maxBytes = 20 * 1024 * 1024): { file: EmbeddedFile; bytes: Uint8Array } {
  let zugferd1: EmbeddedFile | undefined;
  for (const name of INVOICE_FILE_NAMES) {
    const file = findByName(files, name);
    if (!file) continue;
    const bytes = file.bytes(maxBytes);
    if (isZugferd1(bytes)) {
      zugferd1 ??= file;
      continue;
    }
    return { file, bytes };
  }
  if (zugferd1) throw zugferd1Error(zugferd1.name);
  throw new EInvoiceError("PDF_WITHOUT_INVOICE", "Ce PDF ne contient pas de facture électronique (aucune pièce jointe factur-x.xml, zugferd-invoice.xml ou xrechnung.xml). Un PDF seul n'est pas une facture électronique : déposez une facture Factur-X, CII ou UBL.", {
    attachments: files.map((f) => f.name),
  }, "This PDF holds no electronic invoice (no factur-x.xml, zugferd-invoice.xml or xrechnung.xml attachment). A PDF alone is not an electronic invoice.");
}
