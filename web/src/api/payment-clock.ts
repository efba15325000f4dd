import type { PaymentClock } from "../../../src/modules/invoices/domain/payment-clock";
import { apiGet, type RequestOptions } from "./client";

/** The payment clock of an invoice as GET /api/v1/invoices/{id}/payment-clock serves it (null: never deposited). */
export type { PaymentClock } from "../../../src/modules/invoices/domain/payment-clock";

/** The payment clock of an invoice (supplier and recipient alike). */
export function getPaymentClock(id: string, options?: RequestOptions): Promise<PaymentClock | null> {
  return apiGet(`/api/v1/invoices/${encodeURIComponent(id)}/payment-clock`, options);
}
