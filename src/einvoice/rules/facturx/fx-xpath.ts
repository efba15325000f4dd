// The Factur-X XPath subset (fx-xpath-parse.ts) compiled once per expression into closures over the XmlElement tree:
// no syntax tree walked, and no node list built, per document. A path feeds each node it selects, in order, to a
// callback that may stop it (fx-xpath-walk.ts); counts, tests and comparisons are such callbacks, made once at compile time.
// The values are those of the interpreter this replaces: node lists in step order, duplicates kept, predicates read as
// booleans (no position), general comparisons on the nodes' string values. fx-xpath-select.ts runs them on documents.
import type { XmlElement } from "../../xml/xml-tree.js";
import { stringValue } from "../support/core-xpath.js";
import type { Expr } from "./fx-xpath-parse.js";
import { type Compiled, compilePath, itemString, STOP, type Visit, type Walk } from "./fx-xpath-walk.js";
import { normalizeXmlSpace } from "../../xml/xml-space.js";
import { fusedAttributeEquals, fusedCount, fusedCountTest, fusedEquals } from "./fx-xpath-fused.js";

export type { Compiled, Visit, Walk } from "./fx-xpath-walk.js";
export type Atom = string | number | boolean;

/** What an expression gives: a node list (walked, never built) or a single value. */
export type Form = { nodes: Walk } | { value: Compiled<Atom> };

/** What an expression gives, compiled: its walk (a path) or its value. */
export function compileForm(e: Expr): Form {
  if (e.t === "path") return { nodes: compilePath(e, compileTest) };
  return { value: compileValue(e) };
}

function compileValue(e: Exclude<Expr, { t: "path" }>): Compiled<Atom> {
  switch (e.t) {
    case "lit": {
      const value = e.value;
      return () => value;
    }
    case "not": {
      const arg = compileTest(e.arg);
      return (c, d) => !arg(c, d);
    }
    case "count":
      return compileCount(e.arg);
    case "fn": {
      if (e.name === "exists") return e.arg ? compileTest({ t: "fn", name: "exists", arg: e.arg }) : () => false;
      const text = e.arg ? compileString(e.arg) : (c: XmlElement) => stringValue(c);
      if (e.name === "upper-case") return (c, d) => text(c, d).toUpperCase();
      return (c, d) => normalizeXmlSpace(text(c, d));
    }
    case "bin":
      return compileBinary(e.op, e.left, e.right);
  }
}

function compileCount(arg: Expr): Compiled<number> {
  const fused = fusedCount(arg, compileTest);
  if (fused) return fused;
  const form = compileForm(arg);
  if (!("nodes" in form)) return () => 1;
  const walk = form.nodes;
  // The count of this expression's own walk (an expression is never evaluated inside itself).
  let n = 0;
  const counted: Visit = () => {
    n++;
    return false;
  };
  return (c, d) => {
    n = 0;
    walk(c, d, counted);
    return n;
  };
}

const toBoolean = (v: Atom): boolean => (typeof v === "string" ? v.length > 0 : typeof v === "number" ? v !== 0 && !Number.isNaN(v) : v);

/** The boolean value of an expression (a node list is true when not empty). */
export function compileTest(e: Expr): Compiled<boolean> {
  if (e.t === "fn" && e.name === "exists" && e.arg) {
    const form = compileForm(e.arg);
    if ("value" in form) return () => true;
    const walk = form.nodes;
    return (c, d) => walk(c, d, STOP);
  }
  const form = compileForm(e);
  if ("nodes" in form) {
    const walk = form.nodes;
    return (c, d) => walk(c, d, STOP);
  }
  const value = form.value;
  if (e.t === "lit") {
    const constant = toBoolean(e.value);
    return () => constant;
  }
  if (e.t === "not" || e.t === "bin") return value as Compiled<boolean>;
  return (c, d) => toBoolean(value(c, d));
}

/** The string of an expression: a node list gives its first node's string value, "" when empty. */
export function compileString(e: Expr): Compiled<string> {
  const form = compileForm(e);
  if ("value" in form) {
    const value = form.value;
    return (c, d) => String(value(c, d));
  }
  const only = e.t === "path" && !e.absolute && e.steps.length === 1 ? e.steps[0] : undefined;
  if (only?.axis === "self") return (c) => stringValue(c);
  if (only?.axis === "attr") {
    const name = only.name;
    return (c) => c.attrs[name] ?? "";
  }
  const walk = form.nodes;
  let first = "";
  const take: Visit = (element, attr) => {
    first = itemString(element, attr);
    return true;
  };
  return (c, d) => {
    first = "";
    walk(c, d, take);
    return first;
  };
}

function compare(op: string, a: Atom, b: Atom): boolean {
  if (typeof a === "number" || typeof b === "number") {
    const x = Number(a);
    const y = Number(b);
    return op === "=" ? x === y : op === "!=" ? x !== y : op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
  }
  const x = String(a);
  const y = String(b);
  return op === "=" ? x === y : op === "!=" ? x !== y : compare(op, Number(x), Number(y));
}

/**
 * `count(path) = 0` and `count(path) >= 1` (and their like) read as whether the path selects anything: the walk stops
 * at the first node instead of counting them all (the EXTENDED category rules count every line's taxes this way).
 */
function emptinessOf(op: string, leftExpr: Expr, rightExpr: Expr): Compiled<boolean> | undefined {
  if (leftExpr.t !== "count" || rightExpr.t !== "lit" || typeof rightExpr.value !== "number") return undefined;
  const form = compileForm(leftExpr.arg);
  if (!("nodes" in form)) return undefined;
  const walk = form.nodes;
  const n = rightExpr.value;
  if ((op === "=" && n === 0) || (op === "<=" && n === 0) || (op === "<" && n === 1)) return (c, d) => !walk(c, d, STOP);
  if ((op === ">=" && n === 1) || (op === ">" && n === 0) || (op === "!=" && n === 0)) return (c, d) => walk(c, d, STOP);
  return undefined;
}

/** The fused forms of fx-xpath-fused.ts: `path = 'text'`, `@name = ../../path`, `count(name[predicate]) op n`. */
function fusedBinary(op: string, leftExpr: Expr, rightExpr: Expr): Compiled<boolean> | undefined {
  if (op === "=") {
    const equals = fusedEquals(leftExpr, rightExpr);
    if (equals) return equals;
  }
  if (op === "=") {
    const attribute = fusedAttributeEquals(leftExpr, rightExpr);
    if (attribute) return attribute;
  }
  return leftExpr.t === "count" ? fusedCountTest(op, leftExpr.arg, rightExpr, compileTest) : undefined;
}

function compileBinary(op: string, leftExpr: Expr, rightExpr: Expr): Compiled<boolean> {
  if (op === "or" || op === "and") {
    const left = compileTest(leftExpr);
    const right = compileTest(rightExpr);
    return op === "or" ? (c, d) => left(c, d) || right(c, d) : (c, d) => left(c, d) && right(c, d);
  }
  const emptiness = emptinessOf(op, leftExpr, rightExpr);
  if (emptiness) return emptiness;
  const fused = fusedBinary(op, leftExpr, rightExpr);
  if (fused) return fused;
  // A general comparison: true when some atom of the left compares true with some atom of the right. No list of atoms
  // is made per evaluation: a single value is compared directly, a node list walked (stopping at the first match).
  const left = compileForm(leftExpr);
  const right = compileForm(rightExpr);
  if ("value" in left && "value" in right) {
    const leftValue = left.value;
    const rightValue = right.value;
    return (c, d) => compare(op, leftValue(c, d), rightValue(c, d));
  }
  if ("nodes" in left && "value" in right) {
    const walk = left.nodes;
    if (rightExpr.t === "lit") {
      const lit = rightExpr.value;
      const match: Visit = typeof lit === "string" && op === "=" ? (e, a) => itemString(e, a) === lit : (e, a) => compare(op, itemString(e, a), lit);
      return (c, d) => walk(c, d, match);
    }
    const rightValue = right.value;
    // The value of this evaluation (an expression is never evaluated inside itself).
    let against: Atom = "";
    const match: Visit = (e, a) => compare(op, itemString(e, a), against);
    return (c, d) => {
      against = rightValue(c, d);
      return walk(c, d, match);
    };
  }
  if ("value" in left && "nodes" in right) {
    const leftValue = left.value;
    const walk = right.nodes;
    let against: Atom = "";
    const match: Visit = (e, a) => compare(op, against, itemString(e, a));
    return (c, d) => {
      against = leftValue(c, d);
      return walk(c, d, match);
    };
  }
  return compareNodeLists(op, left as Extract<Form, { nodes: Walk }>, right as Extract<Form, { nodes: Walk }>);
}

/** Node lists on both sides: the right's string values listed (one array per expression, reused), the left's walked. */
function compareNodeLists(op: string, left: { nodes: Walk }, right: { nodes: Walk }): Compiled<boolean> {
  const rights: string[] = [];
  const collect: Visit = (e, a) => {
    rights.push(itemString(e, a));
    return false;
  };
  const match: Visit = (e, a) => {
    const x = itemString(e, a);
    for (const b of rights) if (compare(op, x, b)) return true;
    return false;
  };
  return (c, d) => {
    rights.length = 0;
    right.nodes(c, d, collect);
    return rights.length > 0 && left.nodes(c, d, match);
  };
}
