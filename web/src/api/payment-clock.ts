import { apiGet, type RequestOptions } from "./client";

/** The payment clock of an invoice as GET /api/v1/invoices/{id}/payment-clock serves it (null: never deposited). */
export interface PaymentClock {
  state: "RUNNING" | "SUSPENDED" | "PAID" | "STOPPED";
  delayDays: number;
  startDate: string;
  suspendedDays: number;
  dueDate: string;
  daysLeft: number;
  late: boolean;
  daysLate: number;
  paymentDate: string | null;
  interestRate: string;
  interest: string;
  indemnity: string;
}

/** The payment clock of an invoice (supplier and recipient alike). */
export function getPaymentClock(id: string, options?: RequestOptions): Promise<PaymentClock | null> {
  return apiGet(`/api/v1/invoices/${encodeURIComponent(id)}/payment-clock`, options);
}
