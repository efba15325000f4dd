// Public API of the buyer module: processing received invoices, the inbox and its change feed, the payment clock.
export { buyerRoutes } from "./buyer.routes.js";
export { supplierAnswerRoutes } from "./supplier-answer.routes.js";
export { processInvoice } from "./process-invoice.js";
export { checkProcessingInput, REJECTION_REASONS, REQUIRED_FIELDS, type ProcessingInput } from "./domain/processing-rules.js";
export { getPaymentClock } from "./get-payment-clock.js";
export { signWebhook, verifyWebhook, WEBHOOK_EVENTS, type WebhookEvent } from "./domain/webhook-signature.js";
export { deliverPendingWebhooks } from "./webhooks/deliver-webhooks.js";
export { sendDailyDigests } from "./mail/send-daily-digests.js";
