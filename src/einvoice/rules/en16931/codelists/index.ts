import type { Rule } from "../../rule.js";
import { brClAmountRules } from "./br-cl-amounts.js";
import { brClDocumentRules } from "./br-cl-documents.js";
import { brClItemRules } from "./br-cl-items.js";
import { brClPartyRules } from "./br-cl-parties.js";
import { brClTaxPaymentRules } from "./br-cl-tax-payment.js";

/** The rules of this family, in spec order (ids are zero-padded: BR-CL-01 … BR-CL-26; no locale collation, whose data costs milliseconds at start). */
export const en16931CodelistsRules: Rule[] = [...brClDocumentRules, ...brClAmountRules, ...brClPartyRules, ...brClTaxPaymentRules, ...brClItemRules].sort((a, b) =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
);
