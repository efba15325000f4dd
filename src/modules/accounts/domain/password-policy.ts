import { COMMON_PASSWORDS } from "./common-passwords.js";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** Why a password is refused, or undefined when it is acceptable (length, common list, own e-mail). */
export function passwordProblem(password: string, email?: string): "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_LONG" | "PASSWORD_TOO_COMMON" | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return "PASSWORD_TOO_SHORT";
  if (length > PASSWORD_MAX_LENGTH) return "PASSWORD_TOO_LONG";
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded)) return "PASSWORD_TOO_COMMON";
  // A single repeated character or a two-character pattern ("abababababab") is as weak as a common password.
  if (/^(.)\1+$/.test(folded) || /^(..)\1+$/.test(folded)) return "PASSWORD_TOO_COMMON";
  if (email) {
    const local = email.toLowerCase().split("@")[0] ?? "";
    if (folded === email.toLowerCase() || (local.length >= 4 && folded.replace(/[^a-z0-9]/g, "").startsWith(local.replace(/[^a-z0-9]/g, "")) && folded.length - local.length < 4)) {
      return "PASSWORD_TOO_COMMON";
    }
  }
  return undefined;
}

/** The canonical form of an e-mail address used as a login (trimmed, lowercase). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
