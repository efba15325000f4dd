// BR-AF-01 … BR-AF-10: IGIC, Canary Islands general indirect tax (L), in CII and UBL.
import type { Rule } from "../../rule.js";
import { CATEGORY } from "../../support/vat-messages.js";
import { localCategoryRules } from "./local-categories.js";

/** The BR-AF rules. */
export const brAFRules: Rule[] = localCategoryRules("BR-AF", CATEGORY.L);
