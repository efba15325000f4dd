// The EN 16931 business rules a Factur-X profile carries under its own ids (FX-SCH-A-...): our EN 16931 rules, run
// on the document and reported under the profile's id.
import { en16931CodelistsRules } from "../en16931/codelists/index.js";
import { en16931CoreRules } from "../en16931/core/index.js";
import { en16931SyntaxRules } from "../en16931/syntax/index.js";
import { en16931VatRules } from "../en16931/vat/index.js";
import type { Rule, Violation } from "../rule.js";
import { shareViolations, violationsOf } from "../run-rules.js";
import { carriedRules } from "./facturx-engine.js";
import { extensionRule } from "./facturx-extension.js";
import { FX_TABLES } from "./facturx-tables.js";

const cen = new Map<string, Rule>([...en16931CoreRules, ...en16931VatRules, ...en16931CodelistsRules, ...en16931SyntaxRules].map((r) => [r.id, r]));
// The runner keeps, per document, the violations of every EN 16931 rule a profile carries: read here a second time.
shareViolations(Object.values(FX_TABLES).flatMap((rows) => rows.filter((r) => r[3] === "br").flatMap((r) => cenRule(r[4]) ?? [])));

/** The EN 16931 rule of an id, or the Factur-X-only rule a profile carries (BR-FXEXT-...), if we have it. */
export function cenRule(id: string): Rule | undefined {
  return cen.get(id) ?? extensionRule(id);
}

// For each profile, the EN 16931 rule ids each Factur-X id carries: built once, instead of filtering the profile's
// whole table for every carried rule of every document.
const carriedByProfile = new Map<string, Map<string, string[]>>();
function carriedIds(profile: string, id: string): readonly string[] {
  let byId = carriedByProfile.get(profile);
  if (!byId) {
    byId = new Map();
    for (const [fx, cenId] of carriedRules(profile)) byId.set(fx, [...(byId.get(fx) ?? []), cenId]);
    carriedByProfile.set(profile, byId);
  }
  return byId.get(id) ?? [];
}

/** The rule reporting, under a Factur-X id, the EN 16931 rules that the document's profile maps to it. */
export function carriedRule(id: string, message: Rule["message"], terms: readonly string[], severity: Rule["severity"] = "fatal"): Rule {
  // The EN 16931 rules carried under this id, per profile (resolved once).
  const byProfile = new Map<string, readonly Rule[]>();
  return {
    id,
    set: "facturx",
    syntaxes: ["CII"],
    severity,
    terms,
    message,
    check(context) {
      const profile = context.detected.profile;
      let rules = byProfile.get(profile);
      if (!rules) {
        rules = carriedIds(profile, id).flatMap((cenId) => cenRule(cenId) ?? []);
        byProfile.set(profile, rules);
      }
      if (rules.length === 1) return violationsOf(rules[0] as Rule, context);
      const found: Violation[] = [];
      for (const rule of rules) found.push(...violationsOf(rule, context));
      return found;
    },
  };
}
