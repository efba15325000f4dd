import { en16931CodelistsRules } from "./en16931/codelists/index.js";
import { en16931CoreRules } from "./en16931/core/index.js";
import { en16931SyntaxRules } from "./en16931/syntax/index.js";
import { en16931VatRules } from "./en16931/vat/index.js";
import { facturxRules } from "./facturx/index.js";
import { frRules } from "./fr/index.js";
import type { Rule, RuleSet } from "./rule.js";

/** Every rule the engine knows, by set. */
export function allRules(): Rule[] {
  return [...en16931CoreRules, ...en16931VatRules, ...en16931CodelistsRules, ...en16931SyntaxRules, ...facturxRules, ...frRules];
}

/** The rules of the given sets. */
export function rulesOf(sets: readonly RuleSet[]): Rule[] {
  return allRules().filter((r) => sets.includes(r.set));
}
