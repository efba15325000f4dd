import type { ExtendedPaymentTerm, LogisticsCharge } from "../../model/extended.js";
import type { DocumentAllowanceCharge, Invoice, PaymentInstructions, VatBreakdown } from "../../model/invoice.js";
import type { Amount, Value } from "../../model/value.js";
import { extendedOf } from "../../read/extended-part.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import { ciiAllowanceCharge, ciiPeriod, isCharge } from "./cii-lines.js";
import { ciiExtendedParty, ciiPayee } from "./cii-parties.js";

/** ram:SpecifiedTradeAllowanceCharge at document level → BG-20 / BG-21: a line's, plus its VAT category. */
function allowanceCharge(ctx: ReadContext, e: XmlElement): DocumentAllowanceCharge {
  const a: DocumentAllowanceCharge = ciiAllowanceCharge(ctx, e);
  // Every ram:CategoryTradeTax child, in order, as the reader always did (the last one wins).
  for (const t of e.children.filter((c) => c.key === "ram:CategoryTradeTax").flatMap((c) => c.children)) {
    if (t.key === "ram:CategoryCode") a.vatCategory = ctx.text(t);
    else if (t.key === "ram:RateApplicablePercent") a.vatRate = ctx.text(t);
  }
  return a;
}

function vatBreakdown(ctx: ReadContext, e: XmlElement, invoice: Invoice): VatBreakdown {
  const v: VatBreakdown = { path: ctx.path(e) };
  for (const c of e.children) {
    switch (c.key) {
      case "ram:CalculatedAmount":
        v.taxAmount = ctx.amount(c);
        break;
      case "ram:BasisAmount":
        v.taxableAmount = ctx.amount(c);
        break;
      case "ram:CategoryCode":
        v.category = ctx.text(c);
        break;
      case "ram:RateApplicablePercent":
        v.rate = ctx.text(c);
        break;
      case "ram:ExemptionReason":
        v.exemptionReason = ctx.text(c);
        break;
      case "ram:ExemptionReasonCode":
        v.exemptionReasonCode = ctx.text(c);
        break;
      case "ram:TaxPointDate": {
        const d = kid(c, "udt:DateString");
        if (d) invoice.taxPointDate ??= ctx.ciiDate(d);
        break;
      }
      case "ram:DueDateTypeCode":
        invoice.taxPointDateCode ??= ctx.text(c);
        break;
    }
  }
  return v;
}

function paymentMeans(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  invoice.payment ??= { creditTransfers: [] };
  invoice.payment.path ??= ctx.path(e); // BG-16 is where the first payment means is, even if BT-83 or BT-90 came first
  const p: PaymentInstructions = invoice.payment;
  for (const c of e.children) {
    switch (c.key) {
      case "ram:TypeCode":
        p.meansCode ??= ctx.text(c);
        break;
      case "ram:Information":
        p.meansText ??= ctx.text(c);
        break;
      case "ram:ApplicableTradeSettlementFinancialCard": {
        p.card = { path: ctx.path(c) };
        const id = kid(c, "ram:ID");
        const holder = kid(c, "ram:CardholderName");
        if (id) p.card.primaryAccountNumber = ctx.text(id);
        if (holder) p.card.holderName = ctx.text(holder);
        break;
      }
      case "ram:PayerPartyDebtorFinancialAccount": {
        const iban = kid(c, "ram:IBANID");
        if (iban) {
          p.directDebit ??= { path: ctx.path(c) };
          p.directDebit.debitedAccountId = ctx.text(iban);
        }
        break;
      }
      case "ram:PayeePartyCreditorFinancialAccount": {
        const t: PaymentInstructions["creditTransfers"][number] = { path: ctx.path(c) };
        for (const a of c.children) {
          if (a.key === "ram:IBANID" || (a.key === "ram:ProprietaryID" && !t.accountId)) t.accountId = ctx.text(a);
          else if (a.key === "ram:AccountName") t.accountName = ctx.text(a);
        }
        const bic = kid(kid(e, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID");
        if (bic) t.serviceProviderId = ctx.text(bic);
        p.creditTransfers.push(t);
        break;
      }
    }
  }
}

function paymentTerms(ctx: ReadContext, e: XmlElement, invoice: Invoice, descriptions: Value[]): ExtendedPaymentTerm {
  const term: ExtendedPaymentTerm = { path: ctx.path(e) };
  for (const c of e.children) {
    switch (c.key) {
      case "ram:Description":
        term.description = ctx.text(c);
        descriptions.push(term.description);
        break;
      case "ram:DueDateDateTime": {
        const d = kid(c, "udt:DateTimeString");
        if (d) {
          term.dueDate = ctx.ciiDate(d);
          invoice.dueDate ??= term.dueDate;
        }
        break;
      }
      case "ram:DirectDebitMandateID":
        invoice.payment ??= { creditTransfers: [] };
        invoice.payment.directDebit ??= {};
        invoice.payment.directDebit.mandateReference = ctx.text(c);
        break;
      case "ram:PartialPaymentAmount":
        term.amount = ctx.amount(c);
        break;
      case "ram:ApplicableTradePaymentPenaltyTerms":
      case "ram:ApplicableTradePaymentDiscountTerms":
        for (const x of c.children) {
          if (x.key === "ram:CalculationPercent") term.percentage = ctx.text(x);
          else if (x.key === "ram:BasisAmount") term.basisAmount = ctx.amount(x);
        }
        break;
    }
  }
  return term;
}

function logisticsCharge(ctx: ReadContext, e: XmlElement): LogisticsCharge {
  const l: LogisticsCharge = { path: ctx.path(e) };
  for (const c of e.children) {
    if (c.key === "ram:Description") l.description = ctx.text(c);
    else if (c.key === "ram:AppliedAmount") l.amount = ctx.amount(c);
    else if (c.key === "ram:AppliedTradeTax") {
      for (const t of c.children) {
        if (t.key === "ram:CategoryCode") l.vatCategory = ctx.text(t);
        else if (t.key === "ram:RateApplicablePercent") l.vatRate = ctx.text(t);
      }
    }
  }
  return l;
}

function totals(ctx: ReadContext, e: XmlElement, invoice: Invoice, taxTotals: Amount[]): void {
  const t = invoice.totals;
  t.path = ctx.path(e);
  for (const c of e.children) {
    switch (c.key) {
      case "ram:LineTotalAmount":
        t.lineNetTotal = ctx.amount(c);
        break;
      case "ram:ChargeTotalAmount":
        t.chargeTotal = ctx.amount(c);
        break;
      case "ram:AllowanceTotalAmount":
        t.allowanceTotal = ctx.amount(c);
        break;
      case "ram:TaxBasisTotalAmount":
        t.taxExclusiveTotal = ctx.amount(c);
        break;
      case "ram:TaxTotalAmount":
        taxTotals.push(ctx.amount(c));
        break;
      case "ram:RoundingAmount":
        t.roundingAmount = ctx.amount(c);
        break;
      case "ram:GrandTotalAmount":
        t.taxInclusiveTotal = ctx.amount(c);
        break;
      case "ram:TotalPrepaidAmount":
        t.paidAmount = ctx.amount(c);
        break;
      case "ram:DuePayableAmount":
        t.amountDue = ctx.amount(c);
        break;
    }
  }
}

/** BT-110 is the tax total in the invoice currency, BT-111 the one in the VAT accounting currency (BT-6). */
function assignTaxTotals(invoice: Invoice, taxTotals: Amount[]): void {
  const accounting = invoice.vatCurrency?.value;
  for (const amount of taxTotals) {
    const currency = amount.currency?.value;
    const inAccounting = accounting !== undefined && accounting !== invoice.currency?.value && currency === accounting;
    if (inAccounting) invoice.totals.vatTotalAccounting ??= amount;
    else invoice.totals.vatTotal ??= amount;
  }
}

/** ram:ApplicableHeaderTradeSettlement → BT-5, BT-6, BT-9, BT-19, BT-20, BT-83, BT-90, BG-3, BG-10, BG-14, BG-16 … BG-23. */
export function ciiSettlement(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  const taxTotals: Amount[] = [];
  const termDescriptions: Value[] = [];
  const terms: ExtendedPaymentTerm[] = [];
  for (const c of e.children) {
    switch (c.key) {
      case "ram:CreditorReferenceID":
        invoice.payment ??= { creditTransfers: [] };
        invoice.payment.directDebit ??= {};
        invoice.payment.directDebit.creditorId = ctx.text(c);
        break;
      case "ram:PaymentReference":
        invoice.payment ??= { creditTransfers: [] };
        invoice.payment.remittanceInformation = ctx.text(c);
        break;
      case "ram:TaxCurrencyCode":
        invoice.vatCurrency = ctx.text(c);
        break;
      case "ram:InvoiceCurrencyCode":
        invoice.currency = ctx.text(c);
        break;
      case "ram:PayeeTradeParty":
        invoice.payee = ciiPayee(ctx, c);
        break;
      case "ram:InvoicerTradeParty":
      case "ram:InvoiceeTradeParty":
      case "ram:PayerTradeParty":
        extendedOf(invoice).parties.push(ciiExtendedParty(ctx, c));
        break;
      case "ram:SpecifiedTradeSettlementPaymentMeans":
        paymentMeans(ctx, c, invoice);
        break;
      case "ram:ApplicableTradeTax":
        invoice.vatBreakdown.push(vatBreakdown(ctx, c, invoice));
        break;
      case "ram:BillingSpecifiedPeriod":
        invoice.invoicingPeriod = ciiPeriod(ctx, c);
        break;
      case "ram:SpecifiedTradeAllowanceCharge":
        (isCharge(c) ? invoice.charges : invoice.allowances).push(allowanceCharge(ctx, c));
        break;
      case "ram:SpecifiedLogisticsServiceCharge":
        extendedOf(invoice).logisticsCharges.push(logisticsCharge(ctx, c));
        break;
      case "ram:SpecifiedTradePaymentTerms":
        terms.push(paymentTerms(ctx, c, invoice, termDescriptions));
        break;
      case "ram:SpecifiedTradeSettlementHeaderMonetarySummation":
        totals(ctx, c, invoice, taxTotals);
        break;
      case "ram:InvoiceReferencedDocument": {
        const id = kid(c, "ram:IssuerAssignedID");
        const date = kid(kid(c, "ram:FormattedIssueDateTime"), "qdt:DateTimeString");
        invoice.precedingInvoices.push({ path: ctx.path(c), ...(id && { number: ctx.text(id) }), ...(date && { issueDate: ctx.ciiDate(date) }) });
        break;
      }
      case "ram:ReceivableSpecifiedTradeAccountingAccount": {
        const id = kid(c, "ram:ID");
        if (id) invoice.buyerAccountingReference ??= ctx.text(id);
        break;
      }
    }
  }
  assignTaxTotals(invoice, taxTotals);
  const [firstTerm] = termDescriptions;
  if (firstTerm) {
    invoice.paymentTerms = termDescriptions.length === 1 ? firstTerm : { value: termDescriptions.map((d) => d.value).join("\n"), ...(firstTerm.path && { path: firstTerm.path }) };
  }
  // Several terms, or terms with amounts: keep them in `extended`; a single plain description is BT-20 alone.
  if (terms.length > 1 || terms.some((t) => t.amount || t.percentage)) extendedOf(invoice).paymentTerms = terms;
}
