// BR-CO-17: VAT category tax amount (BT-117) = taxable amount (BT-116) × rate (BT-119) / 100, rounded to two decimals,
// with the artefacts' tolerance of one unit either way (CII: within ±1 inclusive; UBL: strictly within ±1). A zero
// (or missing) rate needs a tax amount that rounds to zero.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { abs, add, compare, type Decimal, decimalOf, mul, round, roundCents, shiftRight, sub } from "../../support/core-decimal.js";
import { normalizeSpace, stringValue } from "../../support/core-xpath.js";
import { holds, Unreadable, xsDecimal } from "./amounts.js";
import { contextCheck, coreRule } from "./define.js";
import { ciiGenericHeaderTaxes, ublVatCategories } from "./paths.js";
import { ublSubtotals } from "./br-45-to-48.js";

const ZERO = decimalOf(0);
const ONE = decimalOf(1);

/** The three alternatives of the assertion, given the rate (undefined when absent), tax and taxable amounts. */
function consistent(rate: Decimal | undefined, tax: Decimal | undefined, taxable: Decimal | undefined, inclusive: boolean): boolean {
  if (rate === undefined) return tax !== undefined && compare(round(tax), ZERO) === 0;
  if (compare(round(rate), ZERO) === 0) return tax !== undefined && compare(round(tax), ZERO) === 0;
  if (tax === undefined || taxable === undefined) return false;
  const expected = roundCents(mul(abs(taxable), shiftRight(rate, 2)));
  const low = compare(sub(abs(tax), ONE), expected);
  const high = compare(add(abs(tax), ONE), expected);
  return inclusive ? low <= 0 && high >= 0 : low < 0 && high > 0;
}

function ciiHolds(tax: XmlElement): boolean {
  return holds(() => {
    const types = children(tax, "ram:TypeCode");
    if (types.length > 1) throw new Unreadable("several tax type codes");
    const vat = normalizeSpace(stringValue(types[0]).toUpperCase()) === "VAT";
    const rate = vat ? xsDecimal(children(tax, "ram:RateApplicablePercent")) : undefined;
    return consistent(rate, xsDecimal(children(tax, "ram:CalculatedAmount")), xsDecimal(children(tax, "ram:BasisAmount")), true);
  });
}

function ublHolds(subtotal: XmlElement): boolean {
  return holds(() => {
    const rates = ublVatCategories(subtotal)
      .map((c) => xsDecimal(children(c, "cbc:Percent")))
      .filter((d) => d !== undefined);
    if (rates.length > 1) throw new Unreadable("several VAT rates");
    return consistent(rates[0], xsDecimal(children(subtotal, "cbc:TaxAmount")), xsDecimal(children(subtotal, "cbc:TaxableAmount")), false);
  });
}

export const brCo17 = [
  coreRule({
    id: "BR-CO-17",
    terms: ["BT-117", "BT-116", "BT-119"],
    fr: "Le montant de TVA d'un taux (BT-117) doit être égal à sa base imposable (BT-116) multipliée par le taux (BT-119), arrondi au centime : recalculez la TVA de ce taux.",
    en: "VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) × (VAT category rate (BT-119) / 100), rounded to two decimals.",
    cii: contextCheck((root) => ciiGenericHeaderTaxes(root), ciiHolds),
    ubl: contextCheck((root) => ublSubtotals(root), ublHolds),
  }),
];
