// The shared shape of BR-Z, BR-E, BR-AE, BR-IC and BR-G: zero rate, zero tax, exactly one breakdown per category.
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import * as c from "../../support/vat-checks.js";
import * as cii from "../../support/vat-cii.js";
import { type Category, exemption, type PartyNeed, parties, presence, rate, taxable, taxAmount } from "../../support/vat-messages.js";
import { vatRule } from "../../support/vat-rule.js";
import * as ubl from "../../support/vat-ubl.js";
import { all } from "../../support/vat-xpath.js";

export interface ZeroCategorySpec {
  family: string;
  category: Category;
  need: PartyNeed;
  /** What CII requires of the parties for a line, allowance or charge of the category. */
  ciiParties: (root: XmlElement) => boolean;
  /** What UBL requires of the parties. */
  ublParties: (root: XmlElement) => boolean;
  /** CII: the header context also requires TypeCode VAT under the transaction (all but Z). */
  ciiVatHeader: boolean;
  /** BT-120/BT-121 required (E, AE, K, G) or forbidden (Z). */
  exemptionRequired: boolean;
  /** UBL BR-x-03/04 test existence without the VAT scheme filter but the fallback with it (BR-G-03/04). */
  ublLooseAllowanceCharge?: boolean;
}

/** BR-x-01 … BR-x-10 of a zero-rated category. */
export function zeroCategoryRules(spec: ZeroCategorySpec): Rule[] {
  const { family: f, category: cat } = spec;
  const code = cat.code;
  const ciiLines = (root: XmlElement) => cii.lineTaxes(root, code);
  const ciiAc = (charge: boolean) => (root: XmlElement) => cii.allowanceChargeTaxes(root, code, charge);
  const ciiHeader = (root: XmlElement) => cii.headerCategoryCodes(root, code, spec.ciiVatHeader);
  const ublLines = (root: XmlElement) => c.ofCode(all(root, "cac:ClassifiedTaxCategory"), code);
  const ublAc = (charge: boolean, vat = true) => (root: XmlElement) => c.ofCode(ubl.allowanceChargeCategories(root, charge), code, vat);
  const loose = spec.ublLooseAllowanceCharge === true;
  return [
    vatRule({ id: `${f}-01`, ...presence(cat, true), cii: c.ciiExactlyOne(code), ubl: c.ublExactlyOne(code) }),
    vatRule({
      id: `${f}-02`,
      ...parties(cat, "line", spec.need),
      cii: c.each(ciiLines, (_, root) => !spec.ciiParties(root)),
      ubl: c.ublParties(ublLines, ublLines, spec.ublParties),
    }),
    vatRule({
      id: `${f}-03`,
      ...parties(cat, "allowance", spec.need),
      cii: c.each(ciiAc(false), (_, root) => !spec.ciiParties(root)),
      ubl: c.ublParties(ublAc(false, !loose), ublAc(false), spec.ublParties),
    }),
    vatRule({
      id: `${f}-04`,
      ...parties(cat, "charge", spec.need),
      cii: c.each(ciiAc(true), (_, root) => !spec.ciiParties(root)),
      ubl: c.ublParties(ublAc(true, !loose), ublAc(true), spec.ublParties),
    }),
    vatRule({ id: `${f}-05`, ...rate(cat, "line", "zero"), cii: c.ciiRate(ciiLines, c.ZERO), ubl: c.ublRate((root) => c.ofCode(ubl.lineCategories(root), code), c.ZERO) }),
    vatRule({ id: `${f}-06`, ...rate(cat, "allowance", "zero"), cii: c.ciiRate(ciiAc(false), c.ZERO), ubl: c.ublRate(ublAc(false), c.ZERO) }),
    vatRule({ id: `${f}-07`, ...rate(cat, "charge", "zero"), cii: c.ciiRate(ciiAc(true), c.ZERO), ubl: c.ublRate(ublAc(true), c.ZERO) }),
    vatRule({ id: `${f}-08`, ...taxable(cat, false), cii: c.ciiBasisWithinOne(code, spec.ciiVatHeader), ubl: c.ublTaxableExact(code) }),
    vatRule({ id: `${f}-09`, ...taxAmount(cat, true), cii: c.ciiZeroTax(ciiHeader, true), ubl: c.ublZeroTax(code) }),
    vatRule({ id: `${f}-10`, ...exemption(cat, spec.exemptionRequired), cii: c.ciiExemption(ciiHeader, spec.exemptionRequired, true), ubl: c.ublExemption(code, spec.exemptionRequired) }),
  ];
}

/** UBL: seller tax id (any scheme) or tax representative VAT id, as BR-S/Z/E/AE/AF/AG-02 test it. */
export function ublSellerTaxId(root: XmlElement): boolean {
  return ubl.supplierTaxId(root, false) || ubl.taxRepresentativeVat(root);
}

/** UBL: seller or tax representative VAT id (VAT scheme), as BR-G and BR-IC test it. */
export function ublSellerVat(root: XmlElement): boolean {
  return ubl.supplierTaxId(root, true) || ubl.taxRepresentativeVat(root);
}
