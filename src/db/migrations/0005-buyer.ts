import type { Kysely } from "kysely";

// Frozen: never edit a migration that has shipped; add a new one.
// The buyer side: idempotency keys of processing requests, and the assignment of received invoices to agents.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("processing_idempotency_keys")
    .addColumn("actor_id", "varchar(64)", (c) => c.notNull())
    .addColumn("key", "varchar(255)", (c) => c.notNull())
    .addColumn("request_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("invoice_id", "varchar(36)", (c) => c.notNull().references("invoices.id").onDelete("cascade"))
    .addColumn("response", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("processing_idempotency_keys_pk", ["actor_id", "key"])
    .execute();

  await db.schema
    .createTable("invoice_assignments")
    .addColumn("invoice_id", "varchar(36)", (c) => c.primaryKey().references("invoices.id").onDelete("cascade"))
    .addColumn("assignee_id", "varchar(64)", (c) => c.notNull())
    .addColumn("assignee_name", "text", (c) => c.notNull())
    .addColumn("assigned_by", "varchar(64)", (c) => c.notNull())
    .addColumn("assigned_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("invoice_assignments_assignee_idx").on("invoice_assignments").columns(["assignee_id"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["invoice_assignments", "processing_idempotency_keys"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
