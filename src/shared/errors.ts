import { ERROR_MESSAGES_EN } from "./errors-en.js";

/**
 * The one error catalogue: every failure a client can see has a stable code, an HTTP status and a French message.
 * Modules add their codes to `ERROR_CATALOGUE`; handlers throw `AppError`; the HTTP edge turns it into problem+json.
 */
export const ERROR_CATALOGUE = {
  VALIDATION_FAILED: { status: 400, message: "La requête contient des données invalides." },
  SIRET_INVALID_LENGTH: { status: 400, message: "Un SIRET compte exactement 14 chiffres." },
  SIRET_INVALID_CHARACTERS: { status: 400, message: "Un SIRET ne contient que des chiffres." },
  SIRET_INVALID_CHECKSUM: { status: 400, message: "Ce SIRET est mal saisi : sa clé de contrôle ne correspond pas." },
  SIREN_INVALID: { status: 400, message: "Un SIREN compte 9 chiffres et doit avoir une clé de contrôle valide." },
  SEARCH_TOO_SHORT: { status: 400, message: "Saisissez au moins 3 caractères pour rechercher." },
  STRUCTURE_NOT_FOUND: { status: 404, message: "Aucune structure n'est enregistrée sous ce SIRET." },
  DIRECTORY_IMPORT_INVALID: { status: 400, message: "Les fichiers de l'annuaire contiennent des lignes invalides : rien n'a été importé." },
  NOT_FOUND: { status: 404, message: "Ressource introuvable." },
  UNAUTHENTICATED: { status: 401, message: "Vous devez être connecté." },
  FORBIDDEN: { status: 403, message: "Vous n'avez pas les droits pour cette action." },
  CONFLICT: { status: 409, message: "Cette action entre en conflit avec l'état actuel." },
  PAYLOAD_TOO_LARGE: { status: 413, message: "Le fichier dépasse la taille autorisée." },
  RATE_LIMITED: { status: 429, message: "Trop de tentatives : réessayez dans quelques minutes." },
  INTERNAL_ERROR: { status: 500, message: "Une erreur interne est survenue. Elle a été enregistrée." },
  // E-invoice engine: refusals while reading a file (EInvoiceError codes of src/einvoice, surfaced as they are).
  NOT_AN_INVOICE: { status: 422, message: "Ce fichier XML n'est pas une facture CII (CrossIndustryInvoice) ni UBL (Invoice, CreditNote)." },
  ZUGFERD1_UNSUPPORTED: { status: 422, message: "Facture ZUGFeRD 1.0 : ce format est abandonné et n'est pas accepté. Déposez une facture Factur-X / ZUGFeRD 2, CII ou UBL." },
  FATTURAPA_UNSUPPORTED: { status: 422, message: "Facture FatturaPA (format italien) : ce format n'est pas accepté. Déposez une facture CII, UBL ou Factur-X." },
  PDF_WITHOUT_INVOICE: { status: 422, message: "Ce PDF ne contient pas de facture électronique (aucune pièce jointe factur-x.xml, zugferd-invoice.xml ou xrechnung.xml)." },
  PDF_ENCRYPTED: { status: 422, message: "Le PDF est chiffré : ses pièces jointes ne peuvent pas être lues. Déposez un PDF non chiffré." },
  PDF_MALFORMED: { status: 422, message: "Le fichier PDF est illisible ou endommagé." },
  PDF_TOO_LARGE: { status: 413, message: "Le PDF dépasse la taille maximale autorisée." },
  // Accounts (sign-up, login, 2FA, links, rattachement, API clients).
  PASSWORD_TOO_SHORT: { status: 400, message: "Le mot de passe doit compter au moins 12 caractères." },
  PASSWORD_TOO_LONG: { status: 400, message: "Le mot de passe ne peut dépasser 256 caractères." },
  PASSWORD_TOO_COMMON: { status: 400, message: "Ce mot de passe est trop courant ou trop facile à deviner : choisissez-en un autre." },
  INVALID_CREDENTIALS: { status: 401, message: "Adresse e-mail ou mot de passe incorrect." },
  ACCOUNT_NOT_ACTIVATED: { status: 403, message: "Ce compte n'est pas encore activé : utilisez le lien reçu par e-mail ou demandez-en un nouveau." },
  TOTP_REQUIRED: { status: 401, message: "Saisissez le code à 6 chiffres de votre application d'authentification." },
  TOTP_INVALID: { status: 401, message: "Ce code d'authentification est incorrect ou a déjà servi." },
  TOTP_NOT_SET_UP: { status: 409, message: "Commencez par configurer l'application d'authentification." },
  TOTP_ALREADY_ENABLED: { status: 409, message: "La double authentification est déjà activée." },
  SECOND_FACTOR_REQUIRED: { status: 403, message: "Les gestionnaires doivent activer la double authentification (Mon compte) avant d'agir." },
  TOKEN_INVALID: { status: 400, message: "Ce lien n'est pas valide. Vérifiez que vous l'avez copié en entier." },
  TOKEN_EXPIRED: { status: 410, message: "Ce lien a expiré. Demandez-en un nouveau." },
  TOKEN_ALREADY_USED: { status: 410, message: "Ce lien a déjà été utilisé." },
  CSRF_TOKEN_INVALID: { status: 403, message: "Requête refusée : jeton anti-falsification absent ou invalide. Rechargez la page." },
  ALREADY_MEMBER: { status: 409, message: "Vous êtes déjà rattaché à cette structure." },
  MEMBERSHIP_PENDING: { status: 409, message: "Votre demande de rattachement à cette structure est déjà en attente." },
  MEMBERSHIP_NOT_PENDING: { status: 409, message: "Cette demande de rattachement a déjà été traitée." },
  LAST_MANAGER: { status: 409, message: "La structure doit garder au moins un gestionnaire : désignez-en un autre d'abord." },
  ROLE_NOT_ALLOWED: { status: 400, message: "Ce rôle n'existe pas pour ce type de structure." },
  SERVICE_UNKNOWN: { status: 400, message: "Ce code service n'existe pas dans cette structure." },
  USER_NOT_FOUND: { status: 404, message: "Aucun compte actif ne correspond à cette adresse." },
  INVALID_CLIENT: { status: 401, message: "Identifiants d'API inconnus, révoqués ou expirés." },
  UNSUPPORTED_GRANT_TYPE: { status: 400, message: "Seul grant_type=client_credentials est accepté." },
  // Invoices (deposit, tracking); the module's own table (modules/invoices/invoice-errors.ts) holds the same entries.
  INVOICE_REFUSED: { status: 422, message: "La facture n'a pas été déposée : corrigez les points signalés puis déposez-la à nouveau." },
  INVOICE_NOT_FOUND: { status: 404, message: "Aucune facture accessible ne porte cet identifiant." },
  IDEMPOTENCY_KEY_REUSED: { status: 422, message: "Cette clé d'idempotence a déjà servi pour une autre requête : utilisez-en une nouvelle." },
  INVALID_TRANSITION: { status: 409, message: "Cette action n'est pas possible au statut actuel de la facture." },
  SEALED_FIELDS: { status: 409, message: "Ces données ne peuvent plus être modifiées à ce stade." },
  CONCURRENT_UPDATE: { status: 409, message: "La facture vient d'être modifiée par quelqu'un d'autre : rechargez-la puis réessayez." },
  RECEIPT_UNAVAILABLE: { status: 409, message: "Un brouillon n'a pas d'accusé de dépôt : envoyez d'abord la facture." },
  BATCH_REFUSED: { status: 422, message: "Le lot n'a pas pu être ouvert." },
  // Buyer side (src/modules/buyer).
  PROCESSING_REFUSED: { status: 422, message: "Le traitement n'a pas été enregistré : complétez les champs signalés." },
  ASSIGNEE_INVALID: { status: 422, message: "Cette personne ne peut pas traiter cette facture (elle n'est pas rattachée au service)." },
  CURSOR_INVALID: { status: 400, message: "Ce curseur n'est pas valide : repartez du curseur renvoyé par la page précédente." },
  WEBHOOK_URL_REFUSED: { status: 422, message: "Cette adresse de webhook est refusée : https et une adresse publique sont exigés." },
  NOTE_INVALID: { status: 422, message: "La note est vide ou trop longue (2000 caractères au plus)." },
  PAYMENT_DELAY_INVALID: { status: 422, message: "Le délai de paiement doit être compris entre 1 et 60 jours (30 pour l'État et les collectivités, 50 pour les établissements publics de santé)." },
} as const satisfies Record<string, { status: number; message: string }>;

export type KnownErrorCode = keyof typeof ERROR_CATALOGUE;

/** Details that help the caller fix the request: the field or rule concerned, and anything else useful. */
export interface ErrorDetails {
  field?: string;
  rule?: string;
  [key: string]: unknown;
}

/** A failure meant for the client: a stable code, its HTTP status, a French message and optional details. */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: ErrorDetails | undefined;
  /** A message written for this one error, in English too (given to a caller who asks for English first). */
  readonly messageEn: string | undefined;

  constructor(code: string, options: { status?: number; message?: string; messageEn?: string; details?: ErrorDetails } = {}) {
    const known = (ERROR_CATALOGUE as Record<string, { status: number; message: string }>)[code];
    super(options.message ?? known?.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.status = options.status ?? known?.status ?? 400;
    this.details = options.details;
    this.messageEn = options.messageEn;
  }
}

/** Shorthand for the catalogue's codes, so the common case is one short call. */
export function appError(code: KnownErrorCode, details?: ErrorDetails, message?: string): AppError {
  return new AppError(code, {
    ...(details ? { details } : {}),
    ...(message ? { message } : {}),
  });
}

/** RFC 9457 problem document as served by the API. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  errors?: unknown[];
  [key: string]: unknown;
}

/**
 * Turns an AppError into a problem+json body, in French or (asked first by the caller) English: the catalogue's
 * message in that language; a message written for this one error (more precise than the catalogue's) stays as written.
 */
export function toProblem(error: AppError, locale: "fr" | "en" = "fr"): Problem {
  const { field, rule, errors, ...rest } = error.details ?? {};
  const known = (ERROR_CATALOGUE as Record<string, { message: string }>)[error.code];
  const english = locale === "en" && known ? (ERROR_MESSAGES_EN as Record<string, string>)[error.code] : undefined;
  // The detail in English: the catalogue's message, or the one written for this error when it has an English twin.
  const englishDetail = locale !== "en" ? undefined : error.message === known?.message ? english : error.messageEn;
  return {
    type: `https://guichet.example/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
    title: english ?? error.message,
    status: error.status,
    code: error.code,
    detail: englishDetail ?? error.message,
    /** The language of `detail`: a message written for one error without an English twin stays French. */
    lang: englishDetail !== undefined ? "en" : "fr",
    ...(field !== undefined ? { field } : {}),
    ...(rule !== undefined ? { rule } : {}),
    ...(Array.isArray(errors) ? { errors: errors.map((item: unknown) => inLocale(item, locale)) } : {}),
    ...rest,
  };
}

/**
 * One item of a problem's `errors`: an item that carries its message in English too (`messageEn`) is given in the
 * caller's language, with `lang` saying which; the `messageEn` field itself is never shown.
 */
function inLocale(item: unknown, locale: "fr" | "en"): unknown {
  if (typeof item !== "object" || item === null || !("messageEn" in item)) return item;
  const { messageEn, ...rest } = item as { messageEn: unknown; message?: unknown };
  if (locale !== "en") return rest;
  return typeof messageEn === "string" ? { ...rest, message: messageEn, lang: "en" } : { ...rest, lang: "fr" };
}
