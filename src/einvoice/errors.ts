/**
 * The engine's refusals: a stable code, a French message and its English twin. The engine stays independent of the
 * portal; the portal maps these codes onto its own error catalogue.
 */
export class EInvoiceError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  /** The message in English (the second language). */
  readonly messageEn: string | undefined;

  constructor(code: string, message: string, details?: Record<string, unknown>, messageEn?: string) {
    super(message);
    this.name = "EInvoiceError";
    this.code = code;
    this.details = details;
    this.messageEn = messageEn;
  }
}
