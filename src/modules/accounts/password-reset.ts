import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { AppError, appError } from "../../shared/errors.js";
import type { Actor } from "./actor.js";
import { voidAccountTokens } from "./account-token.repository.js";
import { noticeMail, resetMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { normalizeEmail } from "./domain/password-policy.js";
import { hashSecret } from "./domain/tokens.js";
import { issueLinkToken, spendLinkToken } from "./link-tokens.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { hashPassword, verifyPassword } from "./password-hashing.js";
import { deleteUserSessions } from "./session.repository.js";
import { assertPasswordAcceptable } from "./sign-up.js";
import { accountKey, clearFailures, consumeQuota } from "./throttle.js";
import { findUserByEmail, findUserById, updateUser } from "./user.repository.js";

/** Mails a 60-minute reset link when the address has an account; the same answer either way. */
export async function requestPasswordReset(deps: Deps, input: { email: string }, origin: RequestOrigin): Promise<void> {
  const email = normalizeEmail(input.email);
  const db = deps.database.db;
  await consumeQuota(db, accountKey("reset", email), deps.clock.now(), { max: 3, windowMs: 60 * 60_000 });
  const user = await findUserByEmail(db, email);
  if (!user || user.status === "DISABLED") return;
  const token = await issueLinkToken(db, deps, user.id, "RESET");
  await audit(db, deps, origin, { event: "password.reset_requested", userId: user.id });
  sendInBackground(deps, resetMail(brandOf(deps), email, token));
}

/** Sets a new password from a reset link; every open session ends. */
export async function resetPassword(deps: Deps, input: { token: string; password: string }, origin: RequestOrigin): Promise<void> {
  const email = await runInTransaction(deps.database.db, async ({ trx }) => {
    const row = await spendLinkToken(trx, deps, input.token, "RESET");
    const user = await findUserById(trx, row.user_id);
    if (!user) throw appError("TOKEN_INVALID", { field: "token" });
    assertPasswordAcceptable(input.password, user.email);
    const now = deps.clock.now().toISOString();
    // The link proves the address: a reset also activates an account whose activation link was lost.
    const activation = user.status === "PENDING" ? { status: "ACTIVE", activated_at: now } : {};
    await updateUser(trx, user.id, { password_hash: await hashPassword(input.password), updated_at: now, ...activation });
    await deleteUserSessions(trx, user.id);
    await clearFailures(trx, accountKey("login", user.email));
    await audit(trx, deps, origin, { event: "password.reset", userId: user.id });
    return user.email;
  });
  sendInBackground(deps, noticeMail(brandOf(deps), email, "mot de passe modifié", "Votre mot de passe vient d'être réinitialisé et toutes vos sessions ont été fermées. Si ce n'est pas vous, contactez le support."));
}

/** Changes the password of the signed-in user (current one required); other sessions end. */
export async function changePassword(deps: Deps, actor: Actor, input: { currentPassword: string; newPassword: string }, currentSessionToken: string | null, origin: RequestOrigin): Promise<void> {
  if (actor.kind !== "user") throw appError("FORBIDDEN");
  const db = deps.database.db;
  const user = await findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new AppError("INVALID_CREDENTIALS", { status: 400, message: "Le mot de passe actuel est incorrect.", messageEn: "The current password is wrong.", details: { field: "currentPassword" } });
  }
  assertPasswordAcceptable(input.newPassword, user.email, "newPassword");
  await updateUser(db, user.id, { password_hash: await hashPassword(input.newPassword), updated_at: deps.clock.now().toISOString() });
  await deleteUserSessions(db, user.id, currentSessionToken ? hashSecret(currentSessionToken) : undefined);
  await voidAccountTokens(db, user.id, "RESET", deps.clock.now().toISOString());
  await audit(db, deps, origin, { event: "password.changed", userId: user.id });
  sendInBackground(deps, noticeMail(brandOf(deps), user.email, "mot de passe modifié", "Votre mot de passe vient d'être changé ; vos autres sessions ont été fermées."));
}
