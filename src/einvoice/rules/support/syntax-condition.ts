import type { XmlElement } from "../../xml/xml-tree.js";
import { normalizeSpace, parseRelativePath, selectSteps, stepMatches, valuesAt } from "./syntax-path.js";
import type { Condition } from "./syntax-table.js";

/** XPath 2.0 cast of an untyped value to xs:boolean; undefined when the value is not a boolean lexical form. */
export function castBoolean(value: string): boolean | undefined {
  const v = normalizeSpace(value);
  if (v === "true" || v === "1") return true;
  if (v === "false" || v === "0") return false;
  return undefined;
}

function localEndsWith(key: string, suffix: string): boolean {
  return stepMatches({ key: undefined, prefix: "", endsWith: suffix }, key);
}

function hasAncestor(e: XmlElement, test: (a: XmlElement) => boolean): boolean {
  for (let a = e.parent; a; a = a.parent) if (test(a)) return true;
  return false;
}

/** Whether an element meets a table condition (all given parts). */
export function conditionHolds(c: Condition, e: XmlElement, root: XmlElement): boolean {
  if (c.self && !c.self.includes(e.key)) return false;
  if (c.selfEndsWith !== undefined && !localEndsWith(e.key, c.selfEndsWith)) return false;
  if (c.valueIn) {
    const [path, values] = c.valueIn;
    if (!valuesAt(e, parseRelativePath(path)).some((v) => values.includes(v))) return false;
  }
  if (c.booleanIs) {
    const [path, value] = c.booleanIs;
    if (!valuesAt(e, parseRelativePath(path)).some((v) => castBoolean(v) === value)) return false;
  }
  if (c.ancestor !== undefined && !hasAncestor(e, (a) => a.key === c.ancestor)) return false;
  if (c.ancestorWithChild) {
    const [ancestor, child] = c.ancestorWithChild;
    if (!hasAncestor(e, (a) => a.key === ancestor && a.children.some((x) => x.key === child))) return false;
  }
  if (c.rootIs !== undefined && root.key !== c.rootIs) return false;
  if (c.documentHas !== undefined) {
    const path = parseRelativePath(c.documentHas);
    const [first, ...rest] = path.steps;
    // The path starts with the root element's own key (an absolute path), then steps down from it.
    if (!first?.keys.includes(root.key)) return false;
    const reached = selectSteps(root, rest);
    if (!(path.attribute === undefined ? reached.length > 0 : reached.some((x) => x.attrs[path.attribute as string] !== undefined))) return false;
  }
  if (c.none?.some((n) => conditionHolds(n, e, root))) return false;
  return true;
}
