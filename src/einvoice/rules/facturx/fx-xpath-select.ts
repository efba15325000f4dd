// Running the compiled XPath subset (fx-xpath.ts) on documents: the nodes a path selects, the context nodes an assertion
// fails on, expressions compiled once per text, and the document node above a root that absolute paths start from.
import type { XmlElement } from "../../xml/xml-tree.js";
import { type Compiled, compileForm, compileTest, type Visit } from "./fx-xpath.js";
import { type Expr, parseXPath } from "./fx-xpath-parse.js";

/** The elements an expression selects, in order (attributes left out). */
export function compileNodes(e: Expr): Compiled<XmlElement[]> {
  const form = compileForm(e);
  if ("value" in form) return () => [];
  const walk = form.nodes;
  return (c, d) => {
    const out: XmlElement[] = [];
    walk(c, d, (element, attr) => {
      if (attr === undefined) out.push(element);
      return false;
    });
    return out;
  };
}

/**
 * The elements a path selects (attributes left out) on which a test is false, in order, undefined when none: the
 * context nodes an assertion fails on, without a list of every context node.
 */
export function compileFailing(contextExpr: Expr, testExpr: Expr): (doc: XmlElement) => XmlElement[] | undefined {
  const form = compileForm(contextExpr);
  if ("value" in form) return () => undefined;
  const walk = form.nodes;
  const holds = compileTest(testExpr);
  // The state of the evaluation under way (a pair is never evaluated inside itself).
  let doc: XmlElement | undefined;
  let failing: XmlElement[] | undefined;
  const check: Visit = (element, attr) => {
    if (attr === undefined && !holds(element, doc as XmlElement)) {
      if (failing) failing.push(element);
      else failing = [element];
    }
    return false;
  };
  return (d) => {
    doc = d;
    failing = undefined;
    walk(d, d, check);
    const found = failing;
    failing = undefined;
    doc = undefined;
    return found;
  };
}

const tests = new Map<string, Compiled<boolean>>();
const selections = new Map<string, Compiled<XmlElement[]>>();

/** The boolean value of an expression (compiled once per text) on a node. */
export function test(text: string, context: XmlElement, doc: XmlElement): boolean {
  let compiled = tests.get(text);
  if (!compiled) {
    compiled = compileTest(parseXPath(text));
    tests.set(text, compiled);
  }
  return compiled(context, doc);
}

/** The elements an absolute path (compiled once per text) selects. */
export function selectNodes(text: string, doc: XmlElement): XmlElement[] {
  let compiled = selections.get(text);
  if (!compiled) {
    compiled = compileNodes(parseXPath(text));
    selections.set(text, compiled);
  }
  return compiled(doc, doc);
}

let lastDocument: XmlElement | undefined;

/** A document node above the root, for absolute paths (the same node for the same root, one slot). */
export function documentOf(root: XmlElement): XmlElement {
  if (lastDocument?.children[0] !== root) {
    lastDocument = { key: "#document", name: "#document", local: "", uri: "", attrs: {}, children: [root], text: "", parent: undefined, rank: 1, line: 0 };
  }
  return lastDocument;
}
