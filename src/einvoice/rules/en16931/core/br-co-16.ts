// BR-CO-16: Amount due for payment (BT-115) = total with VAT (BT-112) - paid amount (BT-113) + rounding (BT-114).
// CII compares exactly; UBL rounds both sides to two decimals when a prepaid or rounding amount is present.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { child, children } from "../../../xml/xml-tree.js";
import { add, type Decimal, equals, roundCents, sub } from "../../support/core-decimal.js";
import { elementsOf } from "../../support/core-index.js";
import { holds, xsDecimal } from "./amounts.js";
import { contextCheck, coreRule } from "./define.js";

// Module functions, not closures made at each call (a closure per context node is garbage, and tsx names each one).
/** xs:decimal of the first child with that key (CII reads the first of several). */
function firstOf(summation: XmlElement, key: string): Decimal | undefined {
  return xsDecimal(children(summation, key)[0]);
}

/** xs:decimal of the children with that key (Unreadable when there are several). */
function amountOf(total: XmlElement, key: string): Decimal | undefined {
  return xsDecimal(children(total, key));
}

function ciiHolds(summation: XmlElement): boolean {
  return holds(() => {
    const due = firstOf(summation, "ram:DuePayableAmount");
    const grand = firstOf(summation, "ram:GrandTotalAmount");
    if (!due || !grand) return false;
    let expected: Decimal = grand;
    if (child(summation, "ram:TotalPrepaidAmount") !== undefined) expected = sub(expected, firstOf(summation, "ram:TotalPrepaidAmount") as Decimal);
    if (child(summation, "ram:RoundingAmount") !== undefined) expected = add(expected, firstOf(summation, "ram:RoundingAmount") as Decimal);
    return equals(due, expected);
  });
}

function ublHolds(total: XmlElement): boolean {
  return holds(() => {
    const hasPrepaid = child(total, "cbc:PrepaidAmount") !== undefined;
    const hasRounding = child(total, "cbc:PayableRoundingAmount") !== undefined;
    const payable = amountOf(total, "cbc:PayableAmount");
    const inclusive = amountOf(total, "cbc:TaxInclusiveAmount");
    if (!payable || !inclusive) return false;
    if (!hasPrepaid && !hasRounding) return equals(payable, inclusive);
    const owed = hasPrepaid ? roundCents(sub(inclusive, amountOf(total, "cbc:PrepaidAmount") as Decimal)) : inclusive;
    const paid = hasRounding ? roundCents(sub(payable, amountOf(total, "cbc:PayableRoundingAmount") as Decimal)) : payable;
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
