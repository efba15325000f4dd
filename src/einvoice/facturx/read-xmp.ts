import { parseXml } from "../xml/parse-xml.js";
import type { XmlElement } from "../xml/xml-tree.js";

/** The Factur-X / ZUGFeRD and PDF/A identification of a PDF's XMP metadata. */
export interface FacturxXmp {
  /** fx:DocumentType (INVOICE, ORDER ...) */
  documentType?: string;
  /** fx:DocumentFileName (factur-x.xml ...) */
  documentFileName?: string;
  /** fx:Version (1.0, 2p0 ...) */
  version?: string;
  /** fx:ConformanceLevel (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG ...) */
  conformanceLevel?: string;
  /** The namespace of those properties: tells Factur-X, ZUGFeRD 2, ZUGFeRD 1 or XRechnung apart. */
  namespace?: string;
  /** pdfaid:part and pdfaid:conformance (3 and B for PDF/A-3B). */
  pdfaPart?: string;
  pdfaConformance?: string;
}

const PDFAID = "http://www.aiim.org/pdfa/ns/id/";
const FX_LOCALS: Record<string, keyof FacturxXmp> = {
  DocumentType: "documentType",
  DocumentFileName: "documentFileName",
  Version: "version",
  ConformanceLevel: "conformanceLevel",
};

/** True for the Factur-X / ZUGFeRD / XRechnung extension schema namespaces (`urn:factur-x:pdfa:...`, `urn:zugferd:...`). */
function isFxNamespace(uri: string): boolean {
  return uri.includes("CrossIndustryDocument") || uri.startsWith("urn:factur-x") || uri.startsWith("urn:zugferd") || uri.startsWith("urn:ferd");
}

function visit(e: XmlElement, xmp: FacturxXmp, depth: number): void {
  if (depth > 40) return;
  const fx = FX_LOCALS[e.local];
  if (fx && isFxNamespace(e.uri) && e.children.length === 0) {
    xmp[fx] ??= e.text.trim();
    xmp.namespace ??= e.uri;
  } else if (e.uri === PDFAID && (e.local === "part" || e.local === "conformance")) {
    if (e.local === "part") xmp.pdfaPart ??= e.text.trim();
    else xmp.pdfaConformance ??= e.text.trim();
  }
  // Short form: the properties as attributes of rdf:Description (`fx:ConformanceLevel="EN 16931"`).
  for (const [name, value] of Object.entries(e.attrs)) {
    const local = name.slice(name.indexOf(":") + 1);
    const key = FX_LOCALS[local];
    if (key && name.includes(":") && !name.startsWith("pdfaid:")) xmp[key] ??= value.trim();
    else if (name === "pdfaid:part") xmp.pdfaPart ??= value.trim();
    else if (name === "pdfaid:conformance") xmp.pdfaConformance ??= value.trim();
  }
  for (const c of e.children) visit(c, xmp, depth + 1);
}

/** Reads the identification out of XMP bytes; undefined when the packet is not readable XML. */
export function readXmp(bytes: Uint8Array): FacturxXmp | undefined {
  try {
    const { root } = parseXml(bytes, { maxBytes: 4 * 1024 * 1024 });
    const xmp: FacturxXmp = {};
    visit(root, xmp, 0);
    return xmp;
  } catch {
    return undefined;
  }
}
