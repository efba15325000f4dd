// BR-DEC-13, BR-DEC-15: the VAT totals in the invoice currency (BT-110) and in the accounting currency (BT-111) carry at
// most two decimals.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { elementsOf, parentsAre } from "../../support/core-index.js";
import { charsAfterPoint, stringValue } from "../../support/core-xpath.js";
import { holds, xsDouble } from "./amounts.js";
import { contextCheck, coreRule, failing, rootCheck } from "./define.js";
import { ciiHeaderValues } from "./paths.js";

/** `. = round(. * 100) div 100`, in xs:double. */
const cents = (amount: XmlElement) => {
  const v = xsDouble(amount);
  return v === Math.round(v * 100) / 100;
};

/**
 * CII: no VAT total, or one that either is in another currency (or, for BT-111, any when BT-6 is absent) or is in the
 * currency with at most two decimals. Evaluated in document order, stopping at the first that satisfies (as XPath does).
 */
function ciiHolds(summation: XmlElement, currencyKey: string, otherwise: (currencies: readonly string[], total: XmlElement) => boolean): boolean {
  const totals = children(summation, "ram:TaxTotalAmount");
  if (totals.length === 0) return true;
  let root = summation;
  while (root.parent) root = root.parent;
  const currencies = ciiHeaderValues(root, currencyKey);
  return holds(() =>
    totals.some((t) => (t.attrs.currencyID !== undefined && currencies.includes(t.attrs.currencyID) && cents(t)) || otherwise(currencies, t)),
  );
}

/**
 * UBL: the artefacts select `//cac:TaxTotal/cbc:TaxAmount[@currencyID = cbc:DocumentCurrencyCode]`, where the predicate
 * looks for a DocumentCurrencyCode child of TaxAmount itself, which a valid invoice never has: the rule as written can
 * only fire on such a (malformed) TaxAmount. We reproduce it literally (see docs/validation.md).
 */
function ublHolds(root: XmlElement, currencyKey: string): boolean {
  const matched = elementsOf(root, "cbc:TaxAmount").filter(
    (a) => parentsAre(a, "cac:TaxTotal") && children(a, currencyKey).some((c) => stringValue(c) === a.attrs.currencyID),
  );
  if (matched.length === 0) return true;
  return matched.length === 1 && charsAfterPoint(matched[0]) <= 2;
}

const ciiSums = (root: XmlElement) => elementsOf(root, "ram:SpecifiedTradeSettlementHeaderMonetarySummation");

export const brDec13to15 = [
  coreRule({
    id: "BR-DEC-13",
    terms: ["BT-110"],
    fr: "Le montant total de TVA (BT-110) ne doit pas avoir plus de deux décimales : arrondissez au centime.",
    en: "The allowed maximum number of decimals for the Invoice total VAT amount (BT-110) is 2.",
    cii: (root) =>
      failing(ciiSums(root), (s) =>
        ciiHolds(s, "ram:InvoiceCurrencyCode", (currencies, t) => t.attrs.currencyID === undefined || !currencies.includes(t.attrs.currencyID)),
      ),
    ubl: rootCheck((r) => ublHolds(r, "cbc:DocumentCurrencyCode")),
  }),
  coreRule({
    id: "BR-DEC-15",
    terms: ["BT-111"],
    fr: "Le montant total de TVA en devise de comptabilisation (BT-111) ne doit pas avoir plus de deux décimales : arrondissez au centime.",
    en: "The allowed maximum number of decimals for the Invoice total VAT amount in accounting currency (BT-111) is 2.",
    cii: contextCheck((root) => ciiSums(root), (s) => ciiHolds(s, "ram:TaxCurrencyCode", (currencies) => currencies.length === 0)),
    ubl: rootCheck((r) => ublHolds(r, "cbc:TaxCurrencyCode")),
  }),
];
