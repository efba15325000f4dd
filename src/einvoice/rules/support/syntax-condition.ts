import type { XmlElement } from "../../xml/xml-tree.js";
import { localEndsWith, normalizeSpace, parseRelativePath, selectSteps, someValueAt } from "./syntax-path.js";
import type { Condition } from "./syntax-table.js";

/** XPath 2.0 cast of an untyped value to xs:boolean; undefined when the value is not a boolean lexical form. */
export function castBoolean(value: string): boolean | undefined {
  const v = normalizeSpace(value);
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return undefined;
}

function hasAncestor(e: XmlElement, key: string, child: string | undefined): boolean {
  for (let a = e.parent; a; a = a.parent) {
    if (a.key !== key) continue;
    if (child === undefined) return true;
    for (const x of a.children) if (x.key === child) return true;
  }
  return false;
}

// A document-wide condition is decided once per document, however many elements ask.
// Kept for one document, the one being validated (a WeakMap keyed on each fresh root costs the garbage collector more).
let answersRoot: XmlElement | undefined;
let answers = new Map<string, boolean>();

function documentHas(root: XmlElement, source: string): boolean {
  if (root !== answersRoot) {
    answersRoot = root;
    answers = new Map();
  }
  const known = answers.get(source);
  if (known !== undefined) return known;
  const path = parseRelativePath(source);
  const [first, ...rest] = path.steps;
  // The path starts with the root element's own key (an absolute path), then steps down from it.
  let answer = false;
  if (first?.keys.includes(root.key)) {
    const reached = selectSteps(root, rest);
    answer = path.attribute === undefined ? reached.length > 0 : reached.some((x) => x.attrs[path.attribute as string] !== undefined);
  }
  answers.set(source, answer);
  return answer;
}

/** Whether a condition depends on the element's key alone (then it is decided once per element path). */
export function dependsOnKeyOnly(c: Condition): boolean {
  const parts = Object.keys(c).filter((k) => c[k as keyof Condition] !== undefined);
  return parts.every((k) => k === "self" || k === "selfEndsWith" || (k === "none" && (c.none ?? []).every(dependsOnKeyOnly)));
}

/** Whether a key-only condition holds for an element key. */
export function keyConditionHolds(c: Condition, key: string): boolean {
  if (c.self && !c.self.includes(key)) return false;
  if (c.selfEndsWith !== undefined && !localEndsWith(key, c.selfEndsWith)) return false;
  return !c.none?.some((n) => keyConditionHolds(n, key));
}

const isAmong = (v: string, values: readonly string[]): boolean => values.includes(v);
const castsTo = (v: string, value: boolean): boolean => castBoolean(v) === value;

/** Whether an element meets a table condition (all given parts). */
export function conditionHolds(c: Condition, e: XmlElement, root: XmlElement): boolean {
  if (c.self && !c.self.includes(e.key)) return false;
  if (c.selfEndsWith !== undefined && !localEndsWith(e.key, c.selfEndsWith)) return false;
  // Values are tested as the path reaches them (no list per element: this runs on elements of every document).
  if (c.valueIn && !someValueAt(e, parseRelativePath(c.valueIn[0]), isAmong, c.valueIn[1])) return false;
  if (c.booleanIs && !someValueAt(e, parseRelativePath(c.booleanIs[0]), castsTo, c.booleanIs[1])) return false;
  if (c.ancestor !== undefined && !hasAncestor(e, c.ancestor, undefined)) return false;
  if (c.ancestorWithChild && !hasAncestor(e, c.ancestorWithChild[0], c.ancestorWithChild[1])) return false;
  if (c.rootIs !== undefined && root.key !== c.rootIs) return false;
  if (c.documentHas !== undefined && !documentHas(root, c.documentHas)) return false;
  const none = c.none;
  if (none) for (let i = 0; i < none.length; i++) if (conditionHolds(none[i] as Condition, e, root)) return false;
  return true;
}
