import type { Selectable } from "kysely";
import type { OutboxTable } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";

export type OutboxRow = Selectable<OutboxTable>;

/** Appends an entry to the outbox (in the caller's transaction) and returns its id. */
export async function insertOutboxEntry(db: Db, entry: { topic: string; aggregateId: string; payload: unknown; at: string }): Promise<number> {
  const row = await db
    .insertInto("outbox")
    .values({ topic: entry.topic, aggregate_id: entry.aggregateId, payload: JSON.stringify(entry.payload), created_at: entry.at, available_at: entry.at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Appends several entries in one statement; returns their ids in order. */
export async function insertOutboxEntries(db: Db, entries: Array<{ topic: string; aggregateId: string; payload: unknown; at: string }>): Promise<number[]> {
  if (entries.length === 0) return [];
  const rows = await db
    .insertInto("outbox")
    .values(entries.map((e) => ({ topic: e.topic, aggregate_id: e.aggregateId, payload: JSON.stringify(e.payload), created_at: e.at, available_at: e.at })))
    .returning("id")
    .execute();
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

/** Entries not yet processed, due by `now` and not locked by another worker, oldest first. */
export async function findDueOutboxEntries(db: Db, now: string, limit: number): Promise<OutboxRow[]> {
  return db
    .selectFrom("outbox")
    .selectAll()
    .where("processed_at", "is", null)
    .where("available_at", "<=", now)
    .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
    .orderBy("id")
    .limit(limit)
    .execute();
}

/**
 * Claims several entries until `until` in one statement: those not processed and free (or whose lock expired), or,
 * with `heldUntil`, those this worker still holds under that lock (to extend it). Returns the ids claimed.
 */
export async function claimOutboxEntries(db: Db, ids: number[], now: string, until: string, heldUntil?: string): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .updateTable("outbox")
    .set({ locked_until: until })
    .where("id", "in", ids)
    .where("processed_at", "is", null)
    .where((eb) => (heldUntil ? eb("locked_until", "=", heldUntil) : eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)])))
    .returning("id")
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

/** Marks several entries done in one statement. */
export async function markOutboxEntriesProcessed(db: Db, ids: number[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable("outbox").set({ processed_at: at, locked_until: null }).where("id", "in", ids).execute();
}

/** Records a failed attempt and when to try again. */
export async function markOutboxFailed(db: Db, id: number, error: string, retryAt: string): Promise<void> {
  await db
    .updateTable("outbox")
    .set((eb) => ({ attempts: eb("attempts", "+", 1), last_error: error.slice(0, 2000), available_at: retryAt, locked_until: null }))
    .where("id", "=", id)
    .execute();
}

/** Entries after `afterId` (to replay live events missed by a reconnecting client or another process). */
export async function findOutboxEntriesAfter(db: Db, afterId: number, limit: number): Promise<OutboxRow[]> {
  return db.selectFrom("outbox").selectAll().where("id", ">", afterId).orderBy("id").limit(limit).execute();
}

/** The highest entry id so far (0 when empty). */
export async function findLastOutboxId(db: Db): Promise<number> {
  const row = await db.selectFrom("outbox").select((eb) => eb.fn.max("id").as("max")).executeTakeFirst();
  return Number(row?.max ?? 0);
}
