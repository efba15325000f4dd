// BR-CO-13: Invoice total without VAT (BT-109) = Σ line net amounts (BT-106) - allowances (BT-107) + charges (BT-108),
// rounded to two decimals (UBL compares without rounding when there is neither allowance nor charge total).
import { child, type XmlElement } from "../../../xml/xml-tree.js";
import { add, type Decimal, equals, roundCents, sub } from "../../support/core-decimal.js";
import { elementsOf } from "../../support/core-index.js";
import { childrenDecimal, firstChildDecimal, holds } from "./amounts.js";
import { contextCheck, coreRule } from "./define.js";

function ciiHolds(summation: XmlElement): boolean {
  return holds(() => {
    const basis = firstChildDecimal(summation, "ram:TaxBasisTotalAmount");
    const lines = firstChildDecimal(summation, "ram:LineTotalAmount");
    if (!basis || !lines) return false;
    let expected: Decimal = lines;
    if (child(summation, "ram:AllowanceTotalAmount") !== undefined) expected = sub(expected, firstChildDecimal(summation, "ram:AllowanceTotalAmount") as Decimal);
    if (child(summation, "ram:ChargeTotalAmount") !== undefined) expected = add(expected, firstChildDecimal(summation, "ram:ChargeTotalAmount") as Decimal);
    return equals(basis, roundCents(expected));
  });
}

function ublHolds(total: XmlElement): boolean {
  return holds(() => {
    const hasAllowances = child(total, "cbc:AllowanceTotalAmount") !== undefined;
    const hasCharges = child(total, "cbc:ChargeTotalAmount") !== undefined;
    const exclusive = childrenDecimal(total, "cbc:TaxExclusiveAmount");
    const lines = childrenDecimal(total, "cbc:LineExtensionAmount");
    if (!exclusive || !lines) return false;
    if (!hasAllowances && !hasCharges) return equals(exclusive, lines);
    let expected: Decimal = lines;
    if (hasCharges) expected = add(expected, childrenDecimal(total, "cbc:ChargeTotalAmount") as Decimal);
    if (hasAllowances) expected = sub(expected, childrenDecimal(total, "cbc:AllowanceTotalAmount") as Decimal);
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
