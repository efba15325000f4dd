import { pathOf } from "../xml/xml-tree.js";
import type { Finding, Rule, RuleContext } from "./rule.js";

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
      for (const v of rule.check(context)) {
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
