import type { Insertable, Selectable } from "kysely";
import type { IdempotencyKeyTable, InvoiceEventTable, InvoiceFileTable, InvoiceTable } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";

// Persistence of invoices, their events and files, and API idempotency keys. Functions take (db, ...) where db is
// the database or an open transaction.

export type InvoiceRow = Selectable<InvoiceTable>;
export type InvoiceEventRow = Selectable<InvoiceEventTable>;
export type InvoiceFileRow = Selectable<InvoiceFileTable>;

/** Inserts a new invoice row. */
export async function insertInvoice(db: Db, row: Insertable<InvoiceTable>): Promise<void> {
  await db.insertInto("invoices").values(row).execute();
}

/** The invoice with that id, or undefined. */
export async function findInvoice(db: Db, id: string): Promise<InvoiceRow | undefined> {
  return db.selectFrom("invoices").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * Moves the invoice to `status` if it is still at `expectedVersion` (optimistic lock: two concurrent actions on the
 * same invoice cannot both win). Returns false when someone else changed it first.
 */
export async function updateInvoiceStatus(db: Db, id: string, expectedVersion: number, status: string, at: string, changes: Partial<InvoiceTable> = {}): Promise<boolean> {
  const result = await db
    .updateTable("invoices")
    .set({ ...changes, status, status_at: at, updated_at: at, version: expectedVersion + 1 })
    .where("id", "=", id)
    .where("version", "=", expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Appends one event to the invoice's history. */
export async function insertInvoiceEvent(db: Db, event: Insertable<InvoiceEventTable>): Promise<void> {
  await db.insertInto("invoice_events").values(event).execute();
}

/** Appends several events at once (in the order given). */
export async function insertInvoiceEvents(db: Db, events: Insertable<InvoiceEventTable>[]): Promise<void> {
  if (events.length > 0) await db.insertInto("invoice_events").values(events).execute();
}

/** The invoice's history, oldest first. */
export async function findInvoiceEvents(db: Db, invoiceId: string): Promise<InvoiceEventRow[]> {
  return db.selectFrom("invoice_events").selectAll().where("invoice_id", "=", invoiceId).orderBy("id").execute();
}

/** Records files (original, attachments, generated) as belonging to the invoice. */
export async function insertInvoiceFiles(db: Db, rows: Insertable<InvoiceFileTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto("invoice_files").values(rows).execute();
}

/** The invoice's files, original first. */
export async function findInvoiceFiles(db: Db, invoiceId: string): Promise<InvoiceFileRow[]> {
  return db.selectFrom("invoice_files").selectAll().where("invoice_id", "=", invoiceId).orderBy("id").execute();
}

/** The deposited invoice of that supplier with the same number key in that year, if any. */
export async function findInvoiceByNumber(db: Db, supplierSiret: string, year: number, key: string): Promise<InvoiceRow | undefined> {
  return db
    .selectFrom("invoices")
    .selectAll()
    .where("supplier_siret", "=", supplierSiret)
    .where("number_year", "=", year)
    .where("number_key", "=", key)
    .executeTakeFirst();
}

/** The invoice an idempotency key already produced for that actor, with the hash of the request that used it. */
export async function findIdempotencyKey(db: Db, actorId: string, key: string): Promise<Selectable<IdempotencyKeyTable> | undefined> {
  return db.selectFrom("idempotency_keys").selectAll().where("actor_id", "=", actorId).where("key", "=", key).executeTakeFirst();
}

/** Remembers which invoice an idempotency key produced (in the deposit's transaction). */
export async function insertIdempotencyKey(db: Db, row: Insertable<IdempotencyKeyTable>): Promise<void> {
  await db.insertInto("idempotency_keys").values(row).execute();
}
