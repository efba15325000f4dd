// BR-21 … BR-28: what each invoice line must carry (identifier, quantity and unit, net amount, item name, prices).
import type { XmlElement } from "../../../xml/xml-tree.js";
import { allAt, elementsOf } from "../../support/core-index.js";
import { parseDouble, stringValue } from "../../support/core-xpath.js";
import { contextCheck, coreRule, failing } from "./define.js";
import { exists, textAt, ublLines } from "./paths.js";

const ciiLines = (root: XmlElement) => elementsOf(root, "ram:IncludedSupplyChainTradeLineItem");

/** XPath `nodes >= 0`: some value, cast to xs:double, is at least zero (an unreadable value never is). */
function someNotNegative(nodes: XmlElement[]): boolean {
  return nodes.some((n) => {
    const v = parseDouble(stringValue(n));
    return v !== undefined && v >= 0;
  });
}

export const br21to28 = [
  coreRule({
    id: "BR-21",
    terms: ["BT-126", "BG-25"],
    fr: "Chaque ligne de facture doit avoir un identifiant (BT-126) : numérotez les lignes (1, 2, 3…).",
    en: "Each Invoice line (BG-25) shall have an Invoice line identifier (BT-126): number the lines (1, 2, 3…).",
    cii: contextCheck((root) => ciiLines(root), (l) => textAt(l, "ram:AssociatedDocumentLineDocument/ram:LineID")),
    ubl: contextCheck((root) => ublLines(root), (l) => textAt(l, "cbc:ID")),
  }),
  coreRule({
    id: "BR-22",
    terms: ["BT-129", "BG-25"],
    fr: "Chaque ligne de facture doit indiquer la quantité facturée (BT-129).",
    en: "Each Invoice line (BG-25) shall have an Invoiced quantity (BT-129).",
    cii: contextCheck((root) => ciiLines(root), (l) => exists(l, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")),
    ubl: contextCheck((root) => ublLines(root), (l) => exists(l, "cbc:InvoicedQuantity") || exists(l, "cbc:CreditedQuantity")),
  }),
  coreRule({
    id: "BR-23",
    terms: ["BT-130", "BG-25"],
    fr: "Chaque ligne de facture doit préciser l'unité de la quantité facturée (BT-130), par exemple C62 pour une unité, HUR pour une heure.",
    en: "Each Invoice line (BG-25) shall have an Invoiced quantity unit of measure code (BT-130), e.g. C62 (one) or HUR (hour).",
    cii: contextCheck((root) => ciiLines(root), (l) => allAt(l, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity").some((q) => q.attrs.unitCode !== undefined)),
    ubl: (root) =>
      failing(ublLines(root), (l) => [...allAt(l, "cbc:InvoicedQuantity"), ...allAt(l, "cbc:CreditedQuantity")].some((q) => q.attrs.unitCode !== undefined)),
  }),
  coreRule({
    id: "BR-24",
    terms: ["BT-131", "BG-25"],
    fr: "Chaque ligne de facture doit indiquer son montant net hors TVA (BT-131).",
    en: "Each Invoice line (BG-25) shall have an Invoice line net amount (BT-131).",
    cii: contextCheck((root) => ciiLines(root), (l) => exists(l, "ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount")),
    ubl: contextCheck((root) => ublLines(root), (l) => exists(l, "cbc:LineExtensionAmount")),
  }),
  coreRule({
    id: "BR-25",
    terms: ["BT-153", "BG-25"],
    fr: "Chaque ligne de facture doit nommer l'article ou le service facturé (BT-153).",
    en: "Each Invoice line (BG-25) shall contain the Item name (BT-153).",
    cii: contextCheck((root) => ciiLines(root), (l) => textAt(l, "ram:SpecifiedTradeProduct/ram:Name")),
    ubl: contextCheck((root) => ublLines(root), (l) => textAt(l, "cac:Item/cbc:Name")),
  }),
  coreRule({
    id: "BR-26",
    terms: ["BT-146", "BG-25"],
    fr: "Chaque ligne de facture doit indiquer le prix net unitaire de l'article (BT-146).",
    en: "Each Invoice line (BG-25) shall contain the Item net price (BT-146).",
    cii: contextCheck((root) => ciiLines(root), (l) => exists(l, "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount")),
    ubl: contextCheck((root) => ublLines(root), (l) => exists(l, "cac:Price/cbc:PriceAmount")),
  }),
  coreRule({
    id: "BR-27",
    terms: ["BT-146"],
    fr: "Le prix net de l'article (BT-146) ne peut pas être négatif : pour une réduction, utilisez une remise ; pour un remboursement, émettez un avoir.",
    en: "The Item net price (BT-146) shall not be negative: use an allowance for a discount, or issue a credit note.",
    cii: contextCheck((root) => ciiLines(root), (l) => someNotNegative(allAt(l, "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount"))),
    ubl: contextCheck((root) => ublLines(root), (l) => someNotNegative(allAt(l, "cac:Price/cbc:PriceAmount"))),
  }),
  coreRule({
    id: "BR-28",
    terms: ["BT-148"],
    fr: "Le prix brut de l'article (BT-148) ne peut pas être négatif.",
    en: "The Item gross price (BT-148) shall not be negative.",
    cii: (root) =>
      failing(ciiLines(root), (l) => {
        const gross = allAt(l, "ram:SpecifiedLineTradeAgreement/ram:GrossPriceProductTradePrice/ram:ChargeAmount");
        return gross.length === 0 || someNotNegative(gross);
      }),
    ubl: (root) =>
      failing(ublLines(root), (l) => {
        const gross = allAt(l, "cac:Price/cac:AllowanceCharge/cbc:BaseAmount");
        return gross.length === 0 || someNotNegative(gross);
      }),
  }),
];
