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

  constructor(code: string, options: { status?: number; message?: string; details?: ErrorDetails } = {}) {
    const known = (ERROR_CATALOGUE as Record<string, { status: number; message: string }>)[code];
    super(options.message ?? known?.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.status = options.status ?? known?.status ?? 400;
    this.details = options.details;
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

/** Turns an AppError into a problem+json body. */
export function toProblem(error: AppError): Problem {
  const { field, rule, errors, ...rest } = error.details ?? {};
  return {
    type: `https://guichet.example/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
    title: error.message,
    status: error.status,
    code: error.code,
    detail: error.message,
    ...(field !== undefined ? { field } : {}),
    ...(rule !== undefined ? { rule } : {}),
    ...(Array.isArray(errors) ? { errors } : {}),
    ...rest,
  };
}
