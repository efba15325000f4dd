// BR-52, BR-53, BR-54, BR-55, BR-57: references, VAT in accounting currency, item attributes, delivery country.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { allAt, elementsOf, parentsAre } from "../../support/core-index.js";
import { hasText, stringValue } from "../../support/core-xpath.js";
import { contextCheck, coreRule, failing, rootCheck } from "./define.js";
import { ciiHeaderValues, exists, textAt } from "./paths.js";

/** CII BR-53, on each monetary summation: a VAT total in the accounting currency, which must differ from BT-5. */
function ciiAccountingVatGiven(summation: XmlElement): boolean {
  const root = rootOf(summation);
  const taxCurrencies = ciiHeaderValues(root, "ram:TaxCurrencyCode");
  if (taxCurrencies.length === 0) return true;
  const invoiceCurrencies = ciiHeaderValues(root, "ram:InvoiceCurrencyCode");
  const totalCurrencies = children(summation, "ram:TaxTotalAmount").flatMap((t) => (t.attrs.currencyID === undefined ? [] : [t.attrs.currencyID]));
  return totalCurrencies.some((c) => taxCurrencies.includes(c)) && !taxCurrencies.some((c) => invoiceCurrencies.includes(c));
}

function rootOf(element: XmlElement): XmlElement {
  let e = element;
  while (e.parent) e = e.parent;
  return e;
}

/** UBL BR-53: every VAT accounting currency (BT-6) has a TaxAmount in that currency in some TaxTotal. */
function ublAccountingVatGiven(root: XmlElement): boolean {
  const amounts = elementsOf(root, "cbc:TaxAmount").filter((a) => parentsAre(a, "cac:TaxTotal"));
  return children(root, "cbc:TaxCurrencyCode").every((c) => amounts.some((a) => a.attrs.currencyID === stringValue(c)));
}

export const br52to57 = [
  coreRule({
    id: "BR-52",
    terms: ["BT-122", "BG-24"],
    fr: "Chaque pièce jointe ou document justificatif (BG-24) doit porter sa référence (BT-122).",
    en: "Each Additional supporting document (BG-24) shall contain a Supporting document reference (BT-122).",
    cii: contextCheck((root) => elementsOf(root, "ram:AdditionalReferencedDocument"), (d) => textAt(d, "ram:IssuerAssignedID")),
    ubl: contextCheck((root) => elementsOf(root, "cac:AdditionalDocumentReference"), (d) => textAt(d, "cbc:ID")),
  }),
  coreRule({
    id: "BR-53",
    terms: ["BT-111", "BT-6"],
    fr: "Vous indiquez une devise de comptabilisation de la TVA (BT-6) : elle doit être différente de la devise de la facture, et le montant total de TVA doit aussi être donné dans cette devise (BT-111).",
    en: "If the VAT accounting currency code (BT-6) is present, the Invoice total VAT amount in accounting currency (BT-111) shall be provided.",
    cii: contextCheck((root) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), ciiAccountingVatGiven),
    ubl: rootCheck(ublAccountingVatGiven),
  }),
  coreRule({
    id: "BR-54",
    terms: ["BT-160", "BT-161", "BG-32"],
    fr: "Chaque caractéristique d'article (BG-32) doit avoir un nom (BT-160) et une valeur (BT-161).",
    en: "Each Item attribute (BG-32) shall contain an Item attribute name (BT-160) and an Item attribute value (BT-161).",
    cii: (root) =>
      failing(elementsOf(root, "ram:ApplicableProductCharacteristic"), (c) => exists(c, "ram:Description") && exists(c, "ram:Value")),
    ubl: contextCheck((root) => elementsOf(root, "cac:AdditionalItemProperty"), (p) => exists(p, "cbc:Name") && exists(p, "cbc:Value")),
  }),
  coreRule({
    id: "BR-55",
    terms: ["BT-25", "BG-3"],
    fr: "Chaque référence à une facture antérieure (BG-3) doit donner le numéro de cette facture (BT-25).",
    en: "Each Preceding Invoice reference (BG-3) shall contain a Preceding Invoice reference (BT-25).",
    cii: (root) =>
      failing(allAt(root, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:InvoiceReferencedDocument"), (d) =>
        textAt(d, "ram:IssuerAssignedID"),
      ),
    ubl: contextCheck((root) => elementsOf(root, "cac:BillingReference"), (r) => exists(r, "cac:InvoiceDocumentReference/cbc:ID")),
  }),
  coreRule({
    id: "BR-57",
    terms: ["BT-80", "BG-15"],
    fr: "L'adresse de livraison (BG-15) doit indiquer son pays (BT-80) : donnez son code à deux lettres, par exemple FR.",
    en: "Each Deliver to address (BG-15) shall contain a Deliver to country code (BT-80).",
    cii: (root) =>
      failing(allAt(root, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeDelivery"), (d) => {
        if (!exists(d, "ram:ShipToTradeParty/ram:PostalTradeAddress")) return true;
        return hasText(allAt(d, "ram:ShipToTradeParty/ram:PostalTradeAddress/ram:CountryID")[0]);
      }),
    ubl: (root) =>
      failing(
        elementsOf(root, "cac:Address").filter((a) => parentsAre(a, "cac:Delivery", "cac:DeliveryLocation")),
        (a) => exists(a, "cac:Country/cbc:IdentificationCode"),
      ),
  }),
];
