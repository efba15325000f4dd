import type { Db } from "../../db/transaction.js";

// Drafts waiting for their reminder, and the record that it was sent (once per draft).

export interface DraftToRemind {
  id: string;
  number: string;
  supplierSiret: string;
  recipientName: string | null;
  recipientSiret: string;
  totalWithVat: string | null;
  createdAt: string;
  /** The author: a user id, or `api:<client>` for an API client. */
  createdBy: string;
}

/** Drafts saved before `before`, still drafts, never reminded. */
export async function findDraftsToRemind(db: Db, before: string, limit = 500): Promise<DraftToRemind[]> {
  const rows = await db
    .selectFrom("invoices")
    .select(["invoices.id", "invoices.number", "invoices.supplier_siret", "invoices.recipient_name", "invoices.recipient_siret", "invoices.total_with_vat", "invoices.created_at", "invoices.created_by"])
    .where("invoices.status", "=", "BROUILLON")
    .where("invoices.created_at", "<=", before)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom("draft_reminders").select("draft_reminders.invoice_id").whereRef("draft_reminders.invoice_id", "=", "invoices.id"))))
    .orderBy("invoices.created_at")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    supplierSiret: r.supplier_siret,
    recipientName: r.recipient_name,
    recipientSiret: r.recipient_siret,
    totalWithVat: r.total_with_vat,
    createdAt: r.created_at,
    createdBy: r.created_by,
  }));
}

/** Claims the draft's reminder; false when another process already did (so the mail goes out once). */
export async function insertDraftReminder(db: Db, row: { invoice_id: string; sent_at: string; sent_to: string }): Promise<boolean> {
  const result = await db.insertInto("draft_reminders").values(row).onConflict((oc) => oc.column("invoice_id").doNothing()).executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Releases the claim (the mail could not be sent: the next run tries again). */
export async function deleteDraftReminder(db: Db, invoiceId: string): Promise<void> {
  await db.deleteFrom("draft_reminders").where("invoice_id", "=", invoiceId).execute();
}
