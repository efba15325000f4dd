// The payment clock now lives with the invoice lifecycle it reads (invoices/domain/payment-clock.ts), so that the
// invoice detail can show it; re-exported here for the buyer side's figures.
export { type ClockEvent, type ClockInput, computePaymentClock, fromScaled, type PaymentClock, toScaled } from "../../invoices/index.js";
