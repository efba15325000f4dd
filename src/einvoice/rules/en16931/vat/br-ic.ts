// BR-IC-01 … BR-IC-12: VAT category "Intra-community supply" (K), as the CEN artefacts 1.3.16 check them in CII and UBL.
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import * as c from "../../support/vat-checks.js";
import * as cii from "../../support/vat-cii.js";
import { CATEGORY } from "../../support/vat-messages.js";
import { vatRule } from "../../support/vat-rule.js";
import * as ubl from "../../support/vat-ubl.js";
import { path, stringLength, stringValue } from "../../support/vat-xpath.js";
import { ublSellerVat, zeroCategoryRules } from "./zero-categories.js";

const SCTT = "rsm:SupplyChainTradeTransaction";
const ciiHeader = (root: XmlElement) => cii.headerCategoryCodes(root, "K", true);

/** UBL: a VAT breakdown of category K exists. */
function ublHasK(root: XmlElement): boolean {
  return ubl.subtotalCategories(root).some((t) => ubl.isVat(t) && ubl.hasIdChild(t, "K"));
}

/** `string-length(path)` of the first element at that path under the root (0 when absent). */
function lengthAt(root: XmlElement, keys: string): number {
  const e = path([root], keys)[0];
  return e ? stringLength(stringValue(e)) : 0;
}

/** The BR-IC rules. */
export const brICRules: Rule[] = [
  ...zeroCategoryRules({
    family: "BR-IC",
    category: CATEGORY.K,
    need: "sellerAndBuyerVat",
    ciiParties: (root) => cii.sellerVatAnywhere(root) && cii.buyerVat(root),
    ublParties: (root) => ublSellerVat(root) && ubl.customerVat(root),
    ciiVatHeader: true,
    exemptionRequired: true,
  }),
  vatRule({
    id: "BR-IC-11",
    terms: ["BT-72", "BG-14"],
    fr: "Pour une livraison intracommunautaire (catégorie K), la date de livraison effective (BT-72) ou la période de facturation (BG-14) doit être renseignée.",
    en: "In an Invoice with a VAT breakdown of category Intra-community supply (K), the Actual delivery date (BT-72) or the Invoicing period (BG-14) shall not be blank.",
    cii: c.each(ciiHeader, (code, root) => {
      const settlement = code.parent?.parent;
      return !(
        path([root], `${SCTT}/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime/udt:DateTimeString`).length > 0 ||
        path([settlement], "ram:BillingSpecifiedPeriod/ram:StartDateTime").length > 0 ||
        path([settlement], "ram:BillingSpecifiedPeriod/ram:EndDateTime").length > 0
      );
    }),
    ubl: c.whole((root) => !ublHasK(root) || lengthAt(root, "cac:Delivery/cbc:ActualDeliveryDate") > 1 || path([root], "cac:InvoicePeriod").some((p) => p.children.length > 0)),
  }),
  vatRule({
    id: "BR-IC-12",
    terms: ["BT-80"],
    fr: "Pour une livraison intracommunautaire (catégorie K), le pays de livraison (BT-80) doit être renseigné.",
    en: "In an Invoice with a VAT breakdown of category Intra-community supply (K), the Deliver to country code (BT-80) shall not be blank.",
    cii: c.each(ciiHeader, (_, root) => path([root], `${SCTT}/ram:ApplicableHeaderTradeDelivery/ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID`).length === 0),
    ubl: c.whole((root) => !ublHasK(root) || lengthAt(root, "cac:Delivery/cac:DeliveryLocation/cac:Address/cac:Country/cbc:IdentificationCode") > 1),
  }),
];

