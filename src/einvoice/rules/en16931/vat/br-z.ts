// BR-Z-01 … BR-Z-10: VAT category "Zero rated" (Z), as the CEN artefacts 1.3.16 check them in CII and UBL.
import type { Rule } from "../../rule.js";
import { sellerVatOrTaxIdExact } from "../../support/vat-cii.js";
import { CATEGORY } from "../../support/vat-messages.js";
import { ublSellerTaxId, zeroCategoryRules } from "./zero-categories.js";

/** The BR-Z rules. */
export const brZRules: Rule[] = zeroCategoryRules({
  family: "BR-Z",
  category: CATEGORY.Z,
  need: "sellerVatOrTaxId",
  ciiParties: sellerVatOrTaxIdExact,
  ublParties: ublSellerTaxId,
  ciiVatHeader: false,
  exemptionRequired: false,
});
