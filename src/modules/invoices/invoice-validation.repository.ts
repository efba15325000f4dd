import type { Insertable, Selectable } from "kysely";
import type { InvoiceValidationTable } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";
import type { InvoiceRow } from "./invoice.repository.js";

// The main contractor's validations of subcontractors' invoices (A9).

export type InvoiceValidationRow = Selectable<InvoiceValidationTable>;

/** Records that the invoice awaits the main contractor's validation (in the deposit's transaction). */
export async function insertInvoiceValidation(db: Db, row: Insertable<InvoiceValidationTable>): Promise<void> {
  await db.insertInto("invoice_validations").values(row).execute();
}

/** The validation of an invoice, or undefined when it needs none. */
export async function findInvoiceValidation(db: Db, invoiceId: string): Promise<InvoiceValidationRow | undefined> {
  return db.selectFrom("invoice_validations").selectAll().where("invoice_id", "=", invoiceId).executeTakeFirst();
}

/** Records the decision (expressly or tacitly) once. */
export async function updateInvoiceValidation(db: Db, invoiceId: string, decision: { decided_at: string; decision: string; decided_by: string }): Promise<void> {
  await db.updateTable("invoice_validations").set(decision).where("invoice_id", "=", invoiceId).where("decided_at", "is", null).execute();
}

/** The invoices awaiting (or, with `decided`, having had) the validation of one of these structures, newest first. */
export async function findInvoicesToValidate(db: Db, validatorSirets: readonly string[], options: { decided?: boolean; limit?: number } = {}): Promise<Array<{ invoice: InvoiceRow; validation: InvoiceValidationRow }>> {
  if (validatorSirets.length === 0) return [];
  let query = db
    .selectFrom("invoice_validations")
    .innerJoin("invoices", "invoices.id", "invoice_validations.invoice_id")
    .selectAll("invoices")
    .select(["invoice_validations.validator_siret", "invoice_validations.requested_at", "invoice_validations.due_at", "invoice_validations.decided_at", "invoice_validations.decision", "invoice_validations.decided_by"])
    .where("invoice_validations.validator_siret", "in", [...validatorSirets]);
  query = options.decided ? query.where("invoice_validations.decided_at", "is not", null) : query.where("invoice_validations.decided_at", "is", null);
  const rows = await query.orderBy("invoice_validations.requested_at", "desc").orderBy("invoices.id").limit(options.limit ?? 200).execute();
  return rows.map(({ validator_siret, requested_at, due_at, decided_at, decision, decided_by, ...invoice }) => ({
    invoice: invoice as InvoiceRow,
    validation: { invoice_id: invoice.id, validator_siret, requested_at, due_at, decided_at, decision, decided_by },
  }));
}

/** Validations still open whose delay has run out at `now`. */
export async function findExpiredValidations(db: Db, now: string, limit = 500): Promise<InvoiceValidationRow[]> {
  return db.selectFrom("invoice_validations").selectAll().where("decided_at", "is", null).where("due_at", "<=", now).orderBy("due_at").limit(limit).execute();
}
