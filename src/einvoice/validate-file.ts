import { isPdf } from "./facturx/read-pdf.js";
import { readInvoicePdf } from "./read-invoice.js";
import { type ValidateOptions, type ValidationReport, validateTree, validateXml } from "./validate.js";

/** Validates XML (CII, UBL) or a Factur-X PDF, whichever the bytes are. Throws EInvoiceError when unreadable. */
export async function validateFile(bytes: Uint8Array, options: ValidateOptions = {}): Promise<ValidationReport> {
  if (!isPdf(bytes)) return validateXml(bytes, options);
  const read = await readInvoicePdf(bytes, options.limits ? { limits: options.limits } : {});
  return validateTree(read.tree, options);
}
