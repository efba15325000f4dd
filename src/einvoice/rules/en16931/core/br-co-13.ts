// BR-CO-13: Invoice total without VAT (BT-109) = Σ line net amounts (BT-106) - allowances (BT-107) + charges (BT-108),
// rounded to two decimals (UBL compares without rounding when there is neither allowance nor charge total).
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
    const basis = firstOf(summation, "ram:TaxBasisTotalAmount");
    const lines = firstOf(summation, "ram:LineTotalAmount");
    if (!basis || !lines) return false;
    let expected: Decimal = lines;
    if (child(summation, "ram:AllowanceTotalAmount") !== undefined) expected = sub(expected, firstOf(summation, "ram:AllowanceTotalAmount") as Decimal);
    if (child(summation, "ram:ChargeTotalAmount") !== undefined) expected = add(expected, firstOf(summation, "ram:ChargeTotalAmount") as Decimal);
    return equals(basis, roundCents(expected));
  });
}

function ublHolds(total: XmlElement): boolean {
  return holds(() => {
    const hasAllowances = child(total, "cbc:AllowanceTotalAmount") !== undefined;
    const hasCharges = child(total, "cbc:ChargeTotalAmount") !== undefined;
    const exclusive = amountOf(total, "cbc:TaxExclusiveAmount");
    const lines = amountOf(total, "cbc:LineExtensionAmount");
    if (!exclusive || !lines) return false;
    if (!hasAllowances && !hasCharges) return equals(exclusive, lines);
    let expected: Decimal = lines;
    if (hasCharges) expected = add(expected, amountOf(total, "cbc:ChargeTotalAmount") as Decimal);
    if (hasAllowances) expected = sub(expected, amountOf(total, "cbc:AllowanceTotalAmount") as Decimal);
    return equals(exclusive, roundCents(expected));
  });
}

export const brCo13 = [
  coreRule({
    id: "BR-CO-13",
    terms: ["BT-109", "BT-106", "BT-107", "BT-108"],
    fr: "Le total hors TVA (BT-109) doit être égal à la somme des lignes (BT-106), moins les remises (BT-107), plus les frais (BT-108) : refaites le calcul.",
    en: "Invoice total amount without VAT (BT-109) = Σ Invoice line net amount (BT-106) - allowances (BT-107) + charges (BT-108).",
    cii: contextCheck((root) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation"), ciiHolds),
    ubl: contextCheck((root) => elementsOf(root, "cac:LegalMonetaryTotal"), ublHolds),
  }),
];
