import { type AppError, appError, ERROR_CATALOGUE, type ErrorDetails } from "../../shared/errors.js";
import { InvalidTransitionError } from "./domain/invoice-lifecycle.js";
import { SealedFieldsError } from "./domain/sealed-fields.js";

// The invoices module's error codes; status and French message live in the shared catalogue (src/shared/errors.ts).
const CODES = ["INVOICE_REFUSED", "INVOICE_NOT_FOUND", "IDEMPOTENCY_KEY_REUSED", "INVALID_TRANSITION", "SEALED_FIELDS", "CONCURRENT_UPDATE", "RECEIPT_UNAVAILABLE", "BATCH_REFUSED"] as const;
export type InvoiceErrorCode = (typeof CODES)[number];

/** The module's codes with their HTTP status and French message. */
export const INVOICE_ERRORS = Object.fromEntries(CODES.map((c) => [c, ERROR_CATALOGUE[c]])) as Record<InvoiceErrorCode, { status: number; message: string }>;

/** An AppError of the invoices module. */
export function invoiceError(code: InvoiceErrorCode, details?: ErrorDetails, message?: string): AppError {
  return appError(code, details, message);
}

/** Turns the lifecycle's domain errors into API errors (409 with what was refused), leaving others unchanged. */
export function lifecycleAppError(error: unknown): unknown {
  if (error instanceof InvalidTransitionError) {
    return appError("INVALID_TRANSITION", { rule: "LIFECYCLE", action: error.action, from: error.from, role: error.role, ...(error.missing.length ? { missing: [...error.missing] } : {}) }, error.message);
  }
  if (error instanceof SealedFieldsError) return appError("SEALED_FIELDS", { fields: [...error.fields] }, error.message);
  return error;
}
