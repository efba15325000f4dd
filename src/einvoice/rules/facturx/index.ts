import type { Rule } from "../rule.js";

/** The rules of this family, in spec order. */
export const facturxRules: Rule[] = [];
