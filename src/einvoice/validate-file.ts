import { isPdf } from "./facturx/pdf-header.js";
import { type ValidateOptions, type ValidationReport, validateTree, validateXml } from "./validate.js";

/** Validates XML (CII, UBL) or a Factur-X PDF, whichever the bytes are. Throws EInvoiceError when unreadable. */
export async function validateFile(bytes: Uint8Array, options: ValidateOptions = {}): Promise<ValidationReport> {
  if (!isPdf(bytes)) return validateXml(bytes, options);
  // Loaded only for a PDF: the PDF library is a good part of the cold start of `guichet validate one.xml`.
  const { readInvoicePdf } = await import("./read-invoice.js");
  const read = await readInvoicePdf(bytes, options.limits ? { limits: options.limits } : {});
  return validateTree(read.tree, options);
}
