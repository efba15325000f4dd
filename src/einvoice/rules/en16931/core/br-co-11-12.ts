// BR-CO-11, BR-CO-12: the sums of document-level allowances (BT-107) and charges (BT-108) equal their amounts' total.
// CII computes in xs:double (untyped values); UBL in exact decimals.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { equals, roundCents, sum } from "../../support/core-decimal.js";
import { allAt, elementsOf } from "../../support/core-index.js";
import { holds, isChargeStrict, roundCentsDouble, sumDoubles, xsDecimal, xsDouble } from "./amounts.js";
import { contextCheck, coreRule, failing } from "./define.js";

function ciiHolds(root: XmlElement, summation: XmlElement, charge: boolean, totalKey: string): boolean {
  return holds(() => {
    const items = allAt(root, "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeAllowanceCharge").filter((ac) =>
      isChargeStrict(allAt(ac, "ram:ChargeIndicator/udt:Indicator"), charge),
    );
    const totals = children(summation, totalKey);
    if (items.length === 0 && totals.length === 0) return true;
    if (totals.length === 0) return false;
    const expected = roundCentsDouble(sumDoubles(items.flatMap((ac) => children(ac, "ram:ActualAmount").slice(0, 1))));
    return totals.some((t) => xsDouble(t) === expected);
  });
}

function ublHolds(total: XmlElement, charge: boolean, totalKey: string): boolean {
  return holds(() => {
    const items = children(total.parent, "cac:AllowanceCharge").filter((ac) => isChargeStrict(children(ac, "cbc:ChargeIndicator"), charge));
    const declared = xsDecimal(children(total, totalKey));
    if (!declared) return items.length === 0;
    const amounts = items.map((ac) => xsDecimal(children(ac, "cbc:Amount")));
    return equals(declared, roundCents(sum(amounts.filter((d) => d !== undefined))));
  });
}

export const brCo11to12 = [
  coreRule({
    id: "BR-CO-11",
    terms: ["BT-107", "BT-92"],
    fr: "Le total des remises sur la facture (BT-107) doit être égal à la somme des montants de ces remises (BT-92) ; s'il n'y a pas de remise, ne le renseignez pas.",
    en: "Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92).",
    cii: (root) =>
      failing(elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), (s) => ciiHolds(root, s, false, "ram:AllowanceTotalAmount")),
    ubl: contextCheck((root) => elementsOf(root, "cac:LegalMonetaryTotal"), (t) => ublHolds(t, false, "cbc:AllowanceTotalAmount")),
  }),
  coreRule({
    id: "BR-CO-12",
    terms: ["BT-108", "BT-99"],
    fr: "Le total des frais ajoutés à la facture (BT-108) doit être égal à la somme des montants de ces frais (BT-99) ; s'il n'y a pas de frais, ne le renseignez pas.",
    en: "Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99).",
    cii: (root) =>
      failing(elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), (s) => ciiHolds(root, s, true, "ram:ChargeTotalAmount")),
    ubl: contextCheck((root) => elementsOf(root, "cac:LegalMonetaryTotal"), (t) => ublHolds(t, true, "cbc:ChargeTotalAmount")),
  }),
];
