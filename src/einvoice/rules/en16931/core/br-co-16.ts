// BR-CO-16: Amount due for payment (BT-115) = total with VAT (BT-112) - paid amount (BT-113) + rounding (BT-114).
// CII compares exactly; UBL rounds both sides to two decimals when a prepaid or rounding amount is present.
import { child, type XmlElement } from "../../../xml/xml-tree.js";
import { add, type Decimal, equals, roundCents, sub } from "../../support/core-decimal.js";
import { elementsOf } from "../../support/core-index.js";
import { childrenDecimal, firstChildDecimal, holds } from "./amounts.js";
import { contextCheck, coreRule } from "./define.js";

function ciiHolds(summation: XmlElement): boolean {
  return holds(() => {
    const due = firstChildDecimal(summation, "ram:DuePayableAmount");
    const grand = firstChildDecimal(summation, "ram:GrandTotalAmount");
    if (!due || !grand) return false;
    let expected: Decimal = grand;
    if (child(summation, "ram:TotalPrepaidAmount") !== undefined) expected = sub(expected, firstChildDecimal(summation, "ram:TotalPrepaidAmount") as Decimal);
    if (child(summation, "ram:RoundingAmount") !== undefined) expected = add(expected, firstChildDecimal(summation, "ram:RoundingAmount") as Decimal);
    return equals(due, expected);
  });
}

function ublHolds(total: XmlElement): boolean {
  return holds(() => {
    const hasPrepaid = child(total, "cbc:PrepaidAmount") !== undefined;
    const hasRounding = child(total, "cbc:PayableRoundingAmount") !== undefined;
    const payable = childrenDecimal(total, "cbc:PayableAmount");
    const inclusive = childrenDecimal(total, "cbc:TaxInclusiveAmount");
    if (!payable || !inclusive) return false;
    if (!hasPrepaid && !hasRounding) return equals(payable, inclusive);
    const owed = hasPrepaid ? roundCents(sub(inclusive, childrenDecimal(total, "cbc:PrepaidAmount") as Decimal)) : inclusive;
    const paid = hasRounding ? roundCents(sub(payable, childrenDecimal(total, "cbc:PayableRoundingAmount") as Decimal)) : payable;
    return equals(paid, owed);
  });
}

export const brCo16 = [
  coreRule({
    id: "BR-CO-16",
    terms: ["BT-115", "BT-112", "BT-113", "BT-114"],
    fr: "Le montant à payer (BT-115) doit être égal au total TVA comprise (BT-112), moins les sommes déjà payées (BT-113), plus l'arrondi éventuel (BT-114) : refaites le calcul.",
    en: "Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + Rounding amount (BT-114).",
    cii: contextCheck((root) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), ciiHolds),
    ubl: contextCheck((root) => elementsOf(root, "cac:LegalMonetaryTotal"), ublHolds),
  }),
];
