// What a parse gives, as one comparable string: the whole tree (every field parse-xml records, attributes in order,
// parent links checked) or the refusal's code, message and details.
import { EInvoiceError } from "../../../src/einvoice/errors.js";
import { type XmlEngine, parseXml } from "../../../src/einvoice/xml/parse-xml.js";
import type { XmlElement } from "../../../src/einvoice/xml/xml-tree.js";

function snapshot(e: XmlElement, parent: XmlElement | undefined): unknown[] {
  if (e.parent !== parent) throw new Error(`wrong parent link on ${e.name}`);
  return [e.key, e.name, e.local, e.uri, Object.entries(e.attrs), e.text, e.rank, e.line, e.children.map((c) => snapshot(c, e))];
}

/** The outcome of parseXml with the given engine, as a string: equal strings mean identical results. */
export function outcome(input: string | Uint8Array, engine: XmlEngine): string {
  try {
    const doc = parseXml(input, {}, engine);
    return JSON.stringify({ elements: doc.elementCount, root: snapshot(doc.root, undefined) });
  } catch (e) {
    if (e instanceof EInvoiceError) return JSON.stringify({ refused: e.code, message: e.message, details: e.details });
    throw e;
  }
}
