// Public API of the Factur-X part of the engine (PDF/A-3 read and write): an index of exports only.
export type { EmbeddedFile } from "./embedded-files.js";
export { extractEmbeddedFile } from "./extract-embedded-file.js";
export { findByName, findInvoiceFile, INVOICE_FILE_NAMES, isZugferd1 } from "./find-invoice.js";
export { isPdf, type PdfContent, readPdf } from "./read-pdf.js";
export type { FacturxXmp } from "./read-xmp.js";
export { type FacturxOptions, writeFacturx } from "./write/write-facturx.js";
