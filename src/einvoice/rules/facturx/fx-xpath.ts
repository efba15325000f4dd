// The small XPath subset the Factur-X profile tables use: absolute and relative paths (/, //, ., .., @attr, *,
// ancestor::), predicates, count(), not(), exists(), normalize-space(), upper-case(), and/or, general comparisons and
// literals. Parsed once per expression, evaluated on the XmlElement tree.
import type { XmlElement } from "../../xml/xml-tree.js";
import { elementsOf } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";

/** An attribute as an XPath node. */
export interface AttrNode {
  owner: XmlElement;
  name: string;
}
type Item = XmlElement | AttrNode;
type Value = Item[] | string | number | boolean;

type Step = { axis: "child" | "descendant" | "self" | "parent" | "attr" | "ancestor"; name: string; predicates: Expr[] };
export type Expr =
  | { t: "path"; absolute: boolean; steps: Step[] }
  | { t: "lit"; value: string | number | boolean }
  | { t: "not" | "count"; arg: Expr }
  | { t: "fn"; name: "exists" | "normalize-space" | "upper-case"; arg: Expr | undefined }
  | { t: "bin"; op: string; left: Expr; right: Expr };

const TOKEN = /\s*(\/\/|\/|::|\*|\.\.|\.|@|\[|\]|\(|\)|!=|<=|>=|=|<|>|,|"[^"]*"|'[^']*'|\d+(?:\.\d+)?|[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const m = TOKEN.exec(text);
    if (!m?.[1]) throw new Error(`XPath non pris en charge : ${text}`);
    tokens.push(m[1]);
  }
  return tokens;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: string[]) {}
  private peek(): string | undefined {
    return this.tokens[this.i];
  }
  private take(expected?: string): string {
    const t = this.tokens[this.i++];
    if (t === undefined || (expected !== undefined && t !== expected)) throw new Error(`XPath: expected ${expected ?? "a token"}, got ${t}`);
    return t;
  }
  parse(): Expr {
    const e = this.or();
    if (this.i !== this.tokens.length) throw new Error(`XPath: unexpected ${this.peek()}`);
    return e;
  }
  private or(): Expr {
    let left = this.and();
    while (this.peek() === "or") {
      this.take();
      left = { t: "bin", op: "or", left, right: this.and() };
    }
    return left;
  }
  private and(): Expr {
    let left = this.cmp();
    while (this.peek() === "and") {
      this.take();
      left = { t: "bin", op: "and", left, right: this.cmp() };
    }
    return left;
  }
  private cmp(): Expr {
    const left = this.unary();
    const op = this.peek();
    if (op && ["=", "!=", "<=", ">=", "<", ">"].includes(op)) {
      this.take();
      return { t: "bin", op, left, right: this.unary() };
    }
    return left;
  }
  private unary(): Expr {
    const t = this.peek();
    if (t === undefined) throw new Error("XPath: unexpected end");
    if ((t === "not" || t === "count") && this.tokens[this.i + 1] === "(") {
      this.take();
      this.take("(");
      const arg = this.or();
      this.take(")");
      return { t, arg };
    }
    if ((t === "exists" || t === "normalize-space" || t === "upper-case") && this.tokens[this.i + 1] === "(") {
      this.i += 2;
      const arg = this.peek() === ")" ? undefined : this.or();
      this.take(")");
      return { t: "fn", name: t, arg };
    }
    if ((t === "true" || t === "false") && this.tokens[this.i + 1] === "(") {
      this.i += 2;
      this.take(")");
      return { t: "lit", value: t === "true" };
    }
    if (t === "(") {
      this.take();
      const e = this.or();
      this.take(")");
      return e;
    }
    if (t.startsWith('"') || t.startsWith("'")) {
      this.take();
      return { t: "lit", value: t.slice(1, -1) };
    }
    if (/^\d/.test(t)) {
      this.take();
      return { t: "lit", value: Number(t) };
    }
    return this.path();
  }
  private path(): Expr {
    const steps: Step[] = [];
    let absolute = false;
    let axis: Step["axis"] = "child";
    if (this.peek() === "/" || this.peek() === "//") {
      absolute = true;
      if (this.take() === "//") axis = "descendant";
    }
    for (;;) {
      steps.push(this.step(axis));
      const t = this.peek();
      if (t !== "/" && t !== "//") break;
      this.take();
      axis = t === "//" ? "descendant" : "child";
    }
    return { t: "path", absolute, steps };
  }
  private step(axis: Step["axis"]): Step {
    const t = this.take();
    if (t === ".") return { axis: "self", name: "", predicates: [] };
    if (t === "..") return { axis: "parent", name: "", predicates: [] };
    if (t === "@") return { axis: "attr", name: this.take(), predicates: [] };
    let name = t;
    if (t === "ancestor" && this.peek() === "::") {
      this.take();
      axis = "ancestor";
      name = this.take();
    }
    const predicates: Expr[] = [];
    while (this.peek() === "[") {
      this.take();
      predicates.push(this.or());
      this.take("]");
    }
    return { axis, name, predicates };
  }
}

const cache = new Map<string, Expr>();

/** Parses (once) an expression of the subset. */
export function compile(text: string): Expr {
  let e = cache.get(text);
  if (!e) {
    e = new Parser(tokenize(text)).parse();
    cache.set(text, e);
  }
  return e;
}

const isAttr = (i: Item): i is AttrNode => (i as AttrNode).owner !== undefined;

/** The XPath string value of a node. */
export function itemString(i: Item): string {
  return isAttr(i) ? (i.owner.attrs[i.name] ?? "") : stringValue(i);
}

function* allDescendants(e: XmlElement): Generator<XmlElement> {
  for (const c of e.children) {
    yield c;
    yield* allDescendants(c);
  }
}

// `//name` from this document node reads the per-document element index shared with the other rule families
// (elementsOf) instead of walking the whole tree.
let indexedDoc: XmlElement | undefined;

/** Lets `//name` from this document node read the shared per-document element index. */
export function setIndexedDocument(doc: XmlElement): void {
  indexedDoc = doc;
}

function applyStep(items: Item[], step: Step, doc: XmlElement): Item[] {
  const out: Item[] = [];
  const only = items.length === 1 ? items[0] : undefined;
  if (step.axis === "descendant" && step.name !== "*" && only !== undefined && only === indexedDoc && only.children[0]) {
    for (const c of elementsOf(only.children[0], step.name)) if (step.predicates.every((p) => toBoolean(evaluate(p, c, doc)))) out.push(c);
    return out;
  }
  for (const item of items) {
    if (isAttr(item)) {
      if (step.axis === "parent") out.push(item.owner);
      continue;
    }
    if (step.axis === "self") out.push(item);
    else if (step.axis === "parent") {
      if (item.parent) out.push(item.parent);
    } else if (step.axis === "attr") {
      if (item.attrs[step.name] !== undefined) out.push({ owner: item, name: step.name });
    } else if (step.axis === "ancestor") {
      for (let a = item.parent; a; a = a.parent) if (a.key === step.name && step.predicates.every((p) => toBoolean(evaluate(p, a, doc)))) out.push(a);
    } else {
      const pool = step.axis === "child" ? item.children : allDescendants(item);
      const any = step.name === "*";
      for (const c of pool) {
        if (!any && c.key !== step.name) continue;
        if (step.predicates.every((p) => toBoolean(evaluate(p, c, doc)))) out.push(c);
      }
    }
  }
  return out;
}

/** The string of a value: a node list gives its first node's string value, "" when empty. */
function firstString(v: Value): string {
  if (Array.isArray(v)) return v[0] === undefined ? "" : itemString(v[0]);
  return String(v);
}

function toBoolean(v: Value): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === "string") return v.length > 0;
  if (typeof v === "number") return v !== 0 && !Number.isNaN(v);
  return v;
}

function atoms(v: Value): (string | number | boolean)[] {
  return Array.isArray(v) ? v.map(itemString) : [v];
}

function compare(op: string, a: string | number | boolean, b: string | number | boolean): boolean {
  if (typeof a === "number" || typeof b === "number") {
    const x = Number(a);
    const y = Number(b);
    return op === "=" ? x === y : op === "!=" ? x !== y : op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
  }
  const x = String(a);
  const y = String(b);
  return op === "=" ? x === y : op === "!=" ? x !== y : compare(op, Number(x), Number(y));
}

/** Evaluates an expression with `context` as the context node; `doc` is a document node above the root. */
export function evaluate(e: Expr, context: XmlElement, doc: XmlElement): Value {
  switch (e.t) {
    case "lit":
      return e.value;
    case "not":
      return !toBoolean(evaluate(e.arg, context, doc));
    case "count": {
      const v = evaluate(e.arg, context, doc);
      return Array.isArray(v) ? v.length : 1;
    }
    case "fn": {
      if (e.name === "exists") {
        const v = e.arg ? evaluate(e.arg, context, doc) : [];
        return Array.isArray(v) ? v.length > 0 : true;
      }
      const text = e.arg ? firstString(evaluate(e.arg, context, doc)) : stringValue(context);
      return e.name === "upper-case" ? text.toUpperCase() : text.replace(/[ \t\n\r]+/g, " ").trim();
    }
    case "path": {
      let items: Item[] = [e.absolute ? doc : context];
      for (const step of e.steps) items = applyStep(items, step, doc);
      return items;
    }
    case "bin": {
      if (e.op === "or") return toBoolean(evaluate(e.left, context, doc)) || toBoolean(evaluate(e.right, context, doc));
      if (e.op === "and") return toBoolean(evaluate(e.left, context, doc)) && toBoolean(evaluate(e.right, context, doc));
      const left = atoms(evaluate(e.left, context, doc));
      const right = atoms(evaluate(e.right, context, doc));
      return left.some((a) => right.some((b) => compare(e.op, a, b)));
    }
  }
}

/** The boolean value of an expression on a node. */
export function test(text: string, context: XmlElement, doc: XmlElement): boolean {
  return toBoolean(evaluate(compile(text), context, doc));
}

/** The boolean value of an already compiled expression on a node. */
export function holds(e: Expr, context: XmlElement, doc: XmlElement): boolean {
  return toBoolean(evaluate(e, context, doc));
}

/** The nodes an absolute path selects. */
export function selectNodes(text: string, doc: XmlElement): XmlElement[] {
  const v = evaluate(compile(text), doc, doc);
  return Array.isArray(v) ? v.filter((i): i is XmlElement => !isAttr(i)) : [];
}

/** The string value of the first node a relative path selects ("" when none). */
export function stringOf(text: string, context: XmlElement, doc: XmlElement): string {
  return stringOfExpr(compile(text), context, doc);
}

/** stringOf for an already compiled expression. */
export function stringOfExpr(e: Expr, context: XmlElement, doc: XmlElement): string {
  return firstString(evaluate(e, context, doc));
}

let lastDocument: XmlElement | undefined;

/** A document node above the root, for absolute paths (the same node for the same root, one slot). */
export function documentOf(root: XmlElement): XmlElement {
  if (lastDocument?.children[0] !== root) {
    lastDocument = { key: "#document", name: "#document", local: "", uri: "", attrs: {}, children: [root], text: "", parent: undefined, rank: 1, line: 0 };
  }
  return lastDocument;
}
