// BR-45 … BR-48: each VAT breakdown (BG-23) needs its taxable amount, tax amount, category and rate.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child, children } from "../../../xml/xml-tree.js";
import { elementsOf, parentsAre, someChild } from "../../support/core-index.js";
import { normalizeSpace, stringValue } from "../../support/core-xpath.js";
import { contextCheck, coreRule, failing } from "./define.js";
import { ciiGenericHeaderTaxes, ciiIsVat, ublVatCategories } from "./paths.js";

/** `cac:TaxTotal/cac:TaxSubtotal`, wherever the TaxTotal is. */
export function ublSubtotals(root: XmlElement): XmlElement[] {
  return elementsOf(root, "cac:TaxSubtotal").filter((s) => parentsAre(s, "cac:TaxTotal"));
}

const has = (e: XmlElement, key: string) => children(e, key).length > 0;

export const br45to48 = [
  coreRule({
    id: "BR-45",
    terms: ["BT-116", "BG-23"],
    fr: "Chaque ventilation de TVA (BG-23) doit indiquer la base imposable de sa catégorie (BT-116).",
    en: "Each VAT breakdown (BG-23) shall have a VAT category taxable amount (BT-116).",
    cii: contextCheck((root) => ciiGenericHeaderTaxes(root), (t) => has(t, "ram:BasisAmount")),
    ubl: contextCheck((root) => ublSubtotals(root), (s) => has(s, "cbc:TaxableAmount")),
  }),
  coreRule({
    id: "BR-46",
    terms: ["BT-117", "BG-23"],
    fr: "Chaque ventilation de TVA (BG-23) doit indiquer le montant de TVA de sa catégorie (BT-117).",
    en: "Each VAT breakdown (BG-23) shall have a VAT category tax amount (BT-117).",
    cii: contextCheck((root) => ciiGenericHeaderTaxes(root), (t) => has(t, "ram:CalculatedAmount")),
    ubl: contextCheck((root) => ublSubtotals(root), (s) => has(s, "cbc:TaxAmount")),
  }),
  coreRule({
    id: "BR-47",
    terms: ["BT-118", "BG-23"],
    fr: "Chaque ventilation de TVA (BG-23) doit indiquer sa catégorie de TVA (BT-118), par exemple S pour le taux normal.",
    en: "Each VAT breakdown (BG-23) shall be defined through a VAT category code (BT-118).",
    cii: contextCheck((root) => ciiGenericHeaderTaxes(root), (t) => ciiIsVat(t) && has(t, "ram:CategoryCode")),
    ubl: contextCheck((root) => ublSubtotals(root), (s) => ublVatCategories(s).some((c) => has(c, "cbc:ID"))),
  }),
  coreRule({
    id: "BR-48",
    terms: ["BT-119", "BG-23"],
    fr: "Chaque ventilation de TVA (BG-23) doit indiquer son taux de TVA (BT-119), même s'il vaut 0, sauf pour une opération hors du champ de la TVA (catégorie O).",
    en: "Each VAT breakdown (BG-23) shall have a VAT category rate (BT-119), except if the Invoice is not subject to VAT.",
    cii: (root) =>
      failing(
        ciiGenericHeaderTaxes(root),
        (t) => ciiIsVat(t) && (has(t, "ram:RateApplicablePercent") || someChild(t, "ram:CategoryCode", (c) => stringValue(c) === "O")),
      ),
    ubl: (root) =>
      failing(ublSubtotals(root), (s) => {
        const vat = ublVatCategories(s);
        return vat.some((c) => has(c, "cbc:Percent")) || vat.some((c) => normalizeSpace(stringValue(child(c, "cbc:ID"))) === "O");
      }),
  }),
];
