// How the CEN artefacts 1.3.16 test a code against a list, and the rule builder of the BR-CL family.
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import { vatRule } from "../../support/vat-rule.js";
import { all, hasAncestor, normalizeSpace, stringValue } from "../../support/vat-xpath.js";

/** `not(contains(normalize-space(v), ' ')) and contains(' list ', concat(' ', normalize-space(v), ' '))` */
export function inList(value: string | undefined, list: ReadonlySet<string>, upperCase = false): boolean {
  const v = normalizeSpace(value);
  if (v === "" || v.includes(" ")) return false;
  return list.has(upperCase ? normalizeSpace((value ?? "").toUpperCase()) : v);
}

/** Elements of that key anywhere whose parent has the given key (a relative pattern `parent/key`), or any parent. */
export function elements(root: XmlElement, key: string, parentKey?: string, attribute?: string): readonly XmlElement[] {
  const found = all(root, key);
  // Most code lists look at every element of a key: the document index's own list then (read only), no copy.
  if (!parentKey && !attribute) return found;
  // A list only when some element qualifies.
  let out: XmlElement[] | undefined;
  for (let i = 0; i < found.length; i++) {
    const e = found[i] as XmlElement;
    if (parentKey && e.parent?.key !== parentKey) continue;
    if (attribute && e.attrs[attribute] === undefined) continue;
    if (out) out.push(e);
    else out = [e];
  }
  return out ?? NONE;
}

/** The element's value for the check: its text, or one of its attributes. */
export function codeValue(element: XmlElement, attribute?: string): string {
  return attribute ? (element.attrs[attribute] ?? "") : stringValue(element);
}

/** True when an ancestor has one of the keys. */
export function under(element: XmlElement, ...keys: string[]): boolean {
  return keys.some((k) => hasAncestor(element, k));
}

export interface CodeListSpec {
  id: string;
  terms: readonly string[];
  fr: string;
  en: string;
  /** Context nodes and the attribute holding the code (none: the element's text). */
  cii?: { nodes: (root: XmlElement) => readonly XmlElement[]; attribute?: string; valid: (value: string, node: XmlElement) => boolean };
  ubl?: { nodes: (root: XmlElement) => readonly XmlElement[]; attribute?: string; valid: (value: string, node: XmlElement) => boolean };
}

const NONE: readonly XmlElement[] = Object.freeze([]);

/** The nodes whose code is not valid (a list only when one fails: most codes are right). */
function invalid(nodes: readonly XmlElement[], attribute: string | undefined, valid: (value: string, node: XmlElement) => boolean): readonly XmlElement[] {
  let out: XmlElement[] | undefined;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as XmlElement;
    if (valid(codeValue(n, attribute), n)) continue;
    if (out) out.push(n);
    else out = [n];
  }
  return out ?? NONE;
}

/** A BR-CL rule: each context node whose code is not in the list fires once, showing the value at fault. */
export function codeListRule(spec: CodeListSpec): Rule {
  const build = (s: CodeListSpec["cii"]) => s && ((root: XmlElement) => invalid(s.nodes(root), s.attribute, s.valid));
  const cii = build(spec.cii);
  const ubl = build(spec.ubl);
  const attributeOf = (e: XmlElement) => (e.key.startsWith("ram:") ? spec.cii?.attribute : spec.ubl?.attribute);
  return vatRule({
    id: spec.id,
    terms: spec.terms,
    fr: spec.fr,
    en: spec.en,
    ...(cii ? { cii } : {}),
    ...(ubl ? { ubl } : {}),
    showValue: (e) => normalizeSpace(codeValue(e, attributeOf(e))) || undefined,
  });
}
