// BR-S-01 … BR-S-10: VAT category "Standard rated" (S), as the CEN artefacts 1.3.16 check them in CII and UBL.
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import * as c from "../../support/vat-checks.js";
import * as cii from "../../support/vat-cii.js";
import { CATEGORY, exemption, parties, presence, rate, taxable, taxAmount } from "../../support/vat-messages.js";
import { vatRule } from "../../support/vat-rule.js";
import * as ubl from "../../support/vat-ubl.js";
import { all } from "../../support/vat-xpath.js";

const S = CATEGORY.S;
const ciiLines = (root: XmlElement) => cii.lineTaxes(root, "S");
const ciiAllowances = (root: XmlElement) => cii.allowanceChargeTaxes(root, "S", false);
const ciiCharges = (root: XmlElement) => cii.allowanceChargeTaxes(root, "S", true);
const ciiHeader = (root: XmlElement) => cii.headerCategoryCodes(root, "S", false);
const sellerOk = (root: XmlElement) => ubl.supplierTaxId(root, false) || ubl.taxRepresentativeVat(root);

/** The BR-S rules. */
export const brSRules: Rule[] = [
  vatRule({
    id: "BR-S-01",
    ...presence(S, false),
    cii: c.ciiAtLeastOne("S"),
    ubl: c.whole((root) => {
      const used = c.ofCode(all(root, "cac:TaxCategory"), "S", false).filter((t) => t.parent?.key === "cac:AllowanceCharge").length + c.ofCode(all(root, "cac:ClassifiedTaxCategory"), "S", false).length;
      const breakdowns = c.ofCode(ubl.subtotalCategories(root), "S", false).length;
      return (used > 0 && breakdowns > 0) || (used === 0 && breakdowns === 0);
    }),
  }),
  vatRule({
    id: "BR-S-02",
    ...parties(S, "line", "sellerVatOrTaxId"),
    cii: c.each(ciiLines, (_, root) => !cii.sellerVatOrTaxIdExact(root)),
    ubl: c.ublParties((root) => c.ofCode(all(root, "cac:ClassifiedTaxCategory"), "S"), (root) => c.ofCode(all(root, "cac:ClassifiedTaxCategory"), "S", false), sellerOk),
  }),
  vatRule({
    id: "BR-S-03",
    ...parties(S, "allowance", "sellerVatOrTaxId"),
    cii: c.each(ciiAllowances, (_, root) => !cii.sellerVatOrTaxIdExact(root)),
    ubl: c.ublParties((root) => c.ofCode(ubl.allowanceChargeCategories(root, false), "S"), (root) => c.ofCode(ubl.allowanceChargeCategories(root, false), "S"), sellerOk),
  }),
  vatRule({
    id: "BR-S-04",
    ...parties(S, "charge", "sellerVatOrTaxId"),
    cii: c.each(ciiCharges, (_, root) => !cii.sellerVatOrTaxIdExact(root)),
    ubl: c.ublParties((root) => c.ofCode(ubl.allowanceChargeCategories(root, true), "S"), (root) => c.ofCode(ubl.allowanceChargeCategories(root, true), "S"), sellerOk),
  }),
  vatRule({ id: "BR-S-05", ...rate(S, "line", "positive"), cii: c.ciiRate(ciiLines, c.POSITIVE), ubl: c.ublRate((root) => c.ofCode(ubl.lineCategories(root), "S"), c.POSITIVE) }),
  vatRule({ id: "BR-S-06", ...rate(S, "allowance", "positive"), cii: c.ciiRate(ciiAllowances, c.POSITIVE), ubl: c.ublRate((root) => c.ofCode(ubl.allowanceChargeCategories(root, false), "S"), c.POSITIVE) }),
  vatRule({ id: "BR-S-07", ...rate(S, "charge", "positive"), cii: c.ciiRate(ciiCharges, c.POSITIVE), ubl: c.ublRate((root) => c.ofCode(ubl.allowanceChargeCategories(root, true), "S"), c.POSITIVE) }),
  vatRule({ id: "BR-S-08", ...taxable(S, true), cii: c.ciiBasisPerRate("S", ciiHeader, (n) => n.parent), ubl: c.ublTaxablePerRate("S", true) }),
  vatRule({ id: "BR-S-09", ...taxAmount(S, false), cii: c.ciiTaxWithinOne(ciiHeader, (n) => n.parent), ubl: c.ublTaxWithinOne("S") }),
  vatRule({ id: "BR-S-10", ...exemption(S, false), cii: c.ciiExemption(ciiHeader, false, true), ubl: c.ublExemption("S", false) }),
];
