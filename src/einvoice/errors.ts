/**
 * The engine's refusals: a stable code and a French message. The engine stays independent of the portal; the portal
 * maps these codes onto its own error catalogue.
 */
export class EInvoiceError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = "EInvoiceError";
    this.code = code;
    this.details = details;
  }
}
