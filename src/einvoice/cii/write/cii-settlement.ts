import type { DocumentAllowanceCharge, Invoice, PaymentInstructions, VatBreakdown } from "../../model/invoice.js";
import { type XNode, always, x } from "../../xml/xml-writer.js";
import { payeeParty } from "./cii-parties.js";
import { billingPeriod } from "./cii-lines.js";
import { toCiiDueDateCode } from "../../model/tax-point-codes.js";
import { amount, date102, dateTime, v } from "./cii-common.js";

function accountNode(id: string | undefined): XNode | undefined {
  // An IBAN starts with a country code and two check digits; anything else is a proprietary account id.
  return id && /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(id.replace(/\s/g, "")) ? x("ram:IBANID", id) : x("ram:ProprietaryID", id);
}

/** BG-16 (with BG-17, BG-18, BT-91): one payment means per credit transfer account, the first carrying the rest. */
function paymentMeans(p: PaymentInstructions | undefined): XNode[] {
  if (!p) return [];
  const transfers = p.creditTransfers.length ? p.creditTransfers : [undefined];
  return transfers
    .map((t, i) =>
      x("ram:SpecifiedTradeSettlementPaymentMeans", [
        x("ram:TypeCode", v(p.meansCode)),
        i === 0 ? x("ram:Information", v(p.meansText)) : undefined,
        i === 0 && p.card ? x("ram:ApplicableTradeSettlementFinancialCard", [x("ram:ID", v(p.card.primaryAccountNumber)), x("ram:CardholderName", v(p.card.holderName))]) : undefined,
        i === 0 ? x("ram:PayerPartyDebtorFinancialAccount", x("ram:IBANID", v(p.directDebit?.debitedAccountId))) : undefined,
        t ? x("ram:PayeePartyCreditorFinancialAccount", [accountNode(v(t.accountId)), x("ram:AccountName", v(t.accountName))]) : undefined,
        t ? x("ram:PayeeSpecifiedCreditorFinancialInstitution", x("ram:BICID", v(t.serviceProviderId))) : undefined,
      ]),
    )
    .filter((n): n is XNode => !!n);
}

/** BG-23 as ram:ApplicableTradeTax; BT-7 and BT-8 go in the first breakdown only (CII allows them once). */
function vatBreakdown(b: VatBreakdown, invoice: Invoice, first: boolean): XNode | undefined {
  return x("ram:ApplicableTradeTax", [
    amount("ram:CalculatedAmount", b.taxAmount),
    always("ram:TypeCode", "VAT"),
    x("ram:ExemptionReason", v(b.exemptionReason)),
    amount("ram:BasisAmount", b.taxableAmount),
    x("ram:CategoryCode", v(b.category)),
    x("ram:ExemptionReasonCode", v(b.exemptionReasonCode)),
    first && invoice.taxPointDate ? x("ram:TaxPointDate", x("udt:DateString", date102(invoice.taxPointDate.value), { format: "102" })) : undefined,
    first ? x("ram:DueDateTypeCode", toCiiDueDateCode(v(invoice.taxPointDateCode))) : undefined,
    x("ram:RateApplicablePercent", v(b.rate)),
  ]);
}

/** BG-20 / BG-21 as ram:SpecifiedTradeAllowanceCharge. */
function documentAllowanceCharge(a: DocumentAllowanceCharge, charge: boolean): XNode | undefined {
  return x("ram:SpecifiedTradeAllowanceCharge", [
    x("ram:ChargeIndicator", always("udt:Indicator", charge ? "true" : "false")),
    x("ram:CalculationPercent", v(a.percentage)),
    amount("ram:BasisAmount", a.baseAmount),
    amount("ram:ActualAmount", a.amount),
    x("ram:ReasonCode", v(a.reasonCode)),
    x("ram:Reason", v(a.reason)),
    x("ram:CategoryTradeTax", [always("ram:TypeCode", "VAT"), x("ram:CategoryCode", v(a.vatCategory)), x("ram:RateApplicablePercent", v(a.vatRate))]),
  ]);
}

/** BG-22 as ram:SpecifiedTradeSettlementHeaderMonetarySummation (BT-110 and BT-111 carry their currency). */
function monetarySummation(invoice: Invoice): XNode | undefined {
  const t = invoice.totals;
  return x("ram:SpecifiedTradeSettlementHeaderMonetarySummation", [
    amount("ram:LineTotalAmount", t.lineNetTotal),
    amount("ram:ChargeTotalAmount", t.chargeTotal),
    amount("ram:AllowanceTotalAmount", t.allowanceTotal),
    amount("ram:TaxBasisTotalAmount", t.taxExclusiveTotal),
    t.vatTotal ? x("ram:TaxTotalAmount", t.vatTotal.value, { currencyID: t.vatTotal.currency?.value ?? invoice.currency?.value }) : undefined,
    t.vatTotalAccounting ? x("ram:TaxTotalAmount", t.vatTotalAccounting.value, { currencyID: t.vatTotalAccounting.currency?.value ?? invoice.vatCurrency?.value }) : undefined,
    amount("ram:RoundingAmount", t.roundingAmount),
    amount("ram:GrandTotalAmount", t.taxInclusiveTotal),
    amount("ram:TotalPrepaidAmount", t.paidAmount),
    amount("ram:DuePayableAmount", t.amountDue),
  ]);
}

/** ram:ApplicableHeaderTradeSettlement: currencies, payee, payment, VAT, period, allowances, terms, totals, BG-3, BT-19. */
export function headerSettlement(invoice: Invoice): XNode | undefined {
  const p = invoice.payment;
  return x("ram:ApplicableHeaderTradeSettlement", [
    x("ram:CreditorReferenceID", v(p?.directDebit?.creditorId)),
    x("ram:PaymentReference", v(p?.remittanceInformation)),
    // A VAT accounting currency equal to the invoice currency says nothing, and CII would then ask for a second total.
    invoice.vatCurrency?.value !== invoice.currency?.value ? x("ram:TaxCurrencyCode", v(invoice.vatCurrency)) : undefined,
    x("ram:InvoiceCurrencyCode", v(invoice.currency)),
    payeeParty(invoice.payee),
    ...paymentMeans(p),
    ...invoice.vatBreakdown.map((b, i) => vatBreakdown(b, invoice, i === 0)),
    billingPeriod(invoice.invoicingPeriod),
    ...invoice.allowances.map((a) => documentAllowanceCharge(a, false)),
    ...invoice.charges.map((c) => documentAllowanceCharge(c, true)),
    x("ram:SpecifiedTradePaymentTerms", [x("ram:Description", v(invoice.paymentTerms)), dateTime("ram:DueDateDateTime", invoice.dueDate), x("ram:DirectDebitMandateID", v(p?.directDebit?.mandateReference))]),
    monetarySummation(invoice),
    ...invoice.precedingInvoices.map((pi) =>
      x("ram:InvoiceReferencedDocument", [
        x("ram:IssuerAssignedID", v(pi.number)),
        pi.issueDate ? x("ram:FormattedIssueDateTime", x("qdt:DateTimeString", date102(pi.issueDate.value), { format: "102" })) : undefined,
      ]),
    ),
    x("ram:ReceivableSpecifiedTradeAccountingAccount", x("ram:ID", v(invoice.buyerAccountingReference))),
  ]);
}
