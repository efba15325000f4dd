import type { Selectable } from "kysely";
import type { Db } from "../../db/transaction.js";
import type { RateCounterTable } from "../../db/schema.js";

export type RateCounterRow = Selectable<RateCounterTable>;

/** The counter for a key (e.g. "login:<hash of e-mail>"), if any. */
export async function findRateCounter(db: Db, key: string): Promise<RateCounterRow | undefined> {
  return db.selectFrom("rate_counters").selectAll().where("key", "=", key).executeTakeFirst();
}

/** Writes a counter (insert or replace). */
export async function saveRateCounter(db: Db, row: RateCounterRow): Promise<void> {
  await db
    .insertInto("rate_counters")
    .values(row)
    .onConflict((oc) => oc.column("key").doUpdateSet({ failures: row.failures, window_start: row.window_start, locked_until: row.locked_until }))
    .execute();
}

/** Forgets a counter (after a success). */
export async function deleteRateCounter(db: Db, key: string): Promise<void> {
  await db.deleteFrom("rate_counters").where("key", "=", key).execute();
}
