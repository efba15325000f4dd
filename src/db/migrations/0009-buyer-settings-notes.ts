import type { Kysely } from "kysely";
import { withSerialId } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// The buyer's own settings and notes: each public structure's payment clock settings (the legal delay its managers set,
// and whether the clock runs from the certified service), kept apart from the directory's rows so that an import
// never overwrites them; and the buyer's internal notes on a received invoice, which the supplier never sees.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("payment_settings")
    .addColumn("structure_siret", "varchar(14)", (c) => c.primaryKey())
    .addColumn("delay_days", "integer", (c) => c.notNull())
    .addColumn("from_service_fait", "integer", (c) => c.notNull())
    .addColumn("updated_by", "varchar(36)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await withSerialId(db, db.schema.createTable("invoice_notes"))
    .addColumn("invoice_id", "varchar(36)", (c) => c.notNull())
    .addColumn("author_id", "varchar(36)", (c) => c.notNull())
    .addColumn("author_name", "varchar(200)", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("invoice_notes_invoice_idx").on("invoice_notes").columns(["invoice_id", "id"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["invoice_notes", "payment_settings"]) await db.schema.dropTable(table).ifExists().execute();
}
