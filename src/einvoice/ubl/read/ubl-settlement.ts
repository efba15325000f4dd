import type { DocumentAllowanceCharge, Invoice, PaymentInstructions } from "../../model/invoice.js";
import { kid, type ReadContext } from "../../read/read-context.js";
import type { XmlElement } from "../../xml/xml-tree.js";
import { ublLineAllowanceCharge } from "./ubl-lines.js";

/** cac:AllowanceCharge at document level → BG-20 / BG-21. */
export function ublAllowanceCharge(ctx: ReadContext, e: XmlElement): DocumentAllowanceCharge {
  const a: DocumentAllowanceCharge = ublLineAllowanceCharge(ctx, e);
  // Every cac:TaxCategory child, in order, as the reader always did (the last one wins).
  for (const t of e.children.filter((c) => c.key === "cac:TaxCategory").flatMap((c) => c.children)) {
    if (t.key === "cbc:ID") a.vatCategory = ctx.text(t);
    else if (t.key === "cbc:Percent") a.vatRate = ctx.text(t);
  }
  return a;
}

/** cac:PaymentMeans → BG-16 (the first one's code and text; credit transfers of all of them). */
export function ublPaymentMeans(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  invoice.payment ??= { creditTransfers: [] };
  invoice.payment.path ??= ctx.path(e); // BG-16 is where the first payment means is, even if BT-83 or BT-90 came first
  const p: PaymentInstructions = invoice.payment;
  for (const c of e.children) {
    switch (c.key) {
      case "cbc:PaymentMeansCode": {
        p.meansCode ??= ctx.text(c);
        const name = ctx.attr(c, "name");
        if (name) p.meansText ??= name;
        break;
      }
      case "cbc:PaymentID":
        p.remittanceInformation ??= ctx.text(c);
        break;
      case "cbc:PaymentDueDate":
        invoice.dueDate ??= ctx.isoDate(c);
        break;
      case "cac:CardAccount": {
        p.card = { path: ctx.path(c) };
        const pan = kid(c, "cbc:PrimaryAccountNumberID");
        const holder = kid(c, "cbc:HolderName");
        if (pan) p.card.primaryAccountNumber = ctx.text(pan);
        if (holder) p.card.holderName = ctx.text(holder);
        break;
      }
      case "cac:PayeeFinancialAccount": {
        const t: PaymentInstructions["creditTransfers"][number] = { path: ctx.path(c) };
        for (const a of c.children) {
          if (a.key === "cbc:ID") t.accountId = ctx.text(a);
          else if (a.key === "cbc:Name") t.accountName = ctx.text(a);
          else if (a.key === "cac:FinancialInstitutionBranch") {
            const bic = kid(a, "cbc:ID");
            if (bic) t.serviceProviderId = ctx.text(bic);
          }
        }
        p.creditTransfers.push(t);
        break;
      }
      case "cac:PaymentMandate": {
        p.directDebit ??= { path: ctx.path(c) };
        const id = kid(c, "cbc:ID");
        const account = kid(kid(c, "cac:PayerFinancialAccount"), "cbc:ID");
        if (id) p.directDebit.mandateReference = ctx.text(id);
        if (account) p.directDebit.debitedAccountId = ctx.text(account);
        break;
      }
    }
  }
}

/**
 * The cac:TaxTotal elements → BT-110 / BT-111 and BG-23. BT-111 is the total in the VAT accounting currency (BT-6,
 * when it differs from BT-5); the breakdown comes from the other total(s) only, so that it is never counted twice.
 */
export function ublTaxTotals(ctx: ReadContext, totals: XmlElement[], invoice: Invoice): void {
  const accounting = invoice.vatCurrency?.value;
  for (const e of totals) {
    const taxAmount = kid(e, "cbc:TaxAmount");
    const amount = taxAmount && ctx.amount(taxAmount);
    const inAccounting = accounting !== undefined && accounting !== invoice.currency?.value && amount?.currency?.value === accounting;
    if (amount && inAccounting) invoice.totals.vatTotalAccounting ??= amount;
    else if (amount) invoice.totals.vatTotal ??= amount;
    if (inAccounting) continue;
    for (const c of e.children) if (c.key === "cac:TaxSubtotal") invoice.vatBreakdown.push(vatSubtotal(ctx, c));
  }
}

function vatSubtotal(ctx: ReadContext, e: XmlElement): Invoice["vatBreakdown"][number] {
  const v: Invoice["vatBreakdown"][number] = { path: ctx.path(e) };
  for (const s of e.children) {
    if (s.key === "cbc:TaxableAmount") v.taxableAmount = ctx.amount(s);
    else if (s.key === "cbc:TaxAmount") v.taxAmount = ctx.amount(s);
    else if (s.key === "cac:TaxCategory") {
      for (const t of s.children) {
        if (t.key === "cbc:ID") v.category = ctx.text(t);
        else if (t.key === "cbc:Percent") v.rate = ctx.text(t);
        else if (t.key === "cbc:TaxExemptionReasonCode") v.exemptionReasonCode = ctx.text(t);
        else if (t.key === "cbc:TaxExemptionReason") v.exemptionReason = ctx.text(t);
      }
    }
  }
  return v;
}

/** cac:LegalMonetaryTotal → BG-22 (BT-110/BT-111 come from cac:TaxTotal). */
export function ublTotals(ctx: ReadContext, e: XmlElement, invoice: Invoice): void {
  const t = invoice.totals;
  t.path = ctx.path(e);
  for (const c of e.children) {
    switch (c.key) {
      case "cbc:LineExtensionAmount":
        t.lineNetTotal = ctx.amount(c);
        break;
      case "cbc:TaxExclusiveAmount":
        t.taxExclusiveTotal = ctx.amount(c);
        break;
      case "cbc:TaxInclusiveAmount":
        t.taxInclusiveTotal = ctx.amount(c);
        break;
      case "cbc:AllowanceTotalAmount":
        t.allowanceTotal = ctx.amount(c);
        break;
      case "cbc:ChargeTotalAmount":
        t.chargeTotal = ctx.amount(c);
        break;
      case "cbc:PrepaidAmount":
        t.paidAmount = ctx.amount(c);
        break;
      case "cbc:PayableRoundingAmount":
        t.roundingAmount = ctx.amount(c);
        break;
      case "cbc:PayableAmount":
        t.amountDue = ctx.amount(c);
        break;
    }
  }
}
