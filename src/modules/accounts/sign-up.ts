import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { activationMail, alreadyRegisteredMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { normalizeEmail, passwordProblem } from "./domain/password-policy.js";
import { issueLinkToken, spendLinkToken } from "./link-tokens.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { hashPassword } from "./password-hashing.js";
import { accountKey, consumeQuota } from "./throttle.js";
import { findUserByEmail, findUserById, insertUser, updateUser } from "./user.repository.js";

const MAIL_QUOTA = { max: 5, windowMs: 60 * 60_000 };

/** Throws the policy's problem for a password (field "password" unless told). */
export function assertPasswordAcceptable(password: string, email: string, field = "password"): void {
  const problem = passwordProblem(password, email);
  if (problem) throw appError(problem, { field });
}

/**
 * Sign-up: creates a pending account and mails a 60-minute activation link. The answer is the same whether the
 * address already has an account (that address gets a "you already have an account" mail instead).
 */
export async function signUp(deps: Deps, input: { email: string; password: string; displayName: string }, origin: RequestOrigin): Promise<void> {
  const email = normalizeEmail(input.email);
  assertPasswordAcceptable(input.password, email);
  const db = deps.database.db;
  await consumeQuota(db, accountKey("signup", email), deps.clock.now(), MAIL_QUOTA);
  // Hash first in every case, so that both paths cost the same.
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(db, email);
  const brand = brandOf(deps);
  if (existing) {
    await audit(db, deps, origin, { event: "account.signup_existing", userId: existing.id });
    if (existing.status === "PENDING") {
      const token = await issueLinkToken(db, deps, existing.id, "ACTIVATION");
      sendInBackground(deps, activationMail(brand, email, token));
    } else {
      sendInBackground(deps, alreadyRegisteredMail(brand, email));
    }
    return;
  }
  const now = deps.clock.now().toISOString();
  const id = deps.ids.uuid();
  const token = await runInTransaction(db, async ({ trx }) => {
    await insertUser(trx, {
      id,
      email,
      display_name: input.displayName.trim(),
      password_hash: passwordHash,
      status: "PENDING",
      is_platform_admin: 0,
      totp_secret: null,
      totp_pending_secret: null,
      totp_enabled: 0,
      totp_last_step: null,
      created_at: now,
      activated_at: null,
      updated_at: now,
    });
    await audit(trx, deps, origin, { event: "account.signed_up", userId: id });
    return issueLinkToken(trx, deps, id, "ACTIVATION");
  });
  sendInBackground(deps, activationMail(brand, email, token));
}

/** Activates an account from its link; returns the e-mail so the page can prefill the login form. */
export async function activateAccount(deps: Deps, input: { token: string }, origin: RequestOrigin): Promise<{ email: string }> {
  return runInTransaction(deps.database.db, async ({ trx }) => {
    const row = await spendLinkToken(trx, deps, input.token, "ACTIVATION");
    const user = await findUserById(trx, row.user_id);
    if (!user) throw appError("TOKEN_INVALID", { field: "token" });
    const now = deps.clock.now().toISOString();
    if (user.status === "PENDING") await updateUser(trx, user.id, { status: "ACTIVE", activated_at: now, updated_at: now });
    await audit(trx, deps, origin, { event: "account.activated", userId: user.id });
    return { email: user.email };
  });
}

/** Sends a new activation link to a pending account; same answer for any address. */
export async function resendActivation(deps: Deps, input: { email: string }, origin: RequestOrigin): Promise<void> {
  const email = normalizeEmail(input.email);
  const db = deps.database.db;
  await consumeQuota(db, accountKey("signup", email), deps.clock.now(), MAIL_QUOTA);
  const user = await findUserByEmail(db, email);
  if (user?.status !== "PENDING") return;
  const token = await issueLinkToken(db, deps, user.id, "ACTIVATION");
  await audit(db, deps, origin, { event: "account.activation_resent", userId: user.id });
  sendInBackground(deps, activationMail(brandOf(deps), email, token));
}
