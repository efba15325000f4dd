import { type AppError, appError, type ErrorDetails } from "../../shared/errors.js";

// The buyer module's error codes; status and French message live in the shared catalogue (src/shared/errors.ts).
export type BuyerErrorCode = "PROCESSING_REFUSED" | "ASSIGNEE_INVALID" | "CURSOR_INVALID" | "NOTE_INVALID";

/** An AppError of the buyer module. */
export function buyerError(code: BuyerErrorCode, details?: ErrorDetails): AppError {
  return appError(code, details);
}

/** The catalogue error for a transition the lifecycle table does not allow from the current status. */
export function invalidTransition(details: ErrorDetails): AppError {
  return appError("INVALID_TRANSITION", details);
}
