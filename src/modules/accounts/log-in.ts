import type { Deps } from "../../deps.js";
import { bool } from "../../db/database.js";
import { appError } from "../../shared/errors.js";
import { noticeMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { normalizeEmail } from "./domain/password-policy.js";
import { hashSecret } from "./domain/tokens.js";
import { normalizeRecoveryCode, verifyTotp } from "./domain/totp.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { verifyPassword } from "./password-hashing.js";
import { consumeRecoveryCode } from "./recovery-code.repository.js";
import { openSession } from "./session.js";
import { deleteSession, deleteUserSessions } from "./session.repository.js";
import { accountKey, assertNotLocked, clearFailures, recordFailure } from "./throttle.js";
import { openTotpSecret } from "./totp-secret.js";
import { findUserByEmail, updateUser, type UserRow } from "./user.repository.js";

export interface LogInInput {
  email: string;
  password: string;
  totpCode?: string | undefined;
  recoveryCode?: string | undefined;
}

async function checkSecondFactor(deps: Deps, user: UserRow, input: LogInInput, key: string, origin: RequestOrigin): Promise<void> {
  const db = deps.database.db;
  const now = deps.clock.now();
  if (input.recoveryCode) {
    if (await consumeRecoveryCode(db, user.id, hashSecret(normalizeRecoveryCode(input.recoveryCode)), now.toISOString())) {
      await audit(db, deps, origin, { event: "totp.recovery_code_used", userId: user.id });
      sendInBackground(deps, noticeMail(brandOf(deps), user.email, "code de secours utilisé", "Un code de secours vient d'être utilisé pour vous connecter. Si ce n'est pas vous, changez votre mot de passe et régénérez vos codes."));
      return;
    }
  } else if (input.totpCode && user.totp_secret) {
    const secret = openTotpSecret(deps, user.totp_secret);
    const step = secret === null ? null : verifyTotp(secret, input.totpCode, now, user.totp_last_step);
    if (step !== null) {
      await updateUser(db, user.id, { totp_last_step: step });
      return;
    }
  } else {
    throw appError("TOTP_REQUIRED", { field: "totpCode" });
  }
  await recordFailure(db, key, now);
  await audit(db, deps, origin, { event: "login.totp_failed", userId: user.id });
  throw appError("TOTP_INVALID", { field: input.recoveryCode ? "recoveryCode" : "totpCode" });
}

/**
 * Password (+ TOTP code or recovery code when 2FA is on) → a new session. Unknown address and wrong password give
 * the same answer in about the same time; failures lock the address with a growing delay.
 */
export async function logIn(deps: Deps, input: LogInInput, origin: RequestOrigin): Promise<{ userId: string; sessionToken: string }> {
  const db = deps.database.db;
  const email = normalizeEmail(input.email);
  const key = accountKey("login", email);
  const now = deps.clock.now();
  await assertNotLocked(db, key, now);
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.password_hash, input.password);
  if (!user || !passwordOk || user.status === "DISABLED") {
    await recordFailure(db, key, now);
    await audit(db, deps, origin, { event: "login.failed", userId: user?.id ?? null, details: { reason: "credentials" } });
    throw appError("INVALID_CREDENTIALS");
  }
  if (user.status !== "ACTIVE") throw appError("ACCOUNT_NOT_ACTIVATED");
  if (bool(user.totp_enabled)) await checkSecondFactor(deps, user, input, key, origin);
  await clearFailures(db, key);
  const sessionToken = await openSession(db, deps, user.id, origin);
  await audit(db, deps, origin, { event: "login.succeeded", userId: user.id });
  return { userId: user.id, sessionToken };
}

/** Ends the current session. */
export async function logOut(deps: Deps, userId: string | null, sessionToken: string | null, origin: RequestOrigin): Promise<void> {
  if (!sessionToken) return;
  await deleteSession(deps.database.db, hashSecret(sessionToken));
  await audit(deps.database.db, deps, origin, { event: "logout", userId });
}

/** Ends every session of the user, on every device. */
export async function logOutEverywhere(deps: Deps, userId: string, origin: RequestOrigin): Promise<number> {
  const count = await deleteUserSessions(deps.database.db, userId);
  await audit(deps.database.db, deps, origin, { event: "logout.everywhere", userId, details: { sessions: count } });
  return count;
}
