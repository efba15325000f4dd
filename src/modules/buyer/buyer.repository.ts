import type { Insertable, Selectable } from "kysely";
import type { InvoiceAssignmentTable, ProcessingIdempotencyKeyTable } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";

// Persistence of the buyer side's own tables: idempotency keys of processing requests and assignments.

export type AssignmentRow = Selectable<InvoiceAssignmentTable>;

/** The processing request an idempotency key already answered for that actor, if any. */
export async function findProcessingKey(db: Db, actorId: string, key: string): Promise<Selectable<ProcessingIdempotencyKeyTable> | undefined> {
  return db.selectFrom("processing_idempotency_keys").selectAll().where("actor_id", "=", actorId).where("key", "=", key).executeTakeFirst();
}

/** Remembers the answer to a processing request under its idempotency key (in the request's transaction). */
export async function insertProcessingKey(db: Db, row: Insertable<ProcessingIdempotencyKeyTable>): Promise<void> {
  await db.insertInto("processing_idempotency_keys").values(row).execute();
}

/** The current assignment of an invoice, if any. */
export async function findAssignment(db: Db, invoiceId: string): Promise<AssignmentRow | undefined> {
  return db.selectFrom("invoice_assignments").selectAll().where("invoice_id", "=", invoiceId).executeTakeFirst();
}

/** Assigns an invoice to someone, replacing any earlier assignment. */
export async function upsertAssignment(db: Db, row: AssignmentRow): Promise<void> {
  await db.deleteFrom("invoice_assignments").where("invoice_id", "=", row.invoice_id).execute();
  await db.insertInto("invoice_assignments").values(row).execute();
}

/** The display name of a user (read from the accounts module's users table: it exports no lookup by id). */
export async function findUserName(db: Db, userId: string): Promise<string | undefined> {
  return (await db.selectFrom("users").select("display_name").where("id", "=", userId).where("status", "=", "ACTIVE").executeTakeFirst())?.display_name;
}
