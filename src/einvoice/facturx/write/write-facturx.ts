import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fontkit from "@pdf-lib/fontkit";
import { AFRelationship, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { writeCii } from "../../cii/write/write-cii.js";
import type { Invoice } from "../../model/invoice.js";
import { PdfCanvas } from "./pdf-canvas.js";
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
let icc: Uint8Array | undefined;
const iccProfile = () => {
  icc ??= srgbIccProfile();
  return icc;
};
let defaultFonts: { regular: Uint8Array; bold: Uint8Array } | undefined;

type Font = ReturnType<typeof fontkit.create>;

// pdf-lib parses the font file again for every document and fontkit then rebuilds its caches: we keep one parsed font
// per file. And pdf-lib lays out every string with fontkit's full OpenType shaper, which dominates the cost of an
// invoice; an invoice needs no ligatures, contextual forms or kerning, so our fonts map each character to its glyph.
const parsedFonts = new WeakMap<Uint8Array, Font>();

function withDirectLayout(font: Font): Font {
  const glyphs = new Map<number, ReturnType<Font["glyphForCodePoint"]>>();
  const glyphOf = (cp: number) => {
    let g = glyphs.get(cp);
    if (!g) {
      g = font.glyphForCodePoint(cp);
      glyphs.set(cp, g);
    }
    return g;
  };
  const layout = (text: string) => ({ glyphs: Array.from(text, (ch) => glyphOf(ch.codePointAt(0) ?? 0x3f)) });
  return Object.assign(font, { layout }) as Font;
}
const cachingFontkit: typeof fontkit = {
  ...fontkit,
  create: (bytes: Uint8Array, postscriptName?: string) => {
    const key = bytes;
    let font = parsedFonts.get(key);
    if (!font) {
      font = withDirectLayout(fontkit.create(bytes, postscriptName));
      parsedFonts.set(key, font);
    }
    return font;
  },
};

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

function documentId(cii: string): PDFHexString {
  // A stable file identifier derived from the content (PDF/A requires /ID in the trailer).
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < cii.length; i++) {
    h1 = Math.imul(h1 ^ cii.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 + cii.charCodeAt(i), 2246822519) >>> 0;
  }
  return PDFHexString.of(`${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`);
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
  doc.registerFontkit(cachingFontkit);
  const regular = await doc.embedFont(fonts.regular, { subset: true });
  const bold = await doc.embedFont(fonts.bold, { subset: true });
  renderInvoice(new PdfCanvas(doc, regular, bold), model, "EN 16931");

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

  await doc.attach(new TextEncoder().encode(cii), "factur-x.xml", {
    mimeType: "text/xml",
    description: "Factur-X invoice (CII, EN 16931)",
    creationDate: now,
    modificationDate: now,
    afRelationship: AFRelationship.Data,
  });

  const xmp = facturxXmp({ title, author, subject: "Facture électronique Factur-X", producer, created: now, conformanceLevel: "EN 16931", documentFileName: "factur-x.xml" });
  const metadata = doc.context.stream(new TextEncoder().encode(xmp), { Type: "Metadata", Subtype: "XML" });
  doc.catalog.set(PDFName.of("Metadata"), doc.context.register(metadata));

  const icc = doc.context.register(doc.context.flateStream(iccProfile(), { N: 3 }));
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
  return doc.save({ useObjectStreams: false });
}
