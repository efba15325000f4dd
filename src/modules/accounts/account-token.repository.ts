import type { Selectable } from "kysely";
import type { Db } from "../../db/transaction.js";
import type { AccountTokenTable } from "../../db/schema.js";

export type AccountTokenRow = Selectable<AccountTokenTable>;
export type TokenPurpose = "ACTIVATION" | "RESET" | "EMAIL_CHANGE";

/** Stores a one-time link token (by its hash). */
export async function insertAccountToken(db: Db, row: AccountTokenRow): Promise<void> {
  await db.insertInto("account_tokens").values(row).execute();
}

/** The token row for a hash and purpose, if any. */
export async function findAccountToken(db: Db, tokenHash: string, purpose: TokenPurpose): Promise<AccountTokenRow | undefined> {
  return db.selectFrom("account_tokens").selectAll().where("token_hash", "=", tokenHash).where("purpose", "=", purpose).executeTakeFirst();
}

/** Marks a token used; false when it was already used (so two concurrent clicks cannot both succeed). */
export async function markAccountTokenUsed(db: Db, tokenHash: string, at: string): Promise<boolean> {
  const result = await db.updateTable("account_tokens").set({ used_at: at }).where("token_hash", "=", tokenHash).where("used_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Voids every unused token of a user for a purpose (a new link replaces the old ones). */
export async function voidAccountTokens(db: Db, userId: string, purpose: TokenPurpose, at: string): Promise<void> {
  await db.updateTable("account_tokens").set({ used_at: at }).where("user_id", "=", userId).where("purpose", "=", purpose).where("used_at", "is", null).execute();
}
