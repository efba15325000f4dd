// Builds the Rule objects of the VAT and code-list families from one check per syntax.
import type { Syntax } from "../../detect.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import type { Rule, Violation } from "../rule.js";

/** The offending context nodes of one syntax (one finding each, as the Schematron fires once per failing node). */
export type NodeCheck = (root: XmlElement) => Iterable<XmlElement>;

export interface VatRuleSpec {
  id: string;
  terms: readonly string[];
  fr: string;
  en: string;
  cii?: NodeCheck;
  ubl?: NodeCheck;
  /** Shows the offending element's value in the message ({value}). */
  showValue?: (element: XmlElement) => string | undefined;
}

const NO_VIOLATION: readonly Violation[] = Object.freeze([]);

/** An EN 16931 fatal rule checked on the XML tree, for the syntaxes it has a check for. */
export function vatRule(spec: VatRuleSpec): Rule {
  const syntaxes: Syntax[] = [];
  if (spec.cii) syntaxes.push("CII");
  if (spec.ubl) syntaxes.push("UBL");
  return {
    id: spec.id,
    set: "en16931",
    syntaxes,
    severity: "fatal",
    terms: spec.terms,
    message: { fr: spec.fr, en: spec.en },
    check(context) {
      const check = context.detected.syntax === "CII" ? spec.cii : spec.ubl;
      if (!check) return NO_VIOLATION;
      // A list only when something fails (most rules hold on most invoices).
      const found = check(context.root);
      // The checks give arrays (mostly one shared empty one): read by index, no iterator per rule and document.
      const failed: readonly XmlElement[] = Array.isArray(found) ? found : [...found];
      return failed.length === 0 ? NO_VIOLATION : violations(failed, spec.showValue);
    },
  };
}

function violations(failed: readonly XmlElement[], showValue: VatRuleSpec["showValue"]): Violation[] {
  const out: Violation[] = [];
  for (let i = 0; i < failed.length; i++) out.push(violation(failed[i] as XmlElement, showValue));
  return out;
}

function violation(element: XmlElement, showValue: VatRuleSpec["showValue"]): Violation {
  const value = showValue?.(element);
  return value === undefined ? { element } : { element, value };
}
