import type { Deps } from "../../deps.js";
import type { Db } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { type AccountTokenRow, findAccountToken, insertAccountToken, markAccountTokenUsed, type TokenPurpose, voidAccountTokens } from "./account-token.repository.js";
import { hashSecret, newSecret } from "./domain/tokens.js";

/** Links (activation, reset, e-mail change) are valid 60 minutes and single use. */
export const LINK_VALIDITY_MS = 60 * 60_000;

/** Issues a new one-time link token for a user, voiding the previous ones of the same purpose. */
export async function issueLinkToken(db: Db, deps: Pick<Deps, "clock">, userId: string, purpose: TokenPurpose, newEmail: string | null = null): Promise<string> {
  const token = newSecret();
  const now = deps.clock.now();
  await voidAccountTokens(db, userId, purpose, now.toISOString());
  await insertAccountToken(db, {
    token_hash: hashSecret(token),
    user_id: userId,
    purpose,
    new_email: newEmail,
    created_at: now.toISOString(),
    expires_at: new Date(now.getTime() + LINK_VALIDITY_MS).toISOString(),
    used_at: null,
  });
  return token;
}

/** Spends a link token: TOKEN_INVALID (unknown), TOKEN_ALREADY_USED (replayed or replaced), TOKEN_EXPIRED. */
export async function spendLinkToken(db: Db, deps: Pick<Deps, "clock">, token: string, purpose: TokenPurpose): Promise<AccountTokenRow> {
  const hash = hashSecret(token.trim());
  const row = await findAccountToken(db, hash, purpose);
  const now = deps.clock.now().toISOString();
  if (!row) throw appError("TOKEN_INVALID", { field: "token" });
  if (row.used_at !== null) throw appError("TOKEN_ALREADY_USED", { field: "token" });
  if (row.expires_at <= now) throw appError("TOKEN_EXPIRED", { field: "token" });
  if (!(await markAccountTokenUsed(db, hash, now))) throw appError("TOKEN_ALREADY_USED", { field: "token" });
  return row;
}
