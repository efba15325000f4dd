// BR-AE-01 … BR-AE-10: VAT category "Reverse charge" (AE), as the CEN artefacts 1.3.16 check them in CII and UBL.
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import * as cii from "../../support/vat-cii.js";
import { CATEGORY } from "../../support/vat-messages.js";
import * as ubl from "../../support/vat-ubl.js";
import { ublSellerTaxId, zeroCategoryRules } from "./zero-categories.js";

/** The BR-AE rules. */
export const brAERules: Rule[] = zeroCategoryRules({
  family: "BR-AE",
  category: CATEGORY.AE,
  need: "sellerAndBuyerReverseCharge",
  ciiParties: (root: XmlElement) => cii.sellerVatOrTaxIdAnywhere(root) && (cii.buyerVat(root) || cii.buyerLegalId(root)),
  ublParties: (root: XmlElement) => ublSellerTaxId(root) && (ubl.customerVat(root) || ubl.customerLegalId(root)),
  ciiVatHeader: true,
  exemptionRequired: true,
});
