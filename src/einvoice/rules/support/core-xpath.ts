// The few XPath 2.0 value semantics the EN 16931 Schematron relies on, written once so that every rule reads values
// the way the official artefact does (XML whitespace only, untyped values cast on comparison, xs:double and xs:date
// lexical forms).
import { isXmlSpace, normalizeXmlSpace } from "../../xml/xml-space.js";
import type { XmlElement } from "../../xml/xml-tree.js";

/** The XPath string value: the element's text and its descendants' text. */
export function stringValue(element: XmlElement | undefined): string {
  if (!element) return "";
  if (element.children.length === 0) return element.text;
  let text = element.text;
  for (const c of element.children) text += stringValue(c);
  return text;
}

/** normalize-space(): XML whitespace (space, tab, CR, LF) collapsed and trimmed; other spaces (NBSP) are kept. */
export const normalizeSpace = normalizeXmlSpace;

/** normalize-space(element) != '': the element exists and holds something besides XML whitespace. */
export function hasText(element: XmlElement | undefined): boolean {
  const text = stringValue(element);
  for (let i = 0; i < text.length; i++) if (!isXmlSpace(text.charCodeAt(i))) return true;
  return false;
}

/** normalize-space(@name) != '' */
export function hasAttrText(element: XmlElement | undefined, name: string): boolean {
  return normalizeSpace(element?.attrs[name]) !== "";
}

/** string-length(), in characters (code points) as XPath counts them. */
export function stringLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** string-length(substring-after(value, '.')): digits (and anything else) after the first point, untrimmed. */
export function charsAfterPoint(element: XmlElement | undefined): number {
  const text = stringValue(element);
  const point = text.indexOf(".");
  return point < 0 ? 0 : stringLength(text.slice(point + 1));
}

const DOUBLE_LEXICAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The value cast to xs:double (how XPath compares an untyped value with a number), or undefined when invalid. */
export function parseDouble(text: string): number | undefined {
  const t = normalizeSpace(text);
  if (DOUBLE_LEXICAL.test(t)) return Number(t);
  if (t === "INF" || t === "+INF") return Number.POSITIVE_INFINITY;
  if (t === "-INF") return Number.NEGATIVE_INFINITY;
  if (t === "NaN") return Number.NaN;
  return undefined;
}

/** The value cast to xs:boolean ("true"/"1", "false"/"0", surrounding whitespace allowed), or undefined when invalid. */
export function parseBoolean(text: string): boolean | undefined {
  const t = normalizeSpace(text);
  if (t === "true" || t === "1") return true;
  if (t === "false" || t === "0") return false;
  return undefined;
}

const DATE_LEXICAL = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The value cast to xs:date, as the minute its day starts (UTC; a date without timezone is taken in UTC, the implicit
 * timezone of the official run), or undefined when the text is not a valid date.
 */
export function parseDate(text: string): number | undefined {
  const m = DATE_LEXICAL.exec(normalizeSpace(text));
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > (lengths[month - 1] ?? 0)) return undefined;
  let offset = 0;
  const zone = m[4];
  if (zone && zone !== "Z") {
    const hours = Number(zone.slice(1, 3));
    const minutes = Number(zone.slice(4, 6));
    if (hours > 14 || minutes > 59 || (hours === 14 && minutes > 0)) return undefined;
    offset = (zone.startsWith("-") ? -1 : 1) * (hours * 60 + minutes);
  }
  const start = new Date(0);
  start.setUTCFullYear(year, month - 1, day);
  start.setUTCHours(0, 0, 0, 0);
  return start.getTime() / 60000 - offset;
}
