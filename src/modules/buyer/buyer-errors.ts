import { AppError, appError, type ErrorDetails } from "../../shared/errors.js";

// The buyer module's own error codes (status and French message); the shared catalogue's codes are used as they are.
export const BUYER_ERRORS = {
  PROCESSING_REFUSED: { status: 422, message: "Le traitement n'a pas été enregistré : complétez les champs signalés." },
  ASSIGNEE_INVALID: { status: 422, message: "Cette personne ne peut pas traiter cette facture (elle n'est pas rattachée au service)." },
  CURSOR_INVALID: { status: 400, message: "Ce curseur n'est pas valide : repartez du curseur renvoyé par la page précédente." },
} as const;
export type BuyerErrorCode = keyof typeof BUYER_ERRORS;

/** An AppError of the buyer module. */
export function buyerError(code: BuyerErrorCode, details?: ErrorDetails): AppError {
  return new AppError(code, { ...BUYER_ERRORS[code], ...(details ? { details } : {}) });
}

/** The catalogue error for a transition the lifecycle table does not allow from the current status. */
export function invalidTransition(details: ErrorDetails): AppError {
  return appError("INVALID_TRANSITION", details);
}
