import { readCii } from "./cii/read/read-cii.js";
import { type DocumentKind, detect, type Profile, profileOfConformanceLevel, type Syntax, unsupportedDocument } from "./detect.js";
import { EInvoiceError } from "./errors.js";
import { findInvoiceFile } from "./facturx/find-invoice.js";
import { isPdf, readPdf } from "./facturx/read-pdf.js";
import type { FacturxXmp } from "./facturx/read-xmp.js";
import type { Invoice } from "./model/invoice.js";
import { ReadContext, type ReadWarning } from "./read/read-context.js";
import { readUbl } from "./ubl/read/read-ubl.js";
import { parseXml, type XmlLimits } from "./xml/parse-xml.js";
import type { XmlElement } from "./xml/xml-tree.js";

export interface ReadOptions {
  /** XML limits (size 20 MB, depth, element count by default). */
  limits?: XmlLimits;
  /** Largest accepted PDF, in bytes (default 50 MB). */
  maxPdfBytes?: number;
}

/** An embedded file of a PDF, as listed (its content is not decoded). */
export interface PdfAttachment {
  name: string;
  relationship?: string;
  mimeType?: string;
  description?: string;
  /** Listed in the catalog's /AF array (PDF/A-3 associated file). */
  associated: boolean;
}

/** What was read from a PDF besides the invoice. */
export interface PdfInfo {
  /** The attachment holding the invoice XML. */
  invoiceFile: PdfAttachment;
  /** The other embedded files. */
  otherAttachments: PdfAttachment[];
  /** The XMP identification (fx:DocumentType, fx:ConformanceLevel, fx:Version, pdfaid:part/conformance). */
  xmp: FacturxXmp | undefined;
  pdfVersion: string | undefined;
}

export interface ReadResult {
  syntax: Syntax;
  kind: DocumentKind;
  /** From BT-24; for a PDF whose BT-24 is not recognised, from the XMP conformance level. */
  profile: Profile;
  /** BT-24 as written. */
  guideline: string | undefined;
  source: "xml" | "pdf";
  model: Invoice;
  pdf?: PdfInfo;
  warnings: ReadWarning[];
  /** The parsed invoice tree, so validation can run on it without parsing again. */
  tree: XmlElement;
  /** The invoice XML bytes (for a PDF, the embedded file). */
  xml: Uint8Array;
}

const DEFAULT_MAX_PDF = 50 * 1024 * 1024;
const encoder = new TextEncoder();

/** Maps an already parsed tree onto the model; throws EInvoiceError for what is not a CII or UBL invoice. */
export function readInvoiceTree(root: XmlElement): Omit<ReadResult, "source" | "xml"> {
  const detected = detect(root);
  if (!detected) throw unsupportedDocument(root);
  const ctx = new ReadContext();
  const model = detected.syntax === "CII" ? readCii(ctx, root) : readUbl(ctx, root);
  if (detected.profile === "OTHER") {
    const path = model.process.specificationId?.path;
    const message = detected.guideline
      ? `Identifiant de spécification (BT-24) non reconnu : « ${detected.guideline} ».`
      : "Identifiant de spécification (BT-24) absent : le profil de la facture est inconnu.";
    ctx.warnings.push(path ? { code: "PROFILE_UNKNOWN", message, path } : { code: "PROFILE_UNKNOWN", message });
  }
  return { syntax: detected.syntax, kind: detected.kind, profile: detected.profile, guideline: detected.guideline, model, warnings: ctx.warnings, tree: root };
}

/** Reads CII or UBL XML (synchronous: the hot path of validation). */
export function readInvoiceXml(input: Uint8Array | string, options: ReadOptions = {}): ReadResult {
  const { root } = parseXml(input, options.limits);
  const xml = typeof input === "string" ? encoder.encode(input) : input;
  return { ...readInvoiceTree(root), source: "xml", xml };
}

function attachmentOf(f: { name: string; relationship?: string; mimeType?: string; description?: string; associated: boolean }): PdfAttachment {
  const a: PdfAttachment = { name: f.name, associated: f.associated };
  if (f.relationship) a.relationship = f.relationship;
  if (f.mimeType) a.mimeType = f.mimeType;
  if (f.description) a.description = f.description;
  return a;
}

/** Reads the invoice embedded in a Factur-X / ZUGFeRD 2 / XRechnung PDF, with the PDF's identification. */
export async function readInvoicePdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadResult> {
  const max = options.maxPdfBytes ?? DEFAULT_MAX_PDF;
  if (bytes.byteLength > max) {
    throw new EInvoiceError("PDF_TOO_LARGE", `Le PDF dépasse la taille maximale autorisée (${Math.round(max / 1048576)} Mo).`, { size: bytes.byteLength, maxBytes: max }, `The PDF is larger than allowed (${Math.round(max / 1048576)} MB).`);
  }
  const content = await readPdf(bytes);
  const { file, bytes: xml } = findInvoiceFile(content.files, options.limits?.maxBytes);
  const { root } = parseXml(xml, options.limits);
  const read = readInvoiceTree(root);
  const pdf: PdfInfo = {
    invoiceFile: attachmentOf(file),
    otherAttachments: content.files.filter((f) => f !== file).map(attachmentOf),
    xmp: content.xmp,
    pdfVersion: content.pdfVersion,
  };
  const result: ReadResult = { ...read, source: "pdf", xml, pdf };
  checkPdfConsistency(result, pdf);
  return result;
}

/** Warnings (not refusals) when the PDF's own declarations disagree with the invoice or with Factur-X. */
function checkPdfConsistency(result: ReadResult, pdf: PdfInfo): void {
  const warn = (code: string, message: string) => result.warnings.push({ code, message });
  const xmpProfile = profileOfConformanceLevel(pdf.xmp?.conformanceLevel);
  if (!pdf.xmp) warn("PDF_XMP_MISSING", "Le PDF n'a pas de métadonnées XMP Factur-X lisibles (fx:ConformanceLevel, fx:DocumentType).");
  else if (!pdf.xmp.pdfaPart) warn("PDF_NOT_PDFA", "Les métadonnées XMP ne déclarent pas de conformité PDF/A (pdfaid:part).");
  if (result.profile === "OTHER" && xmpProfile) {
    result.profile = xmpProfile;
    result.warnings = result.warnings.filter((w) => w.code !== "PROFILE_UNKNOWN");
  }
  else if (xmpProfile && xmpProfile !== result.profile && !(xmpProfile === "EN 16931" && result.profile === "XRECHNUNG")) {
    warn("PDF_PROFILE_MISMATCH", `Le profil déclaré dans les métadonnées XMP (${pdf.xmp?.conformanceLevel}) diffère de celui de la facture (${result.profile}).`);
  }
  const relationship = pdf.invoiceFile.relationship;
  if (!relationship) warn("PDF_AF_RELATIONSHIP_MISSING", "La pièce jointe de la facture n'a pas d'/AFRelationship (Factur-X demande Data, Source ou Alternative).");
  else if (!["Data", "Source", "Alternative"].includes(relationship)) {
    warn("PDF_AF_RELATIONSHIP", `/AFRelationship de la pièce jointe de la facture : ${relationship} (Factur-X demande Data, Source ou Alternative).`);
  }
  if (!pdf.invoiceFile.associated) warn("PDF_AF_MISSING", "La pièce jointe de la facture n'est pas listée dans le tableau /AF du catalogue (PDF/A-3).");
}

/** True when the first character after an optional BOM and white space is `<`: XML, even if `%PDF-` follows. */
function startsLikeXml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

/** The one entry point: reads CII or UBL XML, or a Factur-X / ZUGFeRD 2 PDF, detecting syntax and profile. */
export async function readInvoice(input: Uint8Array | string, options: ReadOptions = {}): Promise<ReadResult> {
  if (typeof input !== "string" && !startsLikeXml(input) && isPdf(input)) return readInvoicePdf(input, options);
  return readInvoiceXml(input, options);
}
