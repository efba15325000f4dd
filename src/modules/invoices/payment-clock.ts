import type { Deps } from "../../deps.js";
import { computePaymentClock, type PaymentClock } from "./domain/payment-clock.js";
import type { InvoiceEventRow, InvoiceRow } from "./invoice.repository.js";
import { findPaymentSettings } from "./payment-settings.repository.js";

/**
 * The payment clock of an invoice already read (the caller checked access): the recipient structure's delay (its
 * managers' setting, else the directory's) from the deposit, or from the certified service when the structure counts
 * from there; stopped during suspensions; null for an invoice never deposited. Shown alike to supplier and recipient.
 */
export async function paymentClockOf(deps: Pick<Deps, "database" | "config" | "clock">, invoice: InvoiceRow, events: readonly InvoiceEventRow[]): Promise<PaymentClock | null> {
  if (!invoice.deposited_at) return null;
  const settings = await findPaymentSettings(deps.database.db, invoice.recipient_siret);
  return computePaymentClock({
    depositedAt: invoice.deposited_at,
    events: events.map((e) => ({ at: e.at, action: e.action, to: e.to_status, details: JSON.parse(e.details) as Record<string, unknown> })),
    delayDays: settings.delayDays,
    fromServiceFait: settings.fromServiceFait,
    amountDue: invoice.amount_due ?? invoice.total_with_vat,
    ecbRate: deps.config.latePayment.ecbRate,
    marginPoints: deps.config.latePayment.marginPoints,
    now: deps.clock.now(),
  });
}
