import type { Insertable, Selectable } from "kysely";
import type { InvoiceNoteTable } from "../../../db/schema.js";
import type { Db } from "../../../db/transaction.js";

// The buyer's internal notes on received invoices: their own table, read by no supplier-side path (detail, history,
// live stream, change feed, webhooks and bundle all read invoice_events, never this).

export type InvoiceNoteRow = Selectable<InvoiceNoteTable>;

/** The notes of an invoice, oldest first. */
export async function findInvoiceNotes(db: Db, invoiceId: string): Promise<InvoiceNoteRow[]> {
  return db.selectFrom("invoice_notes").selectAll().where("invoice_id", "=", invoiceId).orderBy("id").execute();
}

/** Appends a note; returns it with its id. */
export async function insertInvoiceNote(db: Db, row: Insertable<InvoiceNoteTable>): Promise<InvoiceNoteRow> {
  return db.insertInto("invoice_notes").values(row).returningAll().executeTakeFirstOrThrow();
}
