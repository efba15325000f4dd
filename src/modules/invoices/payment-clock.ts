import type { Deps } from "../../deps.js";
import { DEFAULT_PAYMENT_DELAY_DAYS, findStructure } from "../directory/index.js";
import { computePaymentClock, type PaymentClock } from "./domain/payment-clock.js";
import type { InvoiceEventRow, InvoiceRow } from "./invoice.repository.js";

/**
 * The payment clock of an invoice already read (the caller checked access): the recipient structure's delay from the
 * deposit, stopped during suspensions; null for an invoice never deposited. Shown alike to supplier and recipient.
 */
export async function paymentClockOf(deps: Pick<Deps, "database" | "config" | "clock">, invoice: InvoiceRow, events: readonly InvoiceEventRow[]): Promise<PaymentClock | null> {
  if (!invoice.deposited_at) return null;
  const structure = await findStructure(deps.database.db, invoice.recipient_siret);
  return computePaymentClock({
    depositedAt: invoice.deposited_at,
    events: events.map((e) => ({ at: e.at, action: e.action, to: e.to_status, details: JSON.parse(e.details) as Record<string, unknown> })),
    delayDays: structure?.paymentDelayDays ?? DEFAULT_PAYMENT_DELAY_DAYS,
    amountDue: invoice.amount_due ?? invoice.total_with_vat,
    ecbRate: deps.config.latePayment.ecbRate,
    marginPoints: deps.config.latePayment.marginPoints,
    now: deps.clock.now(),
  });
}
