import type { Syntax } from "../../../detect.js";
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule, Severity, Violation } from "../../rule.js";

/** One syntax's check: yields each context node (as the Schematron rule's context) on which the assertion fails. */
export type SyntaxCheck = (root: XmlElement) => Iterable<XmlElement>;

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
    *check(context): Iterable<Violation> {
      const check = context.detected.syntax === "CII" ? spec.cii : spec.ubl;
      if (!check) return;
      for (const element of check(context.root)) yield { element };
    },
  };
}

/** The context nodes among `nodes` where `holds` is false: one finding each, as the Schematron fires. */
export function* failing(nodes: Iterable<XmlElement>, holds: (node: XmlElement) => boolean): Generator<XmlElement> {
  for (const node of nodes) if (!holds(node)) yield node;
}

/** The root when `holds` is false (rules whose context is the document element). */
export function* failingRoot(root: XmlElement, holds: (root: XmlElement) => boolean): Generator<XmlElement> {
  if (!holds(root)) yield root;
}
