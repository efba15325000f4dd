import type { Deps } from "../../deps.js";
import { bool } from "../../db/database.js";
import { runInTransaction } from "../../db/transaction.js";
import { AppError, appError } from "../../shared/errors.js";
import type { Actor } from "./actor.js";
import { noticeMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { hashSecret } from "./domain/tokens.js";
import { newRecoveryCodes, newTotpSecret, normalizeRecoveryCode, otpauthUri, verifyTotp } from "./domain/totp.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { verifyPassword } from "./password-hashing.js";
import { replaceRecoveryCodes } from "./recovery-code.repository.js";
import { assertNotLocked, clearFailures, recordFailure } from "./throttle.js";
import { openTotpSecret, sealTotpSecret } from "./totp-secret.js";
import { findUserById, type UserRow } from "./user.repository.js";
import { updateUser } from "./user.repository.js";

async function userOf(deps: Deps, actor: Actor): Promise<UserRow> {
  if (actor.kind !== "user") throw appError("FORBIDDEN");
  const user = await findUserById(deps.database.db, actor.userId);
  if (!user) throw appError("UNAUTHENTICATED");
  return user;
}

/** Starts 2FA set-up: a new secret to scan (otpauth URI), pending until a first code confirms it. */
export async function setUpTotp(deps: Deps, actor: Actor): Promise<{ secret: string; otpauthUri: string }> {
  const user = await userOf(deps, actor);
  if (bool(user.totp_enabled)) throw appError("TOTP_ALREADY_ENABLED");
  const secret = newTotpSecret();
  await updateUser(deps.database.db, user.id, { totp_pending_secret: sealTotpSecret(deps, secret), updated_at: deps.clock.now().toISOString() });
  return { secret, otpauthUri: otpauthUri(secret, user.email, deps.config.brand.shortName) };
}

async function freshRecoveryCodes(_deps: Deps, db: Parameters<typeof replaceRecoveryCodes>[0], userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(db, userId, codes.map((c) => hashSecret(normalizeRecoveryCode(c))));
  return codes;
}

/** Confirms set-up with a first code; returns ten single-use recovery codes (shown once, stored hashed). */
export async function enableTotp(deps: Deps, actor: Actor, input: { code: string }, origin: RequestOrigin): Promise<{ recoveryCodes: string[] }> {
  const user = await userOf(deps, actor);
  if (bool(user.totp_enabled)) throw appError("TOTP_ALREADY_ENABLED");
  if (!user.totp_pending_secret) throw appError("TOTP_NOT_SET_UP");
  const now = deps.clock.now();
  await assertNotLocked(deps.database.db, `totp:${user.id}`, now);
  const pending = openTotpSecret(deps, user.totp_pending_secret);
  const step = pending === null ? null : verifyTotp(pending, input.code, now);
  if (step === null) {
    await recordFailure(deps.database.db, `totp:${user.id}`, now);
    throw appError("TOTP_INVALID", { field: "code" });
  }
  const codes = await runInTransaction(deps.database.db, async ({ trx }) => {
    await updateUser(trx, user.id, { totp_secret: user.totp_pending_secret, totp_pending_secret: null, totp_enabled: 1, totp_last_step: step, updated_at: deps.clock.now().toISOString() });
    await audit(trx, deps, origin, { event: "totp.enabled", userId: user.id });
    return freshRecoveryCodes(deps, trx, user.id);
  });
  sendInBackground(deps, noticeMail(brandOf(deps), user.email, "double authentification activée", "La double authentification est activée sur votre compte."));
  return { recoveryCodes: codes };
}

// Wrong codes on these signed-in actions count like failed logins, so a stolen session cannot brute-force the code.
async function assertCode(deps: Deps, user: UserRow, code: string): Promise<void> {
  const db = deps.database.db;
  const key = `totp:${user.id}`;
  const now = deps.clock.now();
  await assertNotLocked(db, key, now);
  const secret = user.totp_secret ? openTotpSecret(deps, user.totp_secret) : null;
  const step = secret ? verifyTotp(secret, code, now, user.totp_last_step) : null;
  if (step === null) {
    await recordFailure(db, key, now);
    throw appError("TOTP_INVALID", { field: "code" });
  }
  await clearFailures(db, key);
  await updateUser(db, user.id, { totp_last_step: step });
}

/** Turns 2FA off (password and a current code required). */
export async function disableTotp(deps: Deps, actor: Actor, input: { password: string; code: string }, origin: RequestOrigin): Promise<void> {
  const user = await userOf(deps, actor);
  if (!bool(user.totp_enabled)) throw appError("TOTP_NOT_SET_UP");
  if (!(await verifyPassword(user.password_hash, input.password))) {
    throw new AppError("INVALID_CREDENTIALS", { status: 400, message: "Le mot de passe est incorrect.", messageEn: "The password is wrong.", details: { field: "password" } });
  }
  await assertCode(deps, user, input.code);
  await runInTransaction(deps.database.db, async ({ trx }) => {
    await updateUser(trx, user.id, { totp_secret: null, totp_enabled: 0, totp_last_step: null, updated_at: deps.clock.now().toISOString() });
    await replaceRecoveryCodes(trx, user.id, []);
    await audit(trx, deps, origin, { event: "totp.disabled", userId: user.id });
  });
  sendInBackground(deps, noticeMail(brandOf(deps), user.email, "double authentification désactivée", "La double authentification vient d'être désactivée sur votre compte. Si ce n'est pas vous, changez votre mot de passe."));
}

/** Replaces the recovery codes (a current code required). */
export async function regenerateRecoveryCodes(deps: Deps, actor: Actor, input: { code: string }, origin: RequestOrigin): Promise<{ recoveryCodes: string[] }> {
  const user = await userOf(deps, actor);
  if (!bool(user.totp_enabled)) throw appError("TOTP_NOT_SET_UP");
  await assertCode(deps, user, input.code);
  const codes = await freshRecoveryCodes(deps, deps.database.db, user.id);
  await audit(deps.database.db, deps, origin, { event: "totp.recovery_codes_regenerated", userId: user.id });
  return { recoveryCodes: codes };
}
