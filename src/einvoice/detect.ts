import { EInvoiceError } from "./errors.js";
import type { XmlElement } from "./xml/xml-tree.js";
import { textAt } from "./xml/xml-tree.js";

export type Syntax = "CII" | "UBL";
export type DocumentKind = "Invoice" | "CreditNote";

/** Factur-X / ZUGFeRD 2 profiles, EN 16931 itself, and the CIUS we recognise by their BT-24 guideline id. */
export type Profile = "MINIMUM" | "BASIC WL" | "BASIC" | "EN 16931" | "EXTENDED" | "XRECHNUNG" | "PEPPOL BIS 3" | "OTHER";

export interface Detected {
  syntax: Syntax;
  kind: DocumentKind;
  /** BT-24 as written in the file, when present. */
  guideline: string | undefined;
  profile: Profile;
}

/** The profile a BT-24 specification identifier announces. */
export function profileOfGuideline(guideline: string | undefined): Profile {
  const g = (guideline ?? "").trim().toLowerCase();
  if (!g) return "OTHER";
  if (g.includes("xrechnung")) return "XRECHNUNG";
  if (g.includes("peppol")) return "PEPPOL BIS 3";
  if (g.endsWith(":minimum")) return "MINIMUM";
  if (g.endsWith(":basicwl")) return "BASIC WL";
  if (g.endsWith(":basic")) return "BASIC";
  if (g.includes(":extended")) return "EXTENDED";
  if (g === "urn:cen.eu:en16931:2017") return "EN 16931";
  if (g.startsWith("urn:cen.eu:en16931:2017")) return g.includes("conformant") ? "EXTENDED" : "EN 16931";
  return "OTHER";
}

/** Which syntax, document kind and profile an XML tree holds, or undefined when it is not a CII or UBL invoice. */
export function detect(root: XmlElement): Detected | undefined {
  if (root.key === "rsm:CrossIndustryInvoice") {
    const guideline = textAt(root, "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID");
    const type = textAt(root, "rsm:ExchangedDocument/ram:TypeCode");
    const creditTypes = new Set(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);
    return { syntax: "CII", kind: type && creditTypes.has(type) ? "CreditNote" : "Invoice", guideline, profile: profileOfGuideline(guideline) };
  }
  if (root.key === "inv:Invoice" || root.key === "cn:CreditNote") {
    const guideline = textAt(root, "cbc:CustomizationID");
    return { syntax: "UBL", kind: root.key === "inv:Invoice" ? "Invoice" : "CreditNote", guideline, profile: profileOfGuideline(guideline) };
  }
  return undefined;
}

/** The profile an XMP fx:ConformanceLevel announces (Factur-X 1.0.7: MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG). */
export function profileOfConformanceLevel(level: string | undefined): Profile | undefined {
  switch ((level ?? "").trim().toUpperCase()) {
    case "MINIMUM":
      return "MINIMUM";
    case "BASIC WL":
    case "BASICWL":
      return "BASIC WL";
    case "BASIC":
      return "BASIC";
    case "EN 16931":
    case "EN16931":
    case "COMFORT":
      return "EN 16931";
    case "EXTENDED":
      return "EXTENDED";
    case "XRECHNUNG":
      return "XRECHNUNG";
    default:
      return undefined;
  }
}

const NOT_AN_INVOICE_EN = "This XML file is not a CII (CrossIndustryInvoice) or UBL (Invoice, CreditNote) invoice.";

/** Why a well-formed XML document that is not a CII or UBL invoice is refused: a stable code and a French message. */
export function unsupportedDocument(root: XmlElement): EInvoiceError {
  if (root.uri.startsWith("urn:ferd:") || root.uri === "urn:un:unece:uncefact:data:standard:CBFBUY:5") {
    return new EInvoiceError(
      "ZUGFERD1_UNSUPPORTED",
      "Facture ZUGFeRD 1.0 : ce format est abandonné et n'est pas accepté. Déposez une facture Factur-X / ZUGFeRD 2, CII ou UBL conforme à la norme EN 16931.",
      { root: root.name, namespace: root.uri },
      "ZUGFeRD 1.0 invoice: this format is retired and not accepted. Deposit a Factur-X / ZUGFeRD 2, CII or UBL invoice that follows EN 16931.",
    );
  }
  if (root.local === "FatturaElettronica") {
    return new EInvoiceError("FATTURAPA_UNSUPPORTED", "Facture FatturaPA (format italien) : ce format n'est pas accepté. Déposez une facture CII, UBL ou Factur-X conforme à la norme EN 16931.", {
      root: root.name,
      namespace: root.uri,
    }, "FatturaPA invoice (the Italian format): not accepted. Deposit a CII, UBL or Factur-X invoice that follows EN 16931.");
  }
  return new EInvoiceError("NOT_AN_INVOICE", "Ce fichier XML n'est pas une facture CII (CrossIndustryInvoice) ni UBL (Invoice, CreditNote).", { root: root.name, namespace: root.uri }, NOT_AN_INVOICE_EN);
}
