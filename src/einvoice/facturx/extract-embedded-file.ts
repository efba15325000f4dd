import { findByName } from "./find-invoice.js";
import { readPdf } from "./read-pdf.js";

/**
 * The bytes of the file embedded in the PDF under that name (exact, else case-insensitive), or undefined. Throws
 * EInvoiceError for an encrypted or unreadable PDF, or a file over maxBytes once decoded (default 50 MB).
 */
export async function extractEmbeddedFile(pdf: Uint8Array, name: string, maxBytes?: number): Promise<Uint8Array | undefined> {
  const { files } = await readPdf(pdf);
  return findByName(files, name)?.bytes(maxBytes);
}
