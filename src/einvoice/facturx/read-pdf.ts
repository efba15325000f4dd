import { ParseSpeeds, PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { EInvoiceError } from "../errors.js";
import { type EmbeddedFile, listEmbeddedFiles } from "./embedded-files.js";
import { isStream, resolve, streamBytes } from "./pdf-objects.js";
import { pdfHeaderOffset } from "./pdf-header.js";
import { type FacturxXmp, readXmp } from "./read-xmp.js";

export { isPdf, pdfHeaderOffset } from "./pdf-header.js";

/** What a PDF holds for e-invoicing: its embedded files and its XMP identification. */
export interface PdfContent {
  files: EmbeddedFile[];
  /** Undefined when the PDF has no readable XMP metadata stream. */
  xmp: FacturxXmp | undefined;
  pdfVersion: string | undefined;
}

const XMP_MAX_BYTES = 4 * 1024 * 1024;
function malformed(detail: string): EInvoiceError {
  return new EInvoiceError("PDF_MALFORMED", "Le fichier PDF est illisible ou endommagé.", { detail }, "The PDF file is unreadable or damaged.");
}

/**
 * Opens a PDF at the object level (no rendering) and lists its embedded files and XMP identification. Refuses an
 * encrypted PDF (PDF_ENCRYPTED) and one that cannot be parsed (PDF_MALFORMED).
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const offset = pdfHeaderOffset(bytes);
  if (offset < 0) throw malformed("no %PDF- header");
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, parseSpeed: ParseSpeeds.Fastest, throwOnInvalidObject: false, updateMetadata: false });
  } catch (error) {
    throw malformed(error instanceof Error ? error.message : String(error));
  }
  const context = doc.context;
  if (context.trailerInfo.Encrypt !== undefined) {
    throw new EInvoiceError("PDF_ENCRYPTED", "Le PDF est chiffré (protégé par mot de passe ou par des permissions) : ses pièces jointes ne peuvent pas être lues. Déposez un PDF non chiffré.", undefined, "The PDF is encrypted (by a password or permissions): its attachments cannot be read. Deposit an unencrypted PDF.");
  }
  const catalog = resolve(context, context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) throw malformed("no document catalog");

  let files: EmbeddedFile[];
  try {
    files = listEmbeddedFiles(context, catalog);
  } catch (error) {
    if (error instanceof EInvoiceError) throw error;
    throw malformed(error instanceof Error ? error.message : String(error));
  }
  let xmp: FacturxXmp | undefined;
  const metadata = resolve(context, catalog.get(PDFName.of("Metadata")));
  if (isStream(metadata)) {
    try {
      xmp = readXmp(streamBytes(context, metadata, XMP_MAX_BYTES));
    } catch {
      xmp = undefined;
    }
  }
  return { files, xmp, pdfVersion: headerVersion(bytes, offset) };
}

function headerVersion(bytes: Uint8Array, offset: number): string | undefined {
  const text = new TextDecoder("latin1").decode(bytes.subarray(offset + 5, offset + 8));
  return /^\d\.\d$/.test(text) ? text : undefined;
}
