// The shared shape of BR-AF (IGIC, L) and BR-AG (IPSI, M): a positive or zero rate, tax computed per rate.
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import * as c from "../../support/vat-checks.js";
import * as cii from "../../support/vat-cii.js";
import { type Category, exemption, parties, presence, rate, taxable, taxAmount } from "../../support/vat-messages.js";
import { vatRule } from "../../support/vat-rule.js";
import * as ubl from "../../support/vat-ubl.js";
import { all, childEquals } from "../../support/vat-xpath.js";
import { ublSellerTaxId } from "./zero-categories.js";

/**
 * BR-x-01 … BR-x-10 of IGIC or IPSI. Where the CII artefact 1.3.16 departs from the rule it states (BR-AF-05/06/07
 * test "> 0" against "0 or greater"; BR-AF/AG-08 read the rate one level too high and BR-AF/AG-09 is `true()`, so
 * they never fire), we check what the standard says, as its UBL twin does (docs/validation.md).
 */
export function localCategoryRules(family: string, cat: Category): Rule[] {
  const code = cat.code;
  const ciiLines = (root: XmlElement) => cii.lineTaxes(root, code);
  const ciiAc = (charge: boolean) => (root: XmlElement) => cii.allowanceChargeTaxes(root, code, charge);
  const ciiHeader = (root: XmlElement) => cii.headerTaxes(root, code);
  const ublAc = (charge: boolean) => (root: XmlElement) => c.ofCode(ubl.allowanceChargeCategories(root, charge), code);
  const ublCtc = (root: XmlElement) => c.ofCode(all(root, "cac:ClassifiedTaxCategory"), code);
  const sellerCii = (_: XmlElement, root: XmlElement) => !cii.sellerVatOrTaxIdExact(root);
  return [
    vatRule({
      id: `${family}-01`,
      ...presence(cat, false),
      cii: c.ciiAtLeastOne(code),
      ubl: c.whole((root) => {
        const used = c.ofCode(all(root, "cac:TaxCategory"), code).filter((t) => t.parent?.key === "cac:AllowanceCharge").length + ublCtc(root).length;
        const subtotals = ubl.subtotalCategories(root);
        // The first count of the artefact compares cbc:ID untrimmed (and, for IGIC, without the VAT scheme filter).
        const anyBreakdown = subtotals.filter((t) => childEquals(t, "cbc:ID", code) && (code === "L" || ubl.isVat(t))).length;
        return (used > 0 && anyBreakdown > 0) || (used === 0 && c.ofCode(subtotals, code).length === 0);
      }),
    }),
    vatRule({ id: `${family}-02`, ...parties(cat, "line", "sellerVatOrTaxId"), cii: c.each(ciiLines, sellerCii), ubl: c.ublParties(ublCtc, ublCtc, ublSellerTaxId) }),
    vatRule({ id: `${family}-03`, ...parties(cat, "allowance", "sellerVatOrTaxId"), cii: c.each(ciiAc(false), sellerCii), ubl: c.ublParties(ublAc(false), ublAc(false), ublSellerTaxId) }),
    vatRule({
      id: `${family}-04`,
      ...parties(cat, "charge", "sellerVatOrTaxId"),
      cii: c.each(ciiAc(true), sellerCii),
      // BR-AF-04's fallback compares cbc:ID untrimmed.
      ubl: c.ublParties(ublAc(true), (root) => ublAc(true)(root).filter((t) => childEquals(t, "cbc:ID", code)), ublSellerTaxId),
    }),
    vatRule({ id: `${family}-05`, ...rate(cat, "line", "zeroOrMore"), cii: c.ciiRate(ciiLines, c.NOT_NEGATIVE), ubl: c.ublRate((root) => c.ofCode(ubl.lineCategories(root), code), c.NOT_NEGATIVE) }),
    vatRule({ id: `${family}-06`, ...rate(cat, "allowance", "zeroOrMore"), cii: c.ciiRate(ciiAc(false), c.NOT_NEGATIVE), ubl: c.ublRate(ublAc(false), c.NOT_NEGATIVE) }),
    vatRule({ id: `${family}-07`, ...rate(cat, "charge", "zeroOrMore"), cii: c.ciiRate(ciiAc(true), c.NOT_NEGATIVE), ubl: c.ublRate(ublAc(true), c.NOT_NEGATIVE) }),
    vatRule({ id: `${family}-08`, ...taxable(cat, true), cii: c.ciiBasisPerRate(code, ciiHeader, (t) => t), ubl: c.ublTaxablePerRate(code, false) }),
    vatRule({ id: `${family}-09`, ...taxAmount(cat, false), cii: c.ciiTaxWithinOne(ciiHeader, (t) => t), ubl: c.ublTaxWithinOne(code) }),
    vatRule({ id: `${family}-10`, ...exemption(cat, false), cii: c.ciiExemption(ciiHeader, false, false), ubl: c.ublExemption(code, false) }),
  ];
}
