// BR-CO-10: Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).
// CII sums the line amounts as xs:double then rounds the exact value to two decimals; UBL sums exact decimals.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { equals, roundCents, sum } from "../../support/core-decimal.js";
import { allAt, elementsOf } from "../../support/core-index.js";
import { exactDecimal, holds, sumDoubles, xsDecimal } from "./amounts.js";
import { contextCheck, coreRule, failing } from "./define.js";
import { ublLines } from "./paths.js";

const LINE_AMOUNTS =
  "ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeSettlement/ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount";

function ciiHolds(summation: XmlElement): boolean {
  return holds(() => {
    const total = xsDecimal(children(summation, "ram:LineTotalAmount"));
    if (!total) return false;
    const lines = sumDoubles(allAt(summation.parent?.parent, LINE_AMOUNTS));
    return equals(total, roundCents(exactDecimal(lines)));
  });
}

function ublHolds(root: XmlElement, total: XmlElement): boolean {
  return holds(() => {
    const declared = xsDecimal(children(total, "cbc:LineExtensionAmount"));
    if (!declared) return false;
    const lines = ublLines(root).map((l) => xsDecimal(children(l, "cbc:LineExtensionAmount")));
    return equals(declared, roundCents(sum(lines.filter((d) => d !== undefined))));
  });
}

export const brCo10 = [
  coreRule({
    id: "BR-CO-10",
    terms: ["BT-106", "BT-131"],
    fr: "La somme des montants nets des lignes (BT-106) doit être égale au total des montants nets de chaque ligne (BT-131) : refaites l'addition des lignes.",
    en: "Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131).",
    cii: contextCheck((root) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), ciiHolds),
    ubl: (root) => failing(elementsOf(root, "cac:LegalMonetaryTotal"), (t) => ublHolds(root, t)),
  }),
];
