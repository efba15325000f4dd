import type { Profile } from "../../detect.js";
import { lazyMessage, type Rule, type RuleBatch } from "../rule.js";
import { carriedBatch, carriedRule, cenRule } from "./facturx-carried.js";
import { firingIds, profileRule } from "./facturx-engine.js";
import { fxMessage } from "./facturx-messages.js";
import { FX_TABLES } from "./facturx-tables.js";

function build(): Rule[] {
  const carried = new Map<string, string>();
  const structure = new Set<string>();
  const reports = new Set<string>();
  // The profiles whose table has each id: the rule of an id finds nothing on a document of another profile.
  const profiles = new Map<string, Profile[]>();
  for (const [profile, rows] of Object.entries(FX_TABLES)) {
    for (const row of rows) {
      const of = profiles.get(row[5]) ?? [];
      if (!of.includes(profile as Profile)) of.push(profile as Profile);
      profiles.set(row[5], of);
      if (row[3] === "br") {
        if (!carried.has(row[5])) carried.set(row[5], row[4]);
      } else if (row[3] === "report") reports.add(row[5]);
      else structure.add(row[5]);
    }
  }
  const rules: Rule[] = [];
  for (const id of [...structure].sort()) rules.push(profileRule(id, lazyMessage(() => fxMessage(id)), [], "fatal"));
  // "Marked as not used" reports carry no flag in the official Schematron and decide nothing: the element is ignored by
  // the profile. They are shown as warnings.
  for (const id of [...reports].sort()) if (!structure.has(id)) rules.push(profileRule(id, lazyMessage(() => fxMessage(id)), [], "warning"));
  const structuralCount = rules.length;
  for (const [id, cenId] of [...carried].sort()) {
    const rule = cenRule(cenId);
    if (!rule) continue;
    // EN 16931 rules are errors under a profile's id; the Factur-X-only ones keep their own flag.
    rules.push(carriedRule(id, rule.message, rule.terms, rule.set === "facturx" ? rule.severity : "fatal"));
  }
  for (const rule of rules) rule.profiles = profiles.get(rule.id) ?? [];
  // One run of the profile table answers for all its rules, and the carried EN 16931 results for the carrying rules:
  // the runner asks each batch once per document and skips the rules that find nothing.
  const structural = rules.slice(0, structuralCount);
  const byId = new Map(structural.map((r) => [r.id, r]));
  // The runner reads a batch's answer before asking again: one list reused rather than one made per document.
  const firingTable: Rule[] = [];
  const tableBatch: RuleBatch = {
    firing(c) {
      firingTable.length = 0;
      for (const id of firingIds(c.root, c.detected.profile)) {
        const rule = byId.get(id);
        if (rule) firingTable.push(rule);
      }
      return firingTable;
    },
  };
  for (const rule of structural) rule.batch = tableBatch;
  const carrying = rules.slice(structuralCount);
  const carryingBatch = carriedBatch(carrying);
  for (const rule of carrying) rule.batch = carryingBatch;
  return rules;
}

/**
 * The rules of this family: the FNFE-MPE Factur-X 1.09 Schematron of the document's own profile (MINIMUM, BASIC WL,
 * BASIC, EN 16931, EXTENDED): which elements the profile allows and how often, its code lists, and the EN 16931 rules
 * it carries under its own ids.
 */
export const facturxRules: Rule[] = build();
