import type { Rule } from "../../rule.js";
import { inCategory } from "../../support/vat-categories.js";
import { brAERules } from "./br-ae.js";
import { brAFRules } from "./br-af.js";
import { brAGRules } from "./br-ag.js";
import { brERules } from "./br-e.js";
import { brGRules } from "./br-g.js";
import { brICRules } from "./br-ic.js";
import { brORules } from "./br-o.js";
import { brSRules } from "./br-s.js";
import { brZRules } from "./br-z.js";

/**
 * The rules of this family, in spec order. Each category's rules skip their check on a document that never uses the
 * category's code (most invoices use one or two of the nine): they would find nothing there (vat-categories.ts).
 */
export const en16931VatRules: Rule[] = [
  ...inCategory("S", brSRules),
  ...inCategory("Z", brZRules),
  ...inCategory("E", brERules),
  ...inCategory("AE", brAERules),
  ...inCategory("K", brICRules),
  ...inCategory("G", brGRules),
  ...inCategory("O", brORules),
  ...inCategory("L", brAFRules),
  ...inCategory("M", brAGRules),
];
