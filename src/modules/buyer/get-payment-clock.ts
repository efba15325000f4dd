import type { Deps } from "../../deps.js";
import { type Actor, accessAdapter, getInvoice, type PaymentClock, paymentClockOf } from "../invoices/index.js";

/** The payment clock of an invoice the caller may read (supplier or recipient); null for an invoice never deposited. */
export async function getPaymentClock(deps: Deps, actor: Actor, id: string): Promise<PaymentClock | null> {
  const { invoice, events } = await getInvoice(deps, accessAdapter, actor, id);
  return paymentClockOf(deps, invoice, events);
}
