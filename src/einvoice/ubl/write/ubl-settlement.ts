import { sum } from "../../model/decimal.js";
import type { DocumentAllowanceCharge, Invoice } from "../../model/invoice.js";
import { type XNode, always, x } from "../../xml/xml-writer.js";
import { money } from "./ubl-lines.js";
import { v } from "./ubl-parties.js";

/** BG-16 as cac:PaymentMeans: one per credit transfer account, the first carrying the card and the mandate. */
export function paymentMeans(invoice: Invoice, creditNote: boolean): XNode[] {
  const p = invoice.payment;
  if (!p) return creditNote && invoice.dueDate ? [x("cac:PaymentMeans", [always("cbc:PaymentMeansCode", "1"), x("cbc:PaymentDueDate", v(invoice.dueDate))]) as XNode] : [];
  const transfers = p.creditTransfers.length ? p.creditTransfers : [undefined];
  return transfers
    .map((t, i) =>
      x("cac:PaymentMeans", [
        x("cbc:PaymentMeansCode", v(p.meansCode), { name: i === 0 ? v(p.meansText) : undefined }),
        // A credit note has no cbc:DueDate: its payment due date (BT-9) sits in the payment means.
        creditNote && i === 0 ? x("cbc:PaymentDueDate", v(invoice.dueDate)) : undefined,
        x("cbc:PaymentID", v(p.remittanceInformation)),
        i === 0 && p.card ? x("cac:CardAccount", [x("cbc:PrimaryAccountNumberID", v(p.card.primaryAccountNumber)), always("cbc:NetworkID", "NA"), x("cbc:HolderName", v(p.card.holderName))]) : undefined,
        t
          ? x("cac:PayeeFinancialAccount", [x("cbc:ID", v(t.accountId)), x("cbc:Name", v(t.accountName)), x("cac:FinancialInstitutionBranch", x("cbc:ID", v(t.serviceProviderId)))])
          : undefined,
        i === 0 && p.directDebit
          ? x("cac:PaymentMandate", [x("cbc:ID", v(p.directDebit.mandateReference)), x("cac:PayerFinancialAccount", x("cbc:ID", v(p.directDebit.debitedAccountId)))])
          : undefined,
      ]),
    )
    .filter((n): n is XNode => !!n);
}

/** BG-20 / BG-21 as cac:AllowanceCharge. */
export function documentAllowanceCharge(a: DocumentAllowanceCharge, charge: boolean, currency: string | undefined): XNode | undefined {
  return x("cac:AllowanceCharge", [
    always("cbc:ChargeIndicator", charge ? "true" : "false"),
    x("cbc:AllowanceChargeReasonCode", v(a.reasonCode)),
    x("cbc:AllowanceChargeReason", v(a.reason)),
    x("cbc:MultiplierFactorNumeric", v(a.percentage)),
    money("cbc:Amount", a.amount, currency),
    money("cbc:BaseAmount", a.baseAmount, currency),
    x("cac:TaxCategory", [x("cbc:ID", v(a.vatCategory)), x("cbc:Percent", v(a.vatRate)), a.vatCategory ? x("cac:TaxScheme", always("cbc:ID", "VAT")) : undefined]),
  ]);
}

/** BT-110 with BG-23, then BT-111 in the VAT accounting currency, as cac:TaxTotal. */
export function taxTotals(invoice: Invoice, currency: string | undefined): XNode[] {
  const t = invoice.totals;
  // UBL cannot carry a VAT breakdown without its total: derive BT-110 as the sum of BT-117 (what BR-CO-14 requires).
  const derived = invoice.vatBreakdown.length ? { value: sum(invoice.vatBreakdown.map((b) => b.taxAmount?.value ?? "0")) } : undefined;
  const main = x("cac:TaxTotal", [
    money("cbc:TaxAmount", t.vatTotal ?? derived, currency),
    ...invoice.vatBreakdown.map((b) =>
      x("cac:TaxSubtotal", [
        money("cbc:TaxableAmount", b.taxableAmount, currency),
        money("cbc:TaxAmount", b.taxAmount, currency),
        x("cac:TaxCategory", [
          x("cbc:ID", v(b.category)),
          x("cbc:Percent", v(b.rate)),
          x("cbc:TaxExemptionReasonCode", v(b.exemptionReasonCode)),
          x("cbc:TaxExemptionReason", v(b.exemptionReason)),
          x("cac:TaxScheme", always("cbc:ID", "VAT")),
        ]),
      ]),
    ),
  ]);
  const accounting = x("cac:TaxTotal", money("cbc:TaxAmount", t.vatTotalAccounting, v(invoice.vatCurrency)));
  return [main, accounting].filter((n): n is XNode => !!n);
}

/** BG-22 as cac:LegalMonetaryTotal. */
export function legalMonetaryTotal(invoice: Invoice, currency: string | undefined): XNode | undefined {
  const t = invoice.totals;
  return x("cac:LegalMonetaryTotal", [
    money("cbc:LineExtensionAmount", t.lineNetTotal, currency),
    money("cbc:TaxExclusiveAmount", t.taxExclusiveTotal, currency),
    money("cbc:TaxInclusiveAmount", t.taxInclusiveTotal, currency),
    money("cbc:AllowanceTotalAmount", t.allowanceTotal, currency),
    money("cbc:ChargeTotalAmount", t.chargeTotal, currency),
    money("cbc:PrepaidAmount", t.paidAmount, currency),
    money("cbc:PayableRoundingAmount", t.roundingAmount, currency),
    money("cbc:PayableAmount", t.amountDue, currency),
  ]);
}
