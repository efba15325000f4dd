// BR-E-01 … BR-E-10: VAT category "Exempt from VAT" (E), as the CEN artefacts 1.3.16 check them in CII and UBL.
import type { Rule } from "../../rule.js";
import { sellerVatOrTaxIdExact } from "../../support/vat-cii.js";
import { CATEGORY } from "../../support/vat-messages.js";
import { ublSellerTaxId, zeroCategoryRules } from "./zero-categories.js";

/** The BR-E rules. */
export const brERules: Rule[] = zeroCategoryRules({
  family: "BR-E",
  category: CATEGORY.E,
  need: "sellerVatOrTaxId",
  ciiParties: sellerVatOrTaxIdExact,
  ublParties: ublSellerTaxId,
  ciiVatHeader: true,
  exemptionRequired: true,
});
