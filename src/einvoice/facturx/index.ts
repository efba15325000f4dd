// Public API of the Factur-X part of the engine (PDF/A-3 read and write). Keep this file an index of exports.
import { findByName } from "./find-invoice.js";
import { readPdf } from "./read-pdf.js";

export type { EmbeddedFile } from "./embedded-files.js";
export { findInvoiceFile, INVOICE_FILE_NAMES, isZugferd1 } from "./find-invoice.js";
export { isPdf, type PdfContent, readPdf } from "./read-pdf.js";
export type { FacturxXmp } from "./read-xmp.js";

/**
 * The bytes of the file embedded in the PDF under that name (exact, else case-insensitive), or undefined. Throws
 * EInvoiceError for an encrypted or unreadable PDF, or a file over maxBytes once decoded (default 50 MB).
 */
export async function extractEmbeddedFile(pdf: Uint8Array, name: string, maxBytes?: number): Promise<Uint8Array | undefined> {
  const { files } = await readPdf(pdf);
  return findByName(files, name)?.bytes(maxBytes);
}
