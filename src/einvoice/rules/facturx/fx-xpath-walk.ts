// Paths of the Factur-X XPath subset compiled into walks over the XmlElement tree: each selected node, in step order
// (duplicates kept, predicates read as booleans), is fed to a callback that may stop the walk; no node list is built.
// fx-xpath.ts compiles the rest of an expression (values, tests, comparisons) around these walks.
import type { XmlElement } from "../../xml/xml-tree.js";
import { elementsOf } from "../support/core-index.js";
import { stringValue } from "../support/core-xpath.js";
import type { Expr, Step } from "./fx-xpath-parse.js";

/** Receives a selected node: an element, or an attribute (its owner and name). Returns true to stop the path. */
export type Visit = (element: XmlElement, attr: string | undefined) => boolean;
/** A compiled expression on a context node; `doc` is a document node above the root (for absolute paths). */
export type Compiled<T> = (context: XmlElement, doc: XmlElement) => T;

interface CompiledStep {
  axis: Step["axis"];
  name: string;
  any: boolean;
  predicates: Compiled<boolean>[];
}

/** A compiled path: feeds each selected node to `visit`; true when a visit stopped it. */
export type Walk = (context: XmlElement, doc: XmlElement, visit: Visit) => boolean;

/** The XPath string value of a node. */
export const itemString = (element: XmlElement, attr: string | undefined): string => (attr === undefined ? stringValue(element) : (element.attrs[attr] ?? ""));

/** A visit that stops the path at its first node (emptiness tests). */
export const STOP: Visit = () => true;

function holdsAll(predicates: Compiled<boolean>[], e: XmlElement, doc: XmlElement): boolean {
  for (const p of predicates) if (!p(e, doc)) return false;
  return true;
}

function descend(steps: CompiledStep[], k: number, s: CompiledStep, e: XmlElement, doc: XmlElement, visit: Visit): boolean {
  for (const c of e.children) {
    if ((s.any || c.key === s.name) && holdsAll(s.predicates, c, doc) && feed(steps, k + 1, c, undefined, doc, visit)) return true;
    if (descend(steps, k, s, c, doc, visit)) return true;
  }
  return false;
}

/** Applies steps[k..] to one node, in document order of each step's results. */
function feed(steps: CompiledStep[], k: number, e: XmlElement, attr: string | undefined, doc: XmlElement, visit: Visit): boolean {
  const s = steps[k];
  if (s === undefined) return visit(e, attr);
  if (attr !== undefined) return s.axis === "parent" && feed(steps, k + 1, e, undefined, doc, visit);
  switch (s.axis) {
    case "self":
      return feed(steps, k + 1, e, undefined, doc, visit);
    case "parent":
      return e.parent !== undefined && feed(steps, k + 1, e.parent, undefined, doc, visit);
    case "attr":
      return e.attrs[s.name] !== undefined && feed(steps, k + 1, e, s.name, doc, visit);
    case "ancestor":
      for (let a = e.parent; a; a = a.parent) if (a.key === s.name && holdsAll(s.predicates, a, doc) && feed(steps, k + 1, a, undefined, doc, visit)) return true;
      return false;
    case "child":
      for (const c of e.children) if ((s.any || c.key === s.name) && holdsAll(s.predicates, c, doc) && feed(steps, k + 1, c, undefined, doc, visit)) return true;
      return false;
    case "descendant": {
      const root = e.key === "#document" ? e.children[0] : undefined;
      // `//name` from the document node reads the per-document element index shared with the other rule families.
      if (root === undefined || s.any) return descend(steps, k, s, e, doc, visit);
      for (const c of elementsOf(root, s.name)) if (holdsAll(s.predicates, c, doc) && feed(steps, k + 1, c, undefined, doc, visit)) return true;
      return false;
    }
  }
}

/** A relative path of plain child steps (no predicate, no `*`), perhaps ending with an attribute step, else undefined. */
export function plainChildPath(e: Extract<Expr, { t: "path" }>): { names: string[]; attr: string | undefined } | undefined {
  if (e.absolute) return undefined;
  const names: string[] = [];
  let attr: string | undefined;
  for (const [i, s] of e.steps.entries()) {
    if (s.predicates.length > 0) return undefined;
    if (s.axis === "attr" && i === e.steps.length - 1) attr = s.name;
    else if (s.axis === "child" && s.name !== "*") names.push(s.name);
    else return undefined;
  }
  return { names, attr };
}

/** feed() for a plain child path: the same nodes, in the same order, without the general step dispatch. */
function childPath(names: readonly string[], attr: string | undefined, k: number, e: XmlElement, visit: Visit): boolean {
  if (k === names.length) return attr === undefined ? visit(e, undefined) : e.attrs[attr] !== undefined && visit(e, attr);
  const name = names[k];
  for (const c of e.children) if (c.key === name && childPath(names, attr, k + 1, c, visit)) return true;
  return false;
}

/** Compiles a path; its predicates by `compilePredicate` (compileTest, passed in to keep the two files acyclic). */
export function compilePath(e: Extract<Expr, { t: "path" }>, compilePredicate: (p: Expr) => Compiled<boolean>): Walk {
  const steps: CompiledStep[] = e.steps.map((s) => ({ axis: s.axis, name: s.name, any: s.name === "*", predicates: s.predicates.map(compilePredicate) }));
  const only = steps.length === 1 && !e.absolute ? steps[0] : undefined;
  if (only?.axis === "child" && !only.any && only.predicates.length === 0) {
    const name = only.name;
    // The commonest path: a child name (`ram:ID`).
    return (context, _doc, visit) => {
      for (const c of context.children) if (c.key === name && visit(c, undefined)) return true;
      return false;
    };
  }
  if (only?.axis === "attr") {
    const name = only.name;
    // An attribute of the context (`@schemeID`).
    return (context, _doc, visit) => context.attrs[name] !== undefined && visit(context, name);
  }
  const plain = plainChildPath(e);
  if (plain) {
    // Child names, perhaps ending with an attribute (`ram:ChargeIndicator/udt:Indicator`, `ram:ID/@schemeID`).
    const { names, attr } = plain;
    return (context, _doc, visit) => childPath(names, attr, 0, context, visit);
  }
  if (e.absolute) return (_context, doc, visit) => feed(steps, 0, doc, undefined, doc, visit);
  return (context, doc, visit) => feed(steps, 0, context, undefined, doc, visit);
}
