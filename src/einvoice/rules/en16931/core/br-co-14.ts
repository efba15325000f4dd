// BR-CO-14: Invoice total VAT amount (BT-110) = Σ VAT category tax amounts (BT-117), rounded to two decimals.
// CII checks each total in the invoice currency, in xs:double; UBL checks each document-level TaxTotal in decimals.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { equals, roundCents, sum } from "../../support/core-decimal.js";
import { allAt, elementsOf, parentsAre } from "../../support/core-index.js";
import { holds, roundCentsDouble, sumDoubles, xsDecimal, xsDouble } from "./amounts.js";
import { contextCheck, coreRule, failing } from "./define.js";
import { ciiHeaderValues, topLevel } from "./paths.js";

/** `//ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:TaxTotalAmount[@currencyID = BT-5]` */
export function ciiInvoiceCurrencyTotals(root: XmlElement): XmlElement[] {
  const currencies = ciiHeaderValues(root, "ram:InvoiceCurrencyCode");
  return elementsOf(root, "ram:TaxTotalAmount").filter(
    (t) => parentsAre(t, "ram:SpecifiedTradeSettlementHeaderMonetarySummation") && t.attrs.currencyID !== undefined && currencies.includes(t.attrs.currencyID),
  );
}

function ciiHolds(root: XmlElement, total: XmlElement): boolean {
  return holds(() => {
    const amounts = allAt(root, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax/ram:CalculatedAmount");
    return xsDouble(total) === roundCentsDouble(sumDoubles(amounts));
  });
}

function ublHolds(taxTotal: XmlElement): boolean {
  const subtotals = children(taxTotal, "cac:TaxSubtotal");
  if (subtotals.length === 0) return true;
  return holds(() => {
    const declared = xsDecimal(children(taxTotal, "cbc:TaxAmount"));
    if (!declared) return false;
    const amounts = subtotals.map((s) => xsDecimal(children(s, "cbc:TaxAmount")));
    return equals(declared, roundCents(sum(amounts.filter((d) => d !== undefined))));
  });
}

export const brCo14 = [
  coreRule({
    id: "BR-CO-14",
    terms: ["BT-110", "BT-117"],
    fr: "Le montant total de TVA (BT-110) doit être égal à la somme des montants de TVA de chaque taux (BT-117) : refaites l'addition.",
    en: "Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117).",
    cii: (root) => failing(ciiInvoiceCurrencyTotals(root), (t) => ciiHolds(root, t)),
    ubl: contextCheck((root) => topLevel(root, "cac:TaxTotal"), ublHolds),
  }),
];
