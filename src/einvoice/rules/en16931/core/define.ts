import type { Syntax } from "../../../detect.js";
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule, Severity, Violation } from "../../rule.js";

/** One syntax's check: the context nodes (as the Schematron rule's contexts) on which the assertion fails. */
export type SyntaxCheck = (root: XmlElement) => readonly XmlElement[];

const NONE: readonly XmlElement[] = Object.freeze([]);
// Most rules hold on most invoices: they all answer with this one empty list (no array per rule per document).
const NO_VIOLATION: readonly Violation[] = Object.freeze([]);

export interface CoreRuleSpec {
  id: string;
  terms: readonly string[];
  fr: string;
  en: string;
  severity?: Severity;
  cii?: SyntaxCheck;
  ubl?: SyntaxCheck;
}

/** An EN 16931 core rule (BR, BR-CO, BR-DEC) with one small check per syntax it is bound to. */
export function coreRule(spec: CoreRuleSpec): Rule {
  const syntaxes: Syntax[] = [];
  if (spec.cii) syntaxes.push("CII");
  if (spec.ubl) syntaxes.push("UBL");
  return {
    id: spec.id,
    set: "en16931",
    syntaxes,
    severity: spec.severity ?? "fatal",
    terms: spec.terms,
    message: { fr: spec.fr, en: spec.en },
    check(context): readonly Violation[] {
      const check = context.detected.syntax === "CII" ? spec.cii : spec.ubl;
      const failed = check ? check(context.root) : NONE;
      return failed.length === 0 ? NO_VIOLATION : failed.map((element) => ({ element }));
    },
  };
}

/** The context nodes among `nodes` where `holds` is false: one finding each, as the Schematron fires. */
export function failing(nodes: readonly XmlElement[], holds: (node: XmlElement) => boolean): readonly XmlElement[] {
  let out: XmlElement[] | undefined;
  // By index: this runs for every core rule of every document, and an iterator per call shows in the garbage.
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as XmlElement;
    if (holds(node)) continue;
    if (!out) out = [];
    out.push(node);
  }
  return out ?? NONE;
}

/** A check on the context nodes `nodes` gives: those where `holds` is false (the test made once, not per document). */
export function contextCheck(nodes: (root: XmlElement) => readonly XmlElement[], holds: (node: XmlElement) => boolean): SyntaxCheck {
  return (root) => failing(nodes(root), holds);
}

/** A check on the document element: the root when `holds` is false (the test made once, not a closure per document). */
export function rootCheck(holds: (root: XmlElement) => boolean): SyntaxCheck {
  return (root) => (holds(root) ? NONE : [root]);
}

/** The root when `holds` is false (rules whose context is the document element). */
export function failingRoot(root: XmlElement, holds: (root: XmlElement) => boolean): readonly XmlElement[] {
  return holds(root) ? NONE : [root];
}
