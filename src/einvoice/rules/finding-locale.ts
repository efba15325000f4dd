import { allRules } from "./registry.js";
import type { Rule, RuleSet } from "./rule.js";
import type { Locale } from "./run-rules.js";

// A report is written in one language. To show one of its findings in the other (a deposit validated once, read by a
// French and an English user), the finding's rule gives both templates: the value the French message was filled with
// is read back from it, then put in the English one. Only a message its rule's template produces exactly is
// translated; anything else (an internal error) stays as it was.

let byId: Map<string, Rule[]> | undefined;
const patterns = { fr: new WeakMap<Rule, RegExp | null>(), en: new WeakMap<Rule, RegExp | null>() };

// Several sets can hold a rule of the same id (a Factur-X profile carries EN 16931 rules): the finding's set, when it
// is known, says which; a stored finding that kept only its id and message is tried against each.
function rulesWithId(id: string, set: RuleSet | undefined): Rule[] {
  if (!byId) {
    byId = new Map();
    for (const rule of allRules()) {
      const list = byId.get(rule.id);
      if (list) list.push(rule);
      else byId.set(rule.id, [rule]);
    }
  }
  const rules = byId.get(id) ?? [];
  return set === undefined ? rules : rules.filter((r) => r.set === set);
}

const withoutValue = (template: string) => template.replaceAll(" ({value})", "").replaceAll("{value}", "");

/** The template as a pattern capturing the value (every `{value}` is the same text), or null without one. */
function patternOf(rule: Rule, locale: Locale): RegExp | null {
  let pattern = patterns[locale].get(rule);
  if (pattern === undefined) {
    const parts = rule.message[locale].split("{value}").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    pattern = parts.length < 2 ? null : new RegExp(`^${parts[0]}([\\s\\S]*?)${parts.slice(1).join("\\1")}$`);
    patterns[locale].set(rule, pattern);
  }
  return pattern;
}

/**
 * The finding's message in `to`, given the report's locale `from` (its set, when known, narrows the rules of that id);
 * undefined when it cannot be worked out.
 */
export function messageIn(finding: { rule: string; set?: RuleSet | undefined; message: string }, from: Locale, to: Locale): string | undefined {
  if (from === to) return finding.message;
  for (const rule of rulesWithId(finding.rule, finding.set)) {
    const source = rule.message[from];
    if (finding.message === withoutValue(source)) return withoutValue(rule.message[to]);
    const match = patternOf(rule, from)?.exec(finding.message);
    const value = match?.[1];
    if (value !== undefined && source.replaceAll("{value}", value) === finding.message) return rule.message[to].replaceAll("{value}", value);
  }
  return undefined;
}
