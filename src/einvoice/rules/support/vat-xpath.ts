// The few XPath idioms the CEN artefacts use in the VAT and code-list rules, over our element tree.
import { child, type XmlElement } from "../../xml/xml-tree.js";
import { normalizeXmlSpace, trimXmlSpace } from "../../xml/xml-space.js";
import { elementsOf, keysOf } from "./core-index.js";
import { parseNumber } from "./vat-decimal.js";

// The facts of the document being validated. Rules run one document at a time, so one slot suffices; a WeakMap keyed
// on the root did the same but cost more than the rules themselves (V8 ephemeron handling at every young-generation
// collection, measured in bench/vat-rules). Another root simply replaces the slot: the facts are recomputed.
let currentRoot: XmlElement | undefined;
let currentFacts = new Map<string, unknown>();

function factsOf(root: XmlElement): Map<string, unknown> {
  if (root !== currentRoot) {
    currentRoot = root;
    currentFacts = new Map();
  }
  return currentFacts;
}

/** `//key`: every element with that key, in document order (from the element index shared with the core rules). */
export function all(root: XmlElement, key: string): readonly XmlElement[] {
  return elementsOf(root, key);
}

/** Children of the element with that key. */
export function kids(element: XmlElement | undefined, key: string): XmlElement[] {
  if (!element) return [];
  const out: XmlElement[] = [];
  for (const c of element.children) if (c.key === key) out.push(c);
  return out;
}

/** Every element reached by a relative key path from each start (`a/b/c`). */
export function path(starts: readonly (XmlElement | undefined)[], keys: string): XmlElement[] {
  // The starts are read as they are when none is missing (the usual case): no copy.
  let current = (starts.includes(undefined) ? starts.filter((e) => e !== undefined) : starts) as readonly XmlElement[];
  const steps = keysOf(keys);
  // By index: no iterator per loop (this runs for the parties, lines and categories of every document).
  for (let k = 0; k < steps.length; k++) {
    const key = steps[k];
    const next: XmlElement[] = [];
    for (let i = 0; i < current.length; i++) {
      const children = (current[i] as XmlElement).children;
      for (let j = 0; j < children.length; j++) if ((children[j] as XmlElement).key === key) next.push(children[j] as XmlElement);
    }
    current = next;
  }
  return current as XmlElement[];
}

/** XPath string value: the element's text and its descendants'. */
export function stringValue(element: XmlElement): string {
  if (element.children.length === 0) return element.text;
  let s = element.text;
  for (const c of element.children) s += stringValue(c);
  return s;
}

/** XPath normalize-space (XML white space only). */
export const normalizeSpace = normalizeXmlSpace;

/** normalize-space of the first child with that key ('' when absent), as `normalize-space(cbc:ID)` reads it. */
export function nspChild(element: XmlElement, key: string): string {
  const c = child(element, key);
  return c ? normalizeSpace(stringValue(c)) : "";
}

/** XPath `child = 'value'` on untyped text: true when some child with that key has exactly that string value. */
export function childEquals(element: XmlElement, key: string, value: string): boolean {
  for (const c of element.children) if (c.key === key && stringValue(c) === value) return true;
  return false;
}

/** True when an ancestor (the element excluded) has that key. */
export function hasAncestor(element: XmlElement, key: string): boolean {
  for (let e = element.parent; e; e = e.parent) if (e.key === key) return true;
  return false;
}

/** xs:boolean cast of untyped text: true/1, false/0; undefined for anything else (an error in XPath). */
export function xsBoolean(text: string): boolean | undefined {
  const t = trimXmlSpace(text);
  if (t === "true" || t === "1") return true;
  if (t === "false" || t === "0") return false;
  return undefined;
}

/** `path = true()` / `path = false()` on untyped indicator elements reached by the key path. */
export function indicatorIs(element: XmlElement, keys: string, value: boolean): boolean {
  return someIndicator(element, keysOf(keys), 0, value);
}

// The elements at the key path, in document order, tested as they are reached (no list per step: this runs on every
// allowance and charge of every document).
function someIndicator(element: XmlElement, keys: readonly string[], depth: number, value: boolean): boolean {
  const key = keys[depth];
  const last = depth === keys.length - 1;
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const c = children[i] as XmlElement;
    if (c.key !== key) continue;
    if (last ? xsBoolean(stringValue(c)) === value : someIndicator(c, keys, depth + 1, value)) return true;
  }
  return false;
}

/** The number of characters, as XPath string-length counts them. */
export function stringLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * `child op number` on untyped text, as XPath compares it (true when some child with that key compares true; an
 * absent child makes it false). `sign` receives −1, 0 or 1 as the value is below, equal to or above zero.
 */
export function someChildSign(element: XmlElement, key: string, accept: (sign: number) => boolean): boolean {
  for (const c of element.children) {
    if (c.key !== key) continue;
    const v = parseNumber(stringValue(c));
    if (v && accept(v.n < 0n ? -1 : v.n > 0n ? 1 : 0)) return true;
  }
  return false;
}

/** True when the element has a child with one of those keys (`exists(a) or exists(b)`). */
export function hasChild(element: XmlElement, key: string, other?: string): boolean {
  const children = element.children;
  for (let i = 0; i < children.length; i++) {
    const k = (children[i] as XmlElement).key;
    if (k === key || (other !== undefined && k === other)) return true;
  }
  return false;
}

/**
 * A per-document fact computed once: the value cached under that key for the document being validated. `compute`
 * receives the root, so that callers can pass a function made once rather than a closure per call.
 */
export function memo<T>(root: XmlElement, key: string, compute: (root: XmlElement) => T): T {
  const facts = root === currentRoot ? currentFacts : factsOf(root);
  const cached = facts.get(key);
  if (cached !== undefined) return (cached === NONE ? undefined : cached) as T;
  const value = compute(root);
  facts.set(key, value === undefined ? NONE : value);
  return value;
}

/** Stands for a fact whose value is undefined, so that one Map lookup tells cached from not computed. */
const NONE = Symbol("none");

/** The root of the element's document. */
export function rootOf(element: XmlElement): XmlElement {
  let e = element;
  while (e.parent) e = e.parent;
  return e;
}
