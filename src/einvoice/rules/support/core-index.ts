// One walk per document: every element listed by key, in document order, memoised on the root element so that the
// rules of a family (and of every family that uses it) share it instead of re-walking the tree.
import type { XmlElement } from "../../xml/xml-tree.js";

const indexes = new WeakMap<XmlElement, Map<string, XmlElement[]>>();
const NONE: readonly XmlElement[] = Object.freeze([]);

function build(root: XmlElement): Map<string, XmlElement[]> {
  const index = new Map<string, XmlElement[]>();
  const visit = (e: XmlElement) => {
    const list = index.get(e.key);
    if (list) list.push(e);
    else index.set(e.key, [e]);
    for (const c of e.children) visit(c);
  };
  visit(root);
  return index;
}

/** Every element with that key anywhere in the document (`//cac:InvoiceLine`), in document order. */
export function elementsOf(root: XmlElement, key: string): readonly XmlElement[] {
  let index = indexes.get(root);
  if (!index) {
    index = build(root);
    indexes.set(root, index);
  }
  return index.get(key) ?? NONE;
}

/** True when the element sits under that chain of parents: `parentsAre(e, "cac:InvoiceLine", "cac:Item")`. */
export function parentsAre(element: XmlElement, ...keys: string[]): boolean {
  let e: XmlElement | undefined = element;
  for (let i = keys.length - 1; i >= 0; i--) {
    e = e?.parent;
    if (!e || e.key !== keys[i]) return false;
  }
  return true;
}

/** True when the element is a child of the document root. */
export function isTopLevel(element: XmlElement): boolean {
  return element.parent !== undefined && element.parent.parent === undefined;
}
