import type { Amount, BinaryObject, Identifier, Value } from "../model/value.js";
import type { XmlElement } from "../xml/xml-tree.js";

/** Something the reader noticed but could represent anyway (an odd date format, a duplicate term ...). */
export interface ReadWarning {
  code: string;
  message: string;
  path?: string;
}

/**
 * What both syntax readers share: leaf builders that trim text and remember the element's path. Paths are cached
 * per element so that a path costs one concatenation over its parent's, whatever the depth.
 */
export class ReadContext {
  readonly warnings: ReadWarning[] = [];
  private readonly paths = new Map<XmlElement, string>();

  /** The element's path, `pathOf` format (`/rsm:CrossIndustryInvoice/rsm:ExchangedDocument[1]/ram:ID[1]`). */
  path(e: XmlElement): string {
    const parent = e.parent;
    if (!parent) return `/${e.name}`;
    // Leaves are read in runs under one parent: remember the last parent's path before asking the cache.
    if (parent !== this.lastParent) {
      this.lastParent = parent;
      this.lastParentPath = this.containerPath(parent);
    }
    return `${this.lastParentPath}/${e.name}[${e.rank}]`;
  }

  private lastParent: XmlElement | undefined;
  private lastParentPath = "";

  private containerPath(e: XmlElement): string {
    let p = this.paths.get(e);
    if (p === undefined) {
      p = e.parent ? `${this.containerPath(e.parent)}/${e.name}[${e.rank}]` : `/${e.name}`;
      this.paths.set(e, p);
    }
    return p;
  }

  warn(code: string, message: string, e?: XmlElement): void {
    this.warnings.push(e ? { code, message, path: this.path(e) } : { code, message });
  }

  /** The element's trimmed text. */
  text(e: XmlElement): Value {
    return { value: e.text.trim(), path: this.path(e) };
  }

  /** An attribute's value, or undefined when absent. */
  attr(e: XmlElement, name: string): Value | undefined {
    const a = e.attrs[name];
    return a === undefined ? undefined : { value: a.trim(), path: `${this.path(e)}/@${name}` };
  }

  /** An amount with its currencyID. */
  amount(e: XmlElement): Amount {
    const a: Amount = { value: e.text.trim(), path: this.path(e) };
    const currency = this.attr(e, "currencyID");
    if (currency) a.currency = currency;
    return a;
  }

  /** An identifier with its scheme from the given attribute (schemeID, listID ...). */
  id(e: XmlElement, schemeAttr = "schemeID", versionAttr?: string): Identifier {
    const i: Identifier = { value: e.text.trim(), path: this.path(e) };
    const scheme = this.attr(e, schemeAttr);
    if (scheme) i.scheme = scheme;
    if (versionAttr) {
      const version = this.attr(e, versionAttr);
      if (version) i.schemeVersion = version;
    }
    return i;
  }

  /** A binary object with its mimeCode and filename (content stays base64). */
  binary(e: XmlElement): BinaryObject {
    const b: BinaryObject = { value: e.text.trim(), path: this.path(e) };
    const mime = this.attr(e, "mimeCode");
    if (mime) b.mimeCode = mime;
    const filename = this.attr(e, "filename");
    if (filename) b.filename = filename;
    return b;
  }

  /** An ISO date `YYYY-MM-DD` as UBL writes it; anything else is kept as written with a warning. */
  isoDate(e: XmlElement): Value {
    const v = this.text(e);
    if (!isIsoDate(v.value)) this.warn("DATE_FORMAT", `Date « ${v.value} » hors du format AAAA-MM-JJ.`, e);
    return v;
  }

  /** A CII date element (udt:DateTimeString, qdt:DateTimeString, udt:DateString) converted to ISO when format 102. */
  ciiDate(e: XmlElement): Value {
    const raw = e.text.trim();
    const format = e.attrs.format;
    if ((format === "102" || format === undefined) && raw.length === 8 && isDigits(raw)) {
      return { value: `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`, path: this.path(e) };
    }
    this.warn("DATE_FORMAT", `Date « ${raw} » (format ${format ?? "absent"}) non convertie au format AAAA-MM-JJ.`, e);
    return { value: raw, path: this.path(e) };
  }
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function isIsoDate(s: string): boolean {
  return s.length === 10 && s[4] === "-" && s[7] === "-" && isDigits(s.slice(0, 4) + s.slice(5, 7) + s.slice(8));
}

/** The first child with that key (a local helper so hot paths avoid allocations). */
export function kid(e: XmlElement | undefined, key: string): XmlElement | undefined {
  if (!e) return undefined;
  for (const c of e.children) if (c.key === key) return c;
  return undefined;
}
