// BR-CL-03, 04, 05: currencies (ISO 4217) of the amounts, the invoice and the VAT accounting (CEN 1.3.16).
import { ISO4217_CURRENCIES } from "../../../codelists/iso4217.js";
import type { XmlElement } from "../../../xml/xml-tree.js";
import type { Rule } from "../../rule.js";
import { all } from "../../support/vat-xpath.js";
import { codeListRule, elements, inList } from "./code-list-rule.js";

const UBL_AMOUNTS = [
  "cbc:Amount",
  "cbc:BaseAmount",
  "cbc:PriceAmount",
  "cbc:TaxAmount",
  "cbc:TaxableAmount",
  "cbc:LineExtensionAmount",
  "cbc:TaxExclusiveAmount",
  "cbc:TaxInclusiveAmount",
  "cbc:AllowanceTotalAmount",
  "cbc:ChargeTotalAmount",
  "cbc:PrepaidAmount",
  "cbc:PayableRoundingAmount",
  "cbc:PayableAmount",
];

/** Every UBL amount element (from the document index; the order of findings follows the list above). */
function ublAmounts(root: XmlElement): XmlElement[] {
  return UBL_AMOUNTS.flatMap((key) => all(root, key));
}

const currency = (v: string) => inList(v, ISO4217_CURRENCIES);

/** The BR-CL rules on currencies. */
export const brClAmountRules: Rule[] = [
  codeListRule({
    id: "BR-CL-03",
    terms: ["BT-5", "BT-6"],
    fr: "La devise d'un montant (attribut currencyID) doit être un code ISO 4217 à trois lettres, par exemple EUR ({value}).",
    en: "currencyID MUST be coded using ISO code list 4217 alpha-3 ({value}).",
    cii: { nodes: (root) => elements(root, "ram:TaxTotalAmount", undefined, "currencyID"), attribute: "currencyID", valid: currency },
    ubl: { nodes: ublAmounts, attribute: "currencyID", valid: currency },
  }),
  codeListRule({
    id: "BR-CL-04",
    terms: ["BT-5"],
    fr: "Le code de devise de la facture (BT-5) doit être un code ISO 4217 à trois lettres, par exemple EUR ({value}).",
    en: "Invoice currency code (BT-5) MUST be coded using ISO code list 4217 alpha-3 ({value}).",
    cii: { nodes: (root) => elements(root, "ram:InvoiceCurrencyCode"), valid: currency },
    ubl: { nodes: (root) => elements(root, "cbc:DocumentCurrencyCode"), valid: currency },
  }),
  codeListRule({
    id: "BR-CL-05",
    terms: ["BT-6"],
    fr: "Le code de devise de comptabilisation de la TVA (BT-6) doit être un code ISO 4217 à trois lettres, par exemple EUR ({value}).",
    en: "Tax currency code (BT-6) MUST be coded using ISO code list 4217 alpha-3 ({value}).",
    cii: { nodes: (root) => elements(root, "ram:TaxCurrencyCode"), valid: currency },
    ubl: { nodes: (root) => elements(root, "cbc:TaxCurrencyCode"), valid: currency },
  }),
];
