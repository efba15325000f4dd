// The shape of a BR-FR assertion (XP Z12-012, Flux 2, CII): a context (every node the official rule fires on) and a
// test on each. One Rule per assertion id, yielding one violation per failing context node.
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, Violation } from "../rule.js";
import { allAtOnce } from "../support/core-index.js";

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

/** No violation: shared, as most checks find nothing. */
export const NONE: readonly Violation[] = [];

/** Appends a violation to a list made at the first one (no empty list per check). */
export function add(out: Violation[] | undefined, v: Violation): Violation[] {
  if (!out) return [v];
  out.push(v);
  return out;
}

/** Adds the violation of one context node, if it fails the assertion, to a list made at the first one. */
function failure(a: FrAssertion, node: XmlElement, out: Violation[] | undefined): Violation[] | undefined {
  if (a.where && !a.where(node)) return out;
  if (a.test(node)) return out;
  const value = a.value?.(node);
  return add(out, value === undefined ? { element: node } : { element: node, value });
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
    // An array, not a generator: most assertions hold, and the runner takes an array as it is.
    check({ root }) {
      // The root context is tested as it is, the others by index: no list nor iterator per assertion and document.
      if (a.context === "") return failure(a, root, undefined) ?? NONE;
      const nodes = allAtOnce(root, a.context);
      let out: Violation[] | undefined;
      for (let i = 0; i < nodes.length; i++) out = failure(a, nodes[i] as XmlElement, out);
      return out ?? NONE;
    },
  };
}
