// BR-O-01 … BR-O-14: VAT category "Not subject to VAT" (O), as the CEN artefacts 1.3.16 check them in CII and UBL.
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import * as c from "../../support/vat-checks.js";
import * as cii from "../../support/vat-cii.js";
import { CATEGORY, exemption, parties, presence, rate, taxable, taxAmount } from "../../support/vat-messages.js";
import { vatRule } from "../../support/vat-rule.js";
import * as ubl from "../../support/vat-ubl.js";
import { all, kids, stringValue } from "../../support/vat-xpath.js";

const O = CATEGORY.O;
const ciiLines = (root: XmlElement) => cii.lineTaxes(root, "O");
const ciiAc = (charge: boolean) => (root: XmlElement) => cii.allowanceChargeTaxes(root, "O", charge);
const ciiHeader = (root: XmlElement) => cii.headerTaxes(root, "O");
const ublCtc = (root: XmlElement) => c.ofCode(all(root, "cac:ClassifiedTaxCategory"), "O");
const ublDocAc = (charge: boolean) => (root: XmlElement) => c.ofCode(ubl.documentAllowanceChargeCategories(root, charge), "O");
const ublAc = (charge: boolean) => (root: XmlElement) => c.ofCode(ubl.allowanceChargeCategories(root, charge), "O");

/** CII: no seller, tax representative or buyer VAT identifier. */
function ciiNoVatIds(root: XmlElement): boolean {
  return !cii.sellerVatExact(root) && !cii.buyerVat(root);
}

/** UBL: no seller, tax representative or buyer VAT identifier (VAT scheme). */
function ublNoVatIds(root: XmlElement): boolean {
  return !ubl.supplierTaxId(root, true) && !ubl.taxRepresentativeVat(root) && !ubl.customerVat(root);
}

/** CII `//key[ram:CategoryCode != 'O']`: some element of that key with a category code other than O. */
function ciiOtherCategory(root: XmlElement, key: string): boolean {
  return all(root, key).some((t) => kids(t, "ram:CategoryCode").some((code) => stringValue(code) !== "O"));
}

/** UBL: a VAT breakdown of category O exists. */
function ublHasO(root: XmlElement): boolean {
  return ubl.subtotalCategories(root).some((t) => ubl.isVat(t) && ubl.hasIdChild(t, "O"));
}

/** UBL: none of those categories has another code than O (VAT scheme). */
function ublOnlyO(categories: readonly XmlElement[]): boolean {
  return !categories.some((t) => ubl.categoryId(t) !== "O" && ubl.isVat(t));
}

const OTHER = {
  terms: ["BT-118", "BT-151", "BT-95", "BT-102"],
  fr: (what: string, term: string) =>
    `Une facture qui a un récapitulatif de TVA hors champ de la TVA (catégorie O) ne peut pas avoir ${what} dans une autre catégorie (${term}) : une facture hors champ ne porte que la catégorie O.`,
  en: (what: string) => `An invoice with a VAT breakdown of category Not subject to VAT (O) shall not contain ${what} of another category.`,
};

/** The BR-O rules. */
export const brORules: Rule[] = [
  vatRule({ id: "BR-O-01", ...presence(O, true), cii: c.ciiAtMostOne("O"), ubl: c.ublExactlyOne("O") }),
  vatRule({ id: "BR-O-02", ...parties(O, "line", "noVatIds"), cii: c.each(ciiLines, (_, root) => !ciiNoVatIds(root)), ubl: c.ublParties(ublCtc, ublCtc, ublNoVatIds) }),
  vatRule({ id: "BR-O-03", ...parties(O, "allowance", "noVatIds"), cii: c.each(ciiAc(false), (_, root) => !ciiNoVatIds(root)), ubl: c.ublParties(ublDocAc(false), ublDocAc(false), ublNoVatIds) }),
  vatRule({ id: "BR-O-04", ...parties(O, "charge", "noVatIds"), cii: c.each(ciiAc(true), (_, root) => !ciiNoVatIds(root)), ubl: c.ublParties(ublDocAc(true), ublDocAc(true), ublNoVatIds) }),
  vatRule({ id: "BR-O-05", ...rate(O, "line", "absent"), cii: c.ciiNoRate(ciiLines), ubl: c.ublNoRate((root) => c.ofCode(ubl.lineCategories(root), "O")) }),
  vatRule({ id: "BR-O-06", ...rate(O, "allowance", "absent"), cii: c.ciiNoRate(ciiAc(false)), ubl: c.ublNoRate(ublAc(false)) }),
  vatRule({ id: "BR-O-07", ...rate(O, "charge", "absent"), cii: c.ciiNoRate(ciiAc(true)), ubl: c.ublNoRate(ublAc(true)) }),
  vatRule({ id: "BR-O-08", ...taxable(O, false), cii: c.ciiBasisExact("O"), ubl: c.ublTaxableExact("O") }),
  vatRule({ id: "BR-O-09", ...taxAmount(O, true), cii: c.ciiZeroTax(ciiHeader, false), ubl: c.ublZeroTax("O") }),
  vatRule({ id: "BR-O-10", ...exemption(O, true), cii: c.ciiExemption(ciiHeader, true, false), ubl: c.ublExemption("O", true) }),
  vatRule({
    id: "BR-O-11",
    terms: OTHER.terms,
    fr: OTHER.fr("de récapitulatif de TVA (BG-23)", "BT-118"),
    en: OTHER.en("VAT breakdowns"),
    cii: c.each(ciiHeader, (_, root) => ciiOtherCategory(root, "ram:ApplicableTradeTax")),
    ubl: c.whole((root) => !ublHasO(root) || ublOnlyO(ubl.subtotalCategories(root))),
  }),
  vatRule({
    id: "BR-O-12",
    terms: OTHER.terms,
    fr: OTHER.fr("de ligne (BG-25)", "BT-151"),
    en: OTHER.en("invoice lines"),
    cii: c.each(ciiHeader, (_, root) => ciiOtherCategory(root, "ram:ApplicableTradeTax")),
    ubl: c.whole((root) => !ublHasO(root) || ublOnlyO(all(root, "cac:ClassifiedTaxCategory"))),
  }),
  vatRule({
    id: "BR-O-13",
    terms: OTHER.terms,
    fr: OTHER.fr("de remise au niveau du document (BG-20)", "BT-95"),
    en: OTHER.en("document level allowances"),
    cii: c.each(ciiHeader, (_, root) => ciiOtherCategory(root, "ram:CategoryTradeTax")),
    ubl: c.whole((root) => !ublHasO(root) || ublOnlyO(ubl.allowanceChargeCategories(root, false))),
  }),
  vatRule({
    id: "BR-O-14",
    terms: OTHER.terms,
    fr: OTHER.fr("de frais au niveau du document (BG-21)", "BT-102"),
    en: OTHER.en("document level charges"),
    cii: c.each(ciiHeader, (_, root) => ciiOtherCategory(root, "ram:CategoryTradeTax")),
    ubl: c.whole((root) => !ublHasO(root) || ublOnlyO(ubl.allowanceChargeCategories(root, true))),
  }),
];
