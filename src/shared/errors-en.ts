import type { KnownErrorCode } from "./errors.js";

/**
 * The catalogue's messages in English, the second language: served when the caller asks for English first
 * (Accept-Language). The type requires one for every code, so a new code cannot ship without it.
 */
export const ERROR_MESSAGES_EN: Record<KnownErrorCode, string> = {
  VALIDATION_FAILED: "The request contains invalid data.",
  SIRET_INVALID_LENGTH: "A SIRET has exactly 14 digits.",
  SIRET_INVALID_CHARACTERS: "A SIRET contains digits only.",
  SIRET_INVALID_CHECKSUM: "This SIRET is mistyped: its check digit does not match.",
  SIREN_INVALID: "A SIREN has 9 digits and a valid check digit.",
  SEARCH_TOO_SHORT: "Type at least 3 characters to search.",
  STRUCTURE_NOT_FOUND: "No structure is registered under this SIRET.",
  DIRECTORY_IMPORT_INVALID: "The directory files contain invalid lines: nothing was imported.",
  NOT_FOUND: "Not found.",
  UNAUTHENTICATED: "You need to sign in.",
  FORBIDDEN: "You are not allowed to do this.",
  CONFLICT: "This action conflicts with the current state.",
  PAYLOAD_TOO_LARGE: "The file is larger than allowed.",
  RATE_LIMITED: "Too many attempts: try again in a few minutes.",
  INTERNAL_ERROR: "An internal error occurred. It has been logged.",
  NOT_AN_INVOICE: "This XML file is not a CII (CrossIndustryInvoice) or UBL (Invoice, CreditNote) invoice.",
  ZUGFERD1_UNSUPPORTED: "ZUGFeRD 1.0 invoice: this format is retired and not accepted. Send a Factur-X / ZUGFeRD 2, CII or UBL invoice.",
  FATTURAPA_UNSUPPORTED: "FatturaPA invoice (the Italian format): not accepted. Send a CII, UBL or Factur-X invoice.",
  PDF_WITHOUT_INVOICE: "This PDF holds no electronic invoice (no factur-x.xml, zugferd-invoice.xml or xrechnung.xml attachment).",
  PDF_ENCRYPTED: "The PDF is encrypted: its attachments cannot be read. Send an unencrypted PDF.",
  PDF_MALFORMED: "The PDF file is unreadable or damaged.",
  PDF_TOO_LARGE: "The PDF is larger than the maximum size allowed.",
  PASSWORD_TOO_SHORT: "The password must be at least 12 characters long.",
  PASSWORD_TOO_LONG: "The password cannot be longer than 256 characters.",
  PASSWORD_TOO_COMMON: "This password is too common or too easy to guess: choose another one.",
  INVALID_CREDENTIALS: "Wrong e-mail address or password.",
  ACCOUNT_NOT_ACTIVATED: "This account is not activated yet: use the link you received by e-mail, or ask for a new one.",
  TOTP_REQUIRED: "Enter the 6-digit code of your authenticator app.",
  TOTP_INVALID: "This authentication code is wrong or has already been used.",
  TOTP_NOT_SET_UP: "Set up the authenticator app first.",
  TOTP_ALREADY_ENABLED: "Two-factor authentication is already on.",
  SECOND_FACTOR_REQUIRED: "Managers must turn on two-factor authentication (My account) before acting.",
  TOKEN_INVALID: "This link is not valid. Check that you copied all of it.",
  TOKEN_EXPIRED: "This link has expired. Ask for a new one.",
  TOKEN_ALREADY_USED: "This link has already been used.",
  CSRF_TOKEN_INVALID: "Request refused: the anti-forgery token is missing or invalid. Reload the page.",
  ALREADY_MEMBER: "You already belong to this structure.",
  MEMBERSHIP_PENDING: "Your request to join this structure is already waiting.",
  MEMBERSHIP_NOT_PENDING: "This request to join has already been dealt with.",
  LAST_MANAGER: "The structure must keep at least one manager: appoint another one first.",
  ROLE_NOT_ALLOWED: "This role does not exist for this kind of structure.",
  SERVICE_UNKNOWN: "This service code does not exist in this structure.",
  USER_NOT_FOUND: "No active account matches this address.",
  INVALID_CLIENT: "Unknown, revoked or expired API credentials.",
  UNSUPPORTED_GRANT_TYPE: "Only grant_type=client_credentials is accepted.",
  INVOICE_REFUSED: "The invoice was not deposited: fix the points listed, then deposit it again.",
  INVOICE_NOT_FOUND: "No invoice you can access has this identifier.",
  IDEMPOTENCY_KEY_REUSED: "This idempotency key was already used for another request: use a new one.",
  INVALID_TRANSITION: "This action is not possible at the invoice's current status.",
  SEALED_FIELDS: "These data can no longer be changed at this stage.",
  CONCURRENT_UPDATE: "Someone else has just changed the invoice: reload it, then try again.",
  RECEIPT_UNAVAILABLE: "A draft has no deposit receipt: send the invoice first.",
  BATCH_REFUSED: "The batch could not be opened.",
  PROCESSING_REFUSED: "The processing was not recorded: fill in the fields listed.",
  ASSIGNEE_INVALID: "This person cannot process this invoice (they do not belong to the service).",
  CURSOR_INVALID: "This cursor is not valid: start again from the cursor the previous page returned.",
  WEBHOOK_URL_REFUSED: "This webhook address is refused: https and a public address are required.",
  NOTE_INVALID: "The note is empty or too long (2,000 characters at most).",
  PAYMENT_DELAY_INVALID: "The payment delay must be between 1 and 60 days (30 for the State and local authorities, 50 for public health establishments).",
};

/** Whether the caller's first language choice (Accept-Language, highest q) is English. */
export function prefersEnglish(acceptLanguage: string | undefined): boolean {
  if (!acceptLanguage) return false;
  let best: { tag: string; q: number } | undefined;
  for (const part of acceptLanguage.split(",")) {
    const [tag = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!tag || !Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { tag, q };
  }
  return best !== undefined && (best.tag === "en" || best.tag.startsWith("en-"));
}

/** The language to answer in, from the caller's Accept-Language: English when it comes first, French otherwise. */
export function localeOf(acceptLanguage: string | undefined): "fr" | "en" {
  return prefersEnglish(acceptLanguage) ? "en" : "fr";
}
