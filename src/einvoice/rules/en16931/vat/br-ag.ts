// BR-AG-01 … BR-AG-10: IPSI, tax for production, services and importation in Ceuta and Melilla (M), in CII and UBL.
import type { Rule } from "../../rule.js";
import { CATEGORY } from "../../support/vat-messages.js";
import { localCategoryRules } from "./local-categories.js";

/** The BR-AG rules. */
export const brAGRules: Rule[] = localCategoryRules("BR-AG", CATEGORY.M);
