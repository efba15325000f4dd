// XPath readings the BR-FR Schematron relies on, and its code lists (Flux 2, V1.4).
import { child, type XmlElement } from "../../xml/xml-tree.js";
import { allAt, firstAt } from "../support/core-index.js";
import { normalizeSpace, stringValue } from "../support/core-xpath.js";

/** string() of the first node at the path ("" when none). */
export function str(node: XmlElement | undefined, path: string): string {
  return stringValue(firstAt(node, path));
}

/** The nodes at the path whose @schemeID is the given one. */
export function withScheme(node: XmlElement | undefined, path: string, scheme: string): XmlElement[] {
  return allAt(node, path).filter((e) => e.attrs.schemeID === scheme);
}

/** The children with that key whose child `sub` has exactly that string value. */
export function whereChild(node: XmlElement | undefined, path: string, sub: string, value: string): XmlElement[] {
  return allAt(node, path).filter((e) => allAt(e, sub).some((s) => stringValue(s) === value));
}

/** True when the element exists (XPath `exists(child)`). */
export function has(node: XmlElement | undefined, key: string): boolean {
  return child(node, key) !== undefined;
}

/** BR-FR-01/02: an identifier made only of letters, digits and + - _ / (no space). */
export function isValidIdFormat(raw: string): boolean {
  return /^[A-Za-z0-9+\-_/]+$/.test(normalizeSpace(raw)) && !raw.includes(" ");
}

/** BR-FR-03: the first 8 characters are a real date AAAAMMJJ of years 2000 to 2099. */
export function isValidDate(raw: string): boolean {
  const d = [...raw].slice(0, 8).join("");
  if (!/^20\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(d)) return false;
  const year = Number(d.slice(0, 4));
  const month = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = [1, 3, 5, 7, 8, 10, 12].includes(month) ? 31 : month === 2 ? (leap ? 29 : 28) : 30;
  return day <= max;
}

/** BR-FR-04: the document types allowed by the reform (UNTDID 1001 subset). */
export const DOCUMENT_TYPES: ReadonlySet<string> = new Set("380 389 393 501 386 500 384 471 472 473 261 262 381 396 502 503".split(" "));
/** BR-FR-08: the billing modes (cadres de facturation, BT-23). */
export const BILLING_MODES: ReadonlySet<string> = new Set("B1 S1 M1 B2 S2 M2 S3 B4 S4 M4 S5 S6 B7 S7 B8 S8 M8".split(" "));
/** BR-FR-15: the VAT categories relevant in France. */
export const VAT_CATEGORIES: ReadonlySet<string> = new Set(["S", "E", "AE", "K", "G", "O", "Z"]);
/** BR-FR-16: the VAT rates (as written) allowed in France, overseas and Corsica included. */
export const VAT_RATES: ReadonlySet<string> = new Set(
  "0 0.0 0.00 10 10.0 10.00 13 13.0 13.00 20 20.0 20.00 8.5 8.50 19.6 19.60 2.1 2.10 5.5 5.50 7 7.0 7.00 20.6 20.60 1.05 0.9 0.90 1.75 9.2 9.20 9.6 9.60".split(" "),
);
/** BR-FR-17: the qualifiers of an attached document (BT-123). */
export const ATTACHMENT_CODES: ReadonlySet<string> = new Set([
  "RIB",
  "LISIBLE",
  "FEUILLE_DE_STYLE",
  "PJA",
  "BORDEREAU_SUIVI",
  "DOCUMENT_ANNEXE",
  "BON_LIVRAISON",
  "BON_COMMANDE",
  "BORDEREAU_SUIVI_VALIDATION",
  "ETAT_ACOMPTE",
  "FACTURE_PAIEMENT_DIRECT",
]);
/** BR-FR-20: the BAR treatments. */
export const BAR_TREATMENTS: ReadonlySet<string> = new Set(["B2B", "B2BINT", "B2C", "OUTOFSCOPE", "ARCHIVEONLY"]);

/** BR-FR-DEC: a number of at most `digits` digits and `decimals` decimals, "." separator, optional "-". */
export function isDecimalFormat(raw: string, digits: number, decimals: number, signed: boolean): boolean {
  const re = decimalFormat(digits, decimals, signed);
  return re.test(raw) && raw.replaceAll(".", "").length <= digits;
}

// A handful of formats exist (one per rule family): each expression is compiled once, not once per value.
const FORMATS = new Map<number, RegExp>();

function decimalFormat(digits: number, decimals: number, signed: boolean): RegExp {
  const key = (digits * 100 + decimals) * 2 + (signed ? 1 : 0);
  let re = FORMATS.get(key);
  if (!re) {
    re = new RegExp(`^${signed ? "-?" : ""}\\d{1,${digits}}(\\.\\d{1,${decimals}})?$`);
    FORMATS.set(key, re);
  }
  return re;
}
