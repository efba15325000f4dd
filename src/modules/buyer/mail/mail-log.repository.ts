import type { Db } from "../../../db/transaction.js";

// The log of notification mails (one row per mail, keyed by what it is about) and the queue of the daily digests.

/** How long a claim holds before another run may take it over (shorter than the outbox's 60 s lock). */
export const CLAIM_LEASE_MS = 50_000;

/**
 * Claims the mail `key` at `created_at`: true when this run is to send it (new, or a claim left stale by a run that
 * stopped before the mail went out), false when it was sent or another run holds it now (two server processes
 * running the digest job at once send one mail).
 */
export async function claimMail(db: Db, row: { key: string; user_id: string; kind: string; created_at: string }): Promise<boolean> {
  const staleBefore = new Date(Date.parse(row.created_at) - CLAIM_LEASE_MS).toISOString();
  // One statement: inserted, or taken over (not sent, claim stale), or nothing returned.
  const claimed = await db
    .insertInto("notification_mails")
    .values({ ...row, sent_at: null })
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ created_at: row.created_at })
        .where((eb) => eb.and([eb("notification_mails.sent_at", "is", null), eb("notification_mails.created_at", "<", staleBefore)])),
    )
    .returning("key")
    .executeTakeFirst();
  return claimed !== undefined;
}

/** Claims several mails in one statement (as claimMail, all at `created_at`); returns the keys this run is to send. */
export async function claimMails(db: Db, rows: Array<{ key: string; user_id: string; kind: string }>, createdAt: string): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const staleBefore = new Date(Date.parse(createdAt) - CLAIM_LEASE_MS).toISOString();
  const claimed = await db
    .insertInto("notification_mails")
    .values(rows.map((r) => ({ ...r, created_at: createdAt, sent_at: null })))
    .onConflict((oc) =>
      oc
        .column("key")
        .doUpdateSet({ created_at: createdAt })
        .where((eb) => eb.and([eb("notification_mails.sent_at", "is", null), eb("notification_mails.created_at", "<", staleBefore)])),
    )
    .returning("key")
    .execute();
  return new Set(claimed.map((r) => r.key));
}

/** Marks several mails sent in one statement. */
export async function markMailsSent(db: Db, keys: string[], at: string): Promise<void> {
  if (keys.length === 0) return;
  await db.updateTable("notification_mails").set({ sent_at: at }).where("key", "in", keys).execute();
}

/** Gives a claim back (the relay refused the mail): the next run sends it. */
export async function releaseMail(db: Db, key: string): Promise<void> {
  await db.deleteFrom("notification_mails").where("key", "=", key).where("sent_at", "is", null).execute();
}

/** Marks a mail sent. */
export async function markMailSent(db: Db, key: string, at: string): Promise<void> {
  await db.updateTable("notification_mails").set({ sent_at: at }).where("key", "=", key).execute();
}

/** Queues a new invoice for a user's digest (once per user and outbox entry). */
export async function insertDigestItem(db: Db, row: { user_id: string; outbox_id: number; invoice_id: string; summary: string; created_at: string }): Promise<void> {
  await db
    .insertInto("digest_items")
    .values({ ...row, digest_key: null })
    .onConflict((oc) => oc.columns(["user_id", "outbox_id"]).doNothing())
    .execute();
}

/** Users with items waiting for a digest, queued by `before`. */
export async function findUsersWithPendingDigest(db: Db, before: string): Promise<string[]> {
  const rows = await db.selectFrom("digest_items").select("user_id").distinct().where("digest_key", "is", null).where("created_at", "<=", before).orderBy("user_id").execute();
  return rows.map((r) => r.user_id);
}

/** Puts a user's waiting items (queued by `before`) in the digest `key`; returns every item of that digest, oldest first. */
export async function bindDigestItems(db: Db, userId: string, key: string, before: string) {
  await db.updateTable("digest_items").set({ digest_key: key }).where("user_id", "=", userId).where("digest_key", "is", null).where("created_at", "<=", before).execute();
  return db.selectFrom("digest_items").select(["invoice_id", "summary", "created_at"]).where("digest_key", "=", key).orderBy("id").execute();
}
