import type { Kysely } from "kysely";

// Frozen: never edit a migration that has shipped; add a new one.
// Invoice follow-ups: the main contractor's validation of a subcontractor's invoice (A9, chorus-pro.md §1.4), and
// the reminder sent once for a draft left unsent.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("invoice_validations")
    .addColumn("invoice_id", "varchar(36)", (c) => c.primaryKey().references("invoices.id").onDelete("cascade"))
    .addColumn("validator_siret", "varchar(14)", (c) => c.notNull())
    .addColumn("requested_at", "varchar(32)", (c) => c.notNull())
    // After this instant without an answer the validation is tacit (15 days).
    .addColumn("due_at", "varchar(32)", (c) => c.notNull())
    .addColumn("decided_at", "varchar(32)")
    .addColumn("decision", "varchar(40)")
    .addColumn("decided_by", "varchar(64)")
    .execute();
  await db.schema.createIndex("invoice_validations_validator_idx").on("invoice_validations").columns(["validator_siret", "decided_at"]).execute();
  await db.schema.createIndex("invoice_validations_due_idx").on("invoice_validations").columns(["decided_at", "due_at"]).execute();

  await db.schema
    .createTable("draft_reminders")
    .addColumn("invoice_id", "varchar(36)", (c) => c.primaryKey().references("invoices.id").onDelete("cascade"))
    .addColumn("sent_at", "varchar(32)", (c) => c.notNull())
    .addColumn("sent_to", "text", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["draft_reminders", "invoice_validations"]) await db.schema.dropTable(table).ifExists().execute();
}
