import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { deflateSync } from "node:zlib";
import { PDFDocument, PDFHexString, PDFName, PDFRawStream, PDFString } from "pdf-lib";
import { writeCii } from "../../cii/write/write-cii.js";
import type { Invoice } from "../../model/invoice.js";
import { DocumentFont } from "./document-font.js";
import { PdfCanvas } from "./pdf-canvas.js";
import { PreparedFont } from "./prepared-font.js";
import { renderInvoice } from "./render-invoice.js";
import { srgbIccProfile } from "./srgb-icc.js";
import { facturxXmp } from "./xmp.js";

export interface FacturxOptions {
  /** When the PDF is made (creation and modification dates, XMP dates). Defaults to now. */
  now?: Date;
  /** The software named as producer. */
  producer?: string;
  /** Regular and bold TrueType fonts (PDF/A embeds them); DejaVu Sans by default. */
  fonts?: { regular: Uint8Array; bold: Uint8Array };
}

const EN16931 = "urn:cen.eu:en16931:2017";
// Built and compressed once per process: the sRGB profile of the output intent is the same in every document.
let icc: Uint8Array | undefined;
const compressedIccProfile = () => {
  icc ??= deflateSync(srgbIccProfile());
  return icc;
};
let defaultFonts: { regular: Uint8Array; bold: Uint8Array } | undefined;

function loadDefaultFonts(): { regular: Uint8Array; bold: Uint8Array } {
  if (!defaultFonts) {
    const require = createRequire(import.meta.url);
    defaultFonts = {
      regular: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
      bold: readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
    };
  }
  return defaultFonts;
}

/** Embeds the XML as an associated file (PDF/A-3): file stream, file specification, name tree and catalog /AF. */
function attachInvoice(doc: PDFDocument, xml: Uint8Array, name: string, now: Date): void {
  const context = doc.context;
  const date = PDFString.fromDate(now);
  const file = context.register(
    PDFRawStream.of(
      context.obj({ Type: "EmbeddedFile", Subtype: "text/xml", Filter: "FlateDecode", Params: { Size: xml.length, CreationDate: date, ModDate: date } }),
      // Fastest zlib level: an invoice carrying megabytes of base64 attachments costs a fifth of the default level's
      // time, for files a few per cent bigger.
      deflateSync(xml, { level: 1 }),
    ),
  );
  const spec = context.register(
    context.obj({
      Type: "Filespec",
      F: PDFString.of(name),
      UF: PDFHexString.fromText(name),
      EF: { F: file },
      Desc: PDFHexString.fromText("Factur-X invoice (CII, EN 16931)"),
      AFRelationship: "Data",
    }),
  );
  doc.catalog.set(PDFName.of("Names"), context.obj({ EmbeddedFiles: { Names: [PDFHexString.fromText(name), spec] } }));
  doc.catalog.set(PDFName.of("AF"), context.obj([spec]));
}

function documentId(cii: string): PDFHexString {
  // A stable file identifier derived from the content (PDF/A requires /ID in the trailer).
  return PDFHexString.of(createHash("md5").update(cii).digest("hex"));
}

/**
 * Writes a Factur-X invoice: a PDF/A-3B document a person can read (in French), with the invoice as CII embedded as
 * `factur-x.xml` (AFRelationship Data), XMP metadata declaring PDF/A-3B and the Factur-X extension schema, an sRGB
 * output intent, and embedded fonts. The profile is EN 16931 (BT-24 set accordingly).
 */
export async function writeFacturx(invoice: Invoice, options: FacturxOptions = {}): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const producer = options.producer ?? "Guichet";
  // The embedded XML declares the Factur-X profile this PDF claims (EN 16931), whatever CIUS the source named.
  const model: Invoice = { ...invoice, process: { ...invoice.process, specificationId: { value: EN16931 } } };
  const cii = writeCii(model);
  const fonts = options.fonts ?? loadDefaultFonts();

  const doc = await PDFDocument.create({ updateMetadata: false });
  const canvas = new PdfCanvas(new DocumentFont(PreparedFont.of(fonts.regular)), new DocumentFont(PreparedFont.of(fonts.bold)));
  renderInvoice(canvas, model, "EN 16931");
  await canvas.finish(doc);

  const title = `Facture ${model.number?.value ?? ""}`.trim();
  const author = model.seller.name?.value ?? producer;
  doc.setTitle(title, { showInWindowTitleBar: true });
  doc.setAuthor(author);
  doc.setSubject("Facture électronique Factur-X");
  doc.setProducer(producer);
  doc.setCreator(producer);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  doc.setLanguage("fr-FR");

  attachInvoice(doc, new TextEncoder().encode(cii), "factur-x.xml", now);

  const xmp = facturxXmp({ title, author, subject: "Facture électronique Factur-X", producer, created: now, conformanceLevel: "EN 16931", documentFileName: "factur-x.xml" });
  const metadata = doc.context.stream(new TextEncoder().encode(xmp), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(metadata));

  const icc = doc.context.register(PDFRawStream.of(doc.context.obj({ N: 3, Filter: "FlateDecode" }), compressedIccProfile()));
  const intent = doc.context.obj({
    Type: "OutputIntent",
    S: "GTS_PDFA1",
    OutputConditionIdentifier: PDFString.of("sRGB IEC61966-2.1"),
    Info: PDFString.of("sRGB IEC61966-2.1"),
    DestOutputProfile: icc,
  });
  doc.catalog.set(PDFName.of("OutputIntents"), doc.context.obj([intent]));
  const id = documentId(cii);
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
