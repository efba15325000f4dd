// The commonest tests of the Factur-X tables compiled into one closure each, instead of a chain of closures (path walk,
// visitor, comparison). The table's tests run once or twice per document, between the other families' rules: each
// closure in a chain is then code fetched cold, so fewer closures cost less, not the work they do. Same values as the
// general forms of fx-xpath.ts: a string comparison with a literal is true when some selected node's string value is
// it, a count counts the selected nodes (duplicates kept).
import type { XmlElement } from "../../xml/xml-tree.js";
import { stringValue } from "../support/core-xpath.js";
import type { Expr } from "./fx-xpath-parse.js";
import { type Compiled, plainChildPath } from "./fx-xpath-walk.js";

/** The child names (one or two, no predicate, no `*`) and final attribute of a relative path, else undefined. */
function shortPath(e: Expr): { names: string[]; attr: string | undefined } | undefined {
  const plain = e.t === "path" ? plainChildPath(e) : undefined;
  return plain && plain.names.length <= 2 && (plain.names.length > 0 || plain.attr !== undefined) ? plain : undefined;
}

/** Whether a node's string value (the element's, or its attribute's when there is one) is the text. */
const valueIs = (e: XmlElement, attr: string | undefined, text: string): boolean => (attr === undefined ? stringValue(e) === text : e.attrs[attr] === text);

/** `path = 'text'` on a short path (`ram:TypeCode = '130'`, `ram:ID/@schemeID = 'VA'`, `@listID = '5153'`), else undefined. */
export function fusedEquals(path: Expr, literal: Expr): Compiled<boolean> | undefined {
  const short = shortPath(path);
  if (!short || literal.t !== "lit" || typeof literal.value !== "string") return undefined;
  const text = literal.value;
  const { names, attr } = short;
  const [first, second] = names;
  if (first === undefined) {
    const name = attr as string;
    return (c) => c.attrs[name] === text;
  }
  if (second === undefined) {
    return (c) => {
      for (const x of c.children) if (x.key === first && valueIs(x, attr, text)) return true;
      return false;
    };
  }
  return (c) => {
    for (const x of c.children) {
      if (x.key !== first) continue;
      for (const y of x.children) if (y.key === second && valueIs(y, attr, text)) return true;
    }
    return false;
  };
}

/** The child step of `count(name)` or `count(name[predicate])` (one predicate at most), else undefined. */
function countedStep(arg: Expr): { name: string; predicate: Expr | undefined } | undefined {
  const step = arg.t === "path" && !arg.absolute && arg.steps.length === 1 ? arg.steps[0] : undefined;
  if (step?.axis !== "child" || step.name === "*" || step.predicates.length > 1) return undefined;
  return { name: step.name, predicate: step.predicates[0] };
}

/** `count(name)` and `count(name[predicate])`, else undefined. */
export function fusedCount(arg: Expr, compilePredicate: (p: Expr) => Compiled<boolean>): Compiled<number> | undefined {
  const counted = countedStep(arg);
  if (!counted) return undefined;
  const { name } = counted;
  const holds = counted.predicate ? compilePredicate(counted.predicate) : undefined;
  return (c, d) => {
    let n = 0;
    for (const x of c.children) if (x.key === name && (holds === undefined || holds(x, d))) n++;
    return n;
  };
}

const OPS: Record<string, number> = { "=": 0, "!=": 1, "<": 2, "<=": 3, ">": 4, ">=": 5 };

/** A count compared with a number, as numbers. */
function countIs(op: number, count: number, n: number): boolean {
  switch (op) {
    case 0:
      return count === n;
    case 1:
      return count !== n;
    case 2:
      return count < n;
    case 3:
      return count <= n;
    case 4:
      return count > n;
    default:
      return count >= n;
  }
}

/** `count(name) op n` and `count(name[predicate]) op n`, n a number literal (the tables' "may occur at most"), else undefined. */
export function fusedCountTest(op: string, arg: Expr, literal: Expr, compilePredicate: (p: Expr) => Compiled<boolean>): Compiled<boolean> | undefined {
  const counted = countedStep(arg);
  const code = OPS[op];
  if (!counted || code === undefined || literal.t !== "lit" || typeof literal.value !== "number") return undefined;
  const { name } = counted;
  const n = literal.value;
  const holds = counted.predicate ? compilePredicate(counted.predicate) : undefined;
  return (c, d) => {
    let count = 0;
    for (const x of c.children) if (x.key === name && (holds === undefined || holds(x, d))) count++;
    return countIs(code, count, n);
  };
}

/** Whether some element at the child path below `e` (names[k...]) has that string value. */
function someValueAt(e: XmlElement, names: readonly string[], k: number, value: string): boolean {
  if (k === names.length) return stringValue(e) === value;
  const name = names[k];
  for (const x of e.children) if (x.key === name && someValueAt(x, names, k + 1, value)) return true;
  return false;
}

/**
 * `@name = path`, the path child names from a parent of the context (`../../ram:InvoiceCurrencyCode`) or from the
 * document (`/rsm:CrossIndustryInvoice/.../ram:InvoiceCurrencyCode`): the attribute is there and some node's string
 * value is it. Else undefined.
 */
export function fusedAttributeEquals(left: Expr, right: Expr): Compiled<boolean> | undefined {
  const own = left.t === "path" && !left.absolute && left.steps.length === 1 ? left.steps[0] : undefined;
  if (own?.axis !== "attr" || right.t !== "path") return undefined;
  let ups = 0;
  const names: string[] = [];
  for (const [i, s] of right.steps.entries()) {
    if (s.predicates.length > 0) return undefined;
    if (s.axis === "parent" && !right.absolute && i === ups) ups++;
    else if (s.axis === "child" && s.name !== "*") names.push(s.name);
    else return undefined;
  }
  if (names.length === 0 || (ups === 0 && !right.absolute)) return undefined;
  const attr = own.name;
  return (c, d) => {
    const value = c.attrs[attr];
    if (value === undefined) return false;
    let from: XmlElement | undefined = right.absolute ? d : c;
    for (let i = 0; i < ups && from; i++) from = from.parent;
    return from !== undefined && someValueAt(from, names, 0, value);
  };
}
