// Public API of the e-invoice engine: read (any supported syntax, XML or PDF) to the EN 16931 model, validate.
export { type Detected, detect, type DocumentKind, type Profile, profileOfGuideline, type Syntax } from "./detect.js";
export { EInvoiceError } from "./errors.js";
export { extractEmbeddedFile, type FacturxOptions, type FacturxXmp, writeFacturx } from "./facturx/index.js";
export * from "./model/index.js";
export { newInvoice } from "./read/new-invoice.js";
export type { ReadWarning } from "./read/read-context.js";
export { type PdfAttachment, type PdfInfo, type ReadOptions, type ReadResult, readInvoice, readInvoicePdf, readInvoiceTree, readInvoiceXml } from "./read-invoice.js";
export { type ValidateOptions, type ValidationReport, validateTree, validateXml } from "./validate.js";
export { isPdf } from "./facturx/read-pdf.js";
export { INVOICE_PART_LABELS, type InvoicePart, invoicePartOf } from "./rules/invoice-part.js";
export type { Finding, Severity } from "./rules/rule.js";
export { validateFile } from "./validate-file.js";
export { writeCii } from "./cii/write/write-cii.js";
export { writeUbl } from "./ubl/write/write-ubl.js";
export { toCiiDueDateCode, toUblDueDateCode } from "./model/tax-point-codes.js";
export { messageIn } from "./rules/finding-locale.js";
