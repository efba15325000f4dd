import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { AppError, appError } from "../../shared/errors.js";
import type { Actor } from "./actor.js";
import { alreadyRegisteredMail, emailChangeMail, noticeMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { normalizeEmail } from "./domain/password-policy.js";
import { issueLinkToken, spendLinkToken } from "./link-tokens.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { verifyPassword } from "./password-hashing.js";
import { findUserByEmail, findUserById, updateUser } from "./user.repository.js";

/**
 * Starts an e-mail change: the password is required, and a 60-minute link goes to the new address; the login stays
 * the old one until that link is used. An address already taken gets a notice instead (same answer to the caller).
 */
export async function requestEmailChange(deps: Deps, actor: Actor, input: { newEmail: string; password: string }, origin: RequestOrigin): Promise<void> {
  if (actor.kind !== "user") throw appError("FORBIDDEN");
  const db = deps.database.db;
  const user = await findUserById(db, actor.userId);
  if (!user || !(await verifyPassword(user.password_hash, input.password))) {
    throw new AppError("INVALID_CREDENTIALS", { status: 400, message: "Le mot de passe est incorrect.", messageEn: "The password is wrong.", details: { field: "password" } });
  }
  const newEmail = normalizeEmail(input.newEmail);
  if (newEmail === user.email) throw appError("VALIDATION_FAILED", { field: "newEmail", rule: "SAME_EMAIL" }, "C'est déjà votre adresse de connexion.");
  const taken = await findUserByEmail(db, newEmail);
  await audit(db, deps, origin, { event: "email.change_requested", userId: user.id, details: { newEmail } });
  if (taken) {
    sendInBackground(deps, alreadyRegisteredMail(brandOf(deps), newEmail));
    return;
  }
  const token = await issueLinkToken(db, deps, user.id, "EMAIL_CHANGE", newEmail);
  sendInBackground(deps, emailChangeMail(brandOf(deps), newEmail, token));
}

/** Confirms the new address from its link; the old address is told. */
export async function confirmEmailChange(deps: Deps, input: { token: string }, origin: RequestOrigin): Promise<{ email: string }> {
  const { oldEmail, newEmail } = await runInTransaction(deps.database.db, async ({ trx }) => {
    const row = await spendLinkToken(trx, deps, input.token, "EMAIL_CHANGE");
    const user = await findUserById(trx, row.user_id);
    if (!user || !row.new_email) throw appError("TOKEN_INVALID", { field: "token" });
    if (await findUserByEmail(trx, row.new_email)) throw appError("CONFLICT", { field: "newEmail" }, "Cette adresse est désormais utilisée par un autre compte.");
    await updateUser(trx, user.id, { email: row.new_email, updated_at: deps.clock.now().toISOString() });
    await audit(trx, deps, origin, { event: "email.changed", userId: user.id, details: { from: user.email, to: row.new_email } });
    return { oldEmail: user.email, newEmail: row.new_email };
  });
  sendInBackground(deps, noticeMail(brandOf(deps), oldEmail, "adresse de connexion modifiée", `Votre adresse de connexion est désormais ${newEmail}. Si ce n'est pas vous, contactez le support.`));
  return { email: newEmail };
}
