// The shape of a BR-FR assertion (XP Z12-012, Flux 2, CII): a context (every node the official rule fires on) and a
// test on each. One Rule per assertion id, yielding one violation per failing context node.
import type { Rule } from "../rule.js";
import { select, type XmlElement } from "../../xml/xml-tree.js";

/** What one BR-FR assertion says. */
export interface FrAssertion {
  id: string;
  terms: readonly string[];
  /** Path of keys below the root (`rsm:ExchangedDocument/ram:ID`); "" is the root itself. */
  context: string;
  /** Keeps only some context nodes (the Schematron's predicate on the context). */
  where?: (node: XmlElement) => boolean;
  /** True when the node satisfies the rule. */
  test: (node: XmlElement) => boolean;
  /** The value shown in the message. */
  value?: (node: XmlElement) => string | undefined;
  fr: string;
  en: string;
}

/** The context nodes of an assertion. */
export function contextNodes(root: XmlElement, path: string): XmlElement[] {
  return path === "" ? [root] : select(root, path);
}

/** Builds the Rule of a BR-FR assertion. */
export function frAssertion(a: FrAssertion): Rule {
  return {
    id: a.id,
    set: "br-fr",
    syntaxes: ["CII"],
    severity: "fatal",
    terms: a.terms,
    message: { fr: a.fr, en: a.en },
    *check({ root }) {
      for (const node of contextNodes(root, a.context)) {
        if (a.where && !a.where(node)) continue;
        if (a.test(node)) continue;
        const value = a.value?.(node);
        yield value === undefined ? { element: node } : { element: node, value };
      }
    },
  };
}
