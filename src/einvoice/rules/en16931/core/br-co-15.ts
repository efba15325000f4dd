// BR-CO-15: Invoice total with VAT (BT-112) = total without VAT (BT-109) + total VAT (BT-110), for the invoice currency.
import type { XmlElement } from "../../../xml/xml-tree.js";
import { children } from "../../../xml/xml-tree.js";
import { allAt, firstAt } from "../../support/core-index.js";
import { add, type Decimal, equals, roundCents } from "../../support/core-decimal.js";
import { stringValue } from "../../support/core-xpath.js";
import { holds, xsDecimal } from "./amounts.js";
import { coreRule, rootCheck } from "./define.js";
import { ciiHeaderValues } from "./paths.js";

const SUMMATIONS = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation";
const VAT_TOTALS = `${SUMMATIONS}/ram:TaxTotalAmount`;
const GRAND_TOTALS = `${SUMMATIONS}/ram:GrandTotalAmount`;
const BASIS_TOTALS = `${SUMMATIONS}/ram:TaxBasisTotalAmount`;

/** CII: one VAT total in the currency and BT-112 = round(BT-109 + BT-110), or else BT-112 = BT-109 exactly. */
function ciiHolds(root: XmlElement): boolean {
  const currencies = ciiHeaderValues(root, "ram:InvoiceCurrencyCode");
  if (currencies.length === 0) return true;
  const vatTotals = allAt(root, VAT_TOTALS);
  return currencies.every((currency) =>
    holds(() => {
      const totals = vatTotals.filter((t) => t.attrs.currencyID === currency);
      const grand = xsDecimal(firstAt(root, GRAND_TOTALS));
      const basis = xsDecimal(firstAt(root, BASIS_TOTALS));
      if (!grand || !basis) return false;
      if (totals.length === 1 && equals(grand, roundCents(add(basis, xsDecimal(totals[0]) as Decimal)))) return true;
      return equals(grand, basis);
    }),
  );
}

/** UBL: exactly one TaxTotal with a TaxAmount in the currency, and BT-112 = round(BT-109 + that amount). */
function ublHolds(root: XmlElement): boolean {
  const monetaryTotals = children(root, "cac:LegalMonetaryTotal");
  return children(root, "cbc:DocumentCurrencyCode").every((code) =>
    holds(() => {
      const currency = stringValue(code);
      const vat = children(root, "cac:TaxTotal")
        .map((t) => xsDecimal(children(t, "cbc:TaxAmount").filter((a) => a.attrs.currencyID === currency)))
        .filter((d) => d !== undefined);
      if (vat.length !== 1) return false;
      const exclusive = monetaryTotals.map((t) => xsDecimal(children(t, "cbc:TaxExclusiveAmount"))).filter((d) => d !== undefined);
      if (exclusive.length !== 1) return false;
      const expected = roundCents(add(exclusive[0] as Decimal, vat[0] as Decimal));
      return monetaryTotals.some((t) => {
        const inclusive = xsDecimal(children(t, "cbc:TaxInclusiveAmount"));
        return inclusive !== undefined && equals(inclusive, expected);
      });
    }),
  );
}

export const brCo15 = [
  coreRule({
    id: "BR-CO-15",
    terms: ["BT-112", "BT-109", "BT-110"],
    fr: "Le total TVA comprise (BT-112) doit être égal au total hors TVA (BT-109) plus le montant total de TVA (BT-110), ce dernier exprimé une seule fois dans la devise de la facture.",
    en: "Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice total VAT amount (BT-110).",
    cii: rootCheck(ciiHolds),
    ubl: rootCheck(ublHolds),
  }),
];
