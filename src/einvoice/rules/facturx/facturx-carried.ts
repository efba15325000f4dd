// The EN 16931 business rules a Factur-X profile carries under its own ids (FX-SCH-A-...): our EN 16931 rules, run
// on the document and reported under the profile's id.
import { en16931CodelistsRules } from "../en16931/codelists/index.js";
import { en16931CoreRules } from "../en16931/core/index.js";
import { en16931SyntaxRules } from "../en16931/syntax/index.js";
import { en16931VatRules } from "../en16931/vat/index.js";
import type { Rule, RuleBatch, Violation } from "../rule.js";
import { shareViolations, slotOf, violationsInSlot, violationsOf } from "../run-rules.js";
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

// The EN 16931 rules each carrying rule reports, per profile (resolved once).
const cenRulesOf = new Map<Rule, Map<string, readonly Rule[]>>();

function carriedBy(rule: Rule, id: string, profile: string): readonly Rule[] {
  let byProfile = cenRulesOf.get(rule);
  if (!byProfile) {
    byProfile = new Map();
    cenRulesOf.set(rule, byProfile);
  }
  let rules = byProfile.get(profile);
  if (!rules) {
    rules = carriedIds(profile, id).flatMap((cenId) => cenRule(cenId) ?? []);
    byProfile.set(profile, rules);
  }
  return rules;
}

/** The rule reporting, under a Factur-X id, the EN 16931 rules that the document's profile maps to it. */
export function carriedRule(id: string, message: Rule["message"], terms: readonly string[], severity: Rule["severity"] = "fatal"): Rule {
  const rule: Rule = {
    id,
    set: "facturx",
    syntaxes: ["CII"],
    severity,
    terms,
    message,
    check(context) {
      const rules = carriedBy(rule, id, context.detected.profile);
      if (rules.length === 1) return violationsOf(rules[0] as Rule, context);
      const found: Violation[] = [];
      for (const r of rules) found.push(...violationsOf(r, context));
      return found;
    },
  };
  return rule;
}

/**
 * The carrying rules on one profile as flat lists: the rules, and for the i-th the EN 16931 rules it reports at
 * [start[i], start[i + 1]) of `cen`, with their slots in the runner.
 */
interface Carrying {
  rules: Rule[];
  start: Int32Array;
  cen: Rule[];
  slots: Int32Array;
}

function carryingOn(rules: readonly Rule[], profile: string): Carrying {
  const kept = rules.map((rule) => ({ rule, cen: carriedBy(rule, rule.id, profile) })).filter((c) => c.cen.length > 0);
  const cen = kept.flatMap((c) => c.cen);
  const start = new Int32Array(kept.length + 1);
  for (const [i, c] of kept.entries()) start[i + 1] = (start[i] as number) + c.cen.length;
  return { rules: kept.map((c) => c.rule), start, cen, slots: Int32Array.from(cen, slotOf) };
}

/** The batch of the carrying rules: those whose EN 16931 rules find something on the document. */
export function carriedBatch(rules: readonly Rule[]): RuleBatch {
  const byProfile = new Map<string, Carrying>();
  // The runner reads the answer before asking again: one list reused rather than one made per document.
  const firing: Rule[] = [];
  return {
    firing(context) {
      const profile = context.detected.profile;
      let carrying = byProfile.get(profile);
      if (!carrying) {
        carrying = carryingOn(rules, profile);
        byProfile.set(profile, carrying);
      }
      const { start, cen, slots } = carrying;
      firing.length = 0;
      for (let i = 0; i < carrying.rules.length; i++) {
        for (let k = start[i] as number, end = start[i + 1] as number; k < end; k++) {
          if (violationsInSlot(slots[k] as number, cen[k] as Rule, context).length > 0) {
            firing.push(carrying.rules[i] as Rule);
            break;
          }
        }
      }
      return firing;
    },
  };
}
