import { AppError, type ErrorDetails } from "../../shared/errors.js";

// The invoices module's error codes (also listed in the shared catalogue): stable code, HTTP status, French message.
export const INVOICE_ERRORS = {
  INVOICE_REFUSED: { status: 422, message: "La facture n'a pas été déposée : corrigez les points signalés puis déposez-la à nouveau." },
  INVOICE_NOT_FOUND: { status: 404, message: "Aucune facture accessible ne porte cet identifiant." },
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: "Cette clé d'idempotence a déjà servi pour une autre requête : utilisez-en une nouvelle." },
  INVALID_TRANSITION: { status: 409, message: "Cette action n'est pas possible au statut actuel de la facture." },
  SEALED_FIELDS: { status: 409, message: "Ces données ne peuvent plus être modifiées à ce stade." },
  CONCURRENT_UPDATE: { status: 409, message: "La facture vient d'être modifiée par quelqu'un d'autre : rechargez-la puis réessayez." },
  RECEIPT_UNAVAILABLE: { status: 409, message: "Un brouillon n'a pas d'accusé de dépôt : envoyez d'abord la facture." },
} as const;
export type InvoiceErrorCode = keyof typeof INVOICE_ERRORS;

/** An AppError of the invoices module. */
export function invoiceError(code: InvoiceErrorCode, details?: ErrorDetails, message?: string): AppError {
  const known = INVOICE_ERRORS[code];
  return new AppError(code, { status: known.status, message: message ?? known.message, ...(details ? { details } : {}) });
}
