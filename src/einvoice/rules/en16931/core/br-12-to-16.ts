// BR-12 … BR-16: the document totals that must be present, and at least one line.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child } from "../../../xml/xml-tree.js";
import { elementsOf } from "../../support/core-index.js";
import { contextCheck, coreRule, rootCheck } from "./define.js";

const ciiSums = (root: XmlElement) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");
const ublSums = (root: XmlElement) => elementsOf(root, "cac:LegalMonetaryTotal");

function totalRule(id: string, term: string, ciiKey: string, ublKey: string, fr: string, en: string) {
  return coreRule({
    id,
    terms: [term],
    fr,
    en,
    cii: contextCheck((root) => ciiSums(root), (s) => child(s, ciiKey) !== undefined),
    ubl: contextCheck((root) => ublSums(root), (s) => child(s, ublKey) !== undefined),
  });
}

export const br12to16 = [
  totalRule(
    "BR-12",
    "BT-106",
    "ram:LineTotalAmount",
    "cbc:LineExtensionAmount",
    "La somme des montants nets des lignes (BT-106) est obligatoire : indiquez le total hors taxes de toutes les lignes.",
    "The Sum of Invoice line net amount (BT-106) is required: give the total of all line net amounts.",
  ),
  totalRule(
    "BR-13",
    "BT-109",
    "ram:TaxBasisTotalAmount",
    "cbc:TaxExclusiveAmount",
    "Le montant total hors TVA (BT-109) est obligatoire : indiquez le total de la facture avant TVA.",
    "The Invoice total amount without VAT (BT-109) is required: give the invoice total before VAT.",
  ),
  totalRule(
    "BR-14",
    "BT-112",
    "ram:GrandTotalAmount",
    "cbc:TaxInclusiveAmount",
    "Le montant total TVA comprise (BT-112) est obligatoire : indiquez le total de la facture TVA incluse.",
    "The Invoice total amount with VAT (BT-112) is required: give the invoice total including VAT.",
  ),
  totalRule(
    "BR-15",
    "BT-115",
    "ram:DuePayableAmount",
    "cbc:PayableAmount",
    "Le montant à payer (BT-115) est obligatoire : indiquez la somme que l'acheteur doit régler.",
    "The Amount due for payment (BT-115) is required: give the amount the buyer has to pay.",
  ),
  coreRule({
    id: "BR-16",
    terms: ["BG-25"],
    fr: "La facture doit compter au moins une ligne (BG-25) : décrivez ce que vous facturez, ligne par ligne.",
    en: "An Invoice shall have at least one Invoice line (BG-25): list what you invoice, line by line.",
    cii: rootCheck((r) => elementsOf(r, "ram:IncludedSupplyChainTradeLineItem").length > 0),
    ubl: rootCheck((r) => child(r, "cac:InvoiceLine") !== undefined || child(r, "cac:CreditNoteLine") !== undefined),
  }),
];
