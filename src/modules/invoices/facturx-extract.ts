import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { extractEmbeddedFile } from "../../einvoice/facturx/index.js";

// Interim adapter: the engine's Factur-X reader (extractEmbeddedFile) is still a placeholder; until it reads PDFs,
// this walks the PDF's EmbeddedFiles name tree with pdf-lib to find the invoice XML.

const INVOICE_NAMES = ["factur-x.xml", "zugferd-invoice.xml", "ZUGFeRD-invoice.xml", "xrechnung.xml", "order-x.xml"];

function text(o: unknown): string | undefined {
  return o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : undefined;
}

function collect(doc: PDFDocument, node: PDFDict, out: Map<string, PDFDict>, depth = 0): void {
  if (depth > 16) return;
  const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (names) {
    for (let i = 0; i + 1 < names.size(); i += 2) {
      const name = text(names.lookup(i));
      const spec = names.lookup(i + 1);
      if (name !== undefined && spec instanceof PDFDict) out.set(name, spec);
    }
  }
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
  if (kids) for (let i = 0; i < kids.size(); i++) {
    const kid = kids.lookup(i);
    if (kid instanceof PDFDict) collect(doc, kid, out, depth + 1);
  }
}

async function extractWithPdfLib(pdf: Uint8Array): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const doc = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  const tree = doc.catalog.lookupMaybe(PDFName.of("Names"), PDFDict)?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  if (!tree) return undefined;
  const files = new Map<string, PDFDict>();
  collect(doc, tree, files);
  for (const [key, spec] of files) {
    const name = text(spec.lookup(PDFName.of("UF"))) ?? text(spec.lookup(PDFName.of("F"))) ?? key;
    if (!INVOICE_NAMES.some((n) => n.toLowerCase() === name.toLowerCase())) continue;
    const stream = spec.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookup(PDFName.of("F"));
    if (stream instanceof PDFRawStream) return { name, bytes: decodePDFRawStream(stream).decode() };
  }
  return undefined;
}

/** The invoice XML embedded in a Factur-X / ZUGFeRD PDF, with its attachment name; undefined for a plain PDF. */
export async function extractInvoiceXml(pdf: Uint8Array): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const bytes = await extractEmbeddedFile(pdf, "factur-x.xml");
  if (bytes) return { name: "factur-x.xml", bytes };
  return extractWithPdfLib(pdf);
}
