// BR-G-01 … BR-G-10: VAT category "Export outside the EU" (G), as the CEN artefacts 1.3.16 check them in CII and UBL.
import type { Rule } from "../../rule.js";
import { sellerVatAnywhere } from "../../support/vat-cii.js";
import { CATEGORY } from "../../support/vat-messages.js";
import { ublSellerVat, zeroCategoryRules } from "./zero-categories.js";

/** The BR-G rules. */
export const brGRules: Rule[] = zeroCategoryRules({
  family: "BR-G",
  category: CATEGORY.G,
  need: "sellerVat",
  ciiParties: sellerVatAnywhere,
  ublParties: ublSellerVat,
  ciiVatHeader: true,
  exemptionRequired: true,
  ublLooseAllowanceCharge: true,
});
