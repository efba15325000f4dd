import { pathOf, type XmlElement } from "../xml/xml-tree.js";
import type { Finding, Rule, RuleContext, Violation } from "./rule.js";

// The violations of each rule on the document being validated (one slot: the last tree seen). The Factur-X profiles
// carry EN 16931 rules under their own ids; with this, each such rule is checked once per document, not twice.
// Trees are never changed after parsing, so a tree seen again gives the same violations.
let cachedRoot: XmlElement | undefined;
const cachedViolations = new Map<Rule, readonly Violation[]>();

/** A rule's violations on the context's document, computed once per document. */
export function violationsOf(rule: Rule, context: RuleContext): readonly Violation[] {
  if (context.root !== cachedRoot) {
    cachedRoot = context.root;
    cachedViolations.clear();
  }
  let found = cachedViolations.get(rule);
  if (!found) {
    found = [...rule.check(context)];
    cachedViolations.set(rule, found);
  }
  return found;
}

export type Locale = "fr" | "en";

/**
 * Runs the rules that apply to the context's syntax. Fails closed: a rule that throws gives a fatal INTERNAL finding
 * naming the rule, so a crash can never read as "valid".
 */
export function runRules(rules: readonly Rule[], context: RuleContext, locale: Locale = "fr"): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!rule.syntaxes.includes(context.detected.syntax)) continue;
    try {
      for (const v of violationsOf(rule, context)) {
        const text = rule.message[locale];
        findings.push({
          rule: rule.id,
          set: rule.set,
          severity: rule.severity,
          terms: rule.terms,
          path: pathOf(v.element),
          line: v.element.line,
          message: v.value === undefined ? text.replaceAll(" ({value})", "").replaceAll("{value}", "") : text.replaceAll("{value}", v.value),
        });
      }
    } catch (error) {
      findings.push({
        rule: `INTERNAL-${rule.id}`,
        set: rule.set,
        severity: "fatal",
        terms: rule.terms,
        path: pathOf(context.root),
        line: 0,
        message:
          locale === "fr"
            ? `La règle ${rule.id} n'a pas pu être vérifiée (erreur interne : ${error instanceof Error ? error.message : String(error)}). Par prudence la facture est considérée comme non conforme.`
            : `Rule ${rule.id} could not be checked (internal error). The invoice is treated as invalid.`,
      });
    }
  }
  return findings;
}
