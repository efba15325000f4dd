import type { Kysely } from "kysely";
import { withSerialId } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// Invoices, their event history, their files, idempotency keys for the API, and the outbox of side effects.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("invoices")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("status", "varchar(40)", (c) => c.notNull())
    .addColumn("status_at", "varchar(32)", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("source", "varchar(20)", (c) => c.notNull())
    .addColumn("supplier_siret", "varchar(14)", (c) => c.notNull())
    .addColumn("supplier_name", "text")
    .addColumn("recipient_siret", "varchar(14)", (c) => c.notNull())
    .addColumn("recipient_name", "text")
    .addColumn("service_code", "varchar(100)")
    .addColumn("engagement_number", "varchar(50)")
    .addColumn("contract_number", "varchar(50)")
    .addColumn("framework", "varchar(50)", (c) => c.notNull())
    .addColumn("document_type", "varchar(10)", (c) => c.notNull())
    .addColumn("number", "varchar(100)", (c) => c.notNull())
    // Set on deposit only (drafts do not reserve a number): unique per supplier and year.
    .addColumn("number_key", "varchar(100)")
    .addColumn("number_year", "integer")
    .addColumn("issue_date", "varchar(10)")
    .addColumn("due_date", "varchar(10)")
    .addColumn("currency", "varchar(3)", (c) => c.notNull())
    .addColumn("total_without_vat", "varchar(32)")
    .addColumn("total_vat", "varchar(32)")
    .addColumn("total_with_vat", "varchar(32)")
    .addColumn("amount_due", "varchar(32)")
    .addColumn("amount_due_cents", "bigint")
    .addColumn("syntax", "varchar(10)")
    .addColumn("profile", "varchar(20)")
    .addColumn("original_sha256", "varchar(64)")
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("findings", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("deposited_at", "varchar(32)")
    .addColumn("created_by", "varchar(64)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("invoices_number_uq").on("invoices").columns(["supplier_siret", "number_year", "number_key"]).unique().execute();
  await db.schema.createIndex("invoices_supplier_idx").on("invoices").columns(["supplier_siret", "created_at", "id"]).execute();
  await db.schema.createIndex("invoices_recipient_idx").on("invoices").columns(["recipient_siret", "service_code", "status"]).execute();
  await db.schema.createIndex("invoices_status_idx").on("invoices").columns(["status", "status_at"]).execute();

  await withSerialId(db, db.schema.createTable("invoice_events"))
    .addColumn("invoice_id", "varchar(36)", (c) => c.notNull().references("invoices.id").onDelete("cascade"))
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .addColumn("action", "varchar(40)", (c) => c.notNull())
    .addColumn("from_status", "varchar(40)")
    .addColumn("to_status", "varchar(40)", (c) => c.notNull())
    .addColumn("actor_id", "varchar(64)", (c) => c.notNull())
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("actor_role", "varchar(20)", (c) => c.notNull())
    .addColumn("motif", "text")
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .execute();
  await db.schema.createIndex("invoice_events_invoice_idx").on("invoice_events").columns(["invoice_id", "id"]).execute();

  await withSerialId(db, db.schema.createTable("invoice_files"))
    .addColumn("invoice_id", "varchar(36)", (c) => c.notNull().references("invoices.id").onDelete("cascade"))
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("sha256", "varchar(64)", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("mime", "varchar(100)", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("invoice_files_invoice_idx").on("invoice_files").columns(["invoice_id", "kind"]).execute();
  await db.schema.createIndex("invoice_files_sha_idx").on("invoice_files").column("sha256").execute();

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("actor_id", "varchar(64)", (c) => c.notNull())
    .addColumn("key", "varchar(255)", (c) => c.notNull())
    .addColumn("request_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("invoice_id", "varchar(36)", (c) => c.notNull().references("invoices.id").onDelete("cascade"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["actor_id", "key"])
    .execute();

  await withSerialId(db, db.schema.createTable("outbox"))
    .addColumn("topic", "varchar(60)", (c) => c.notNull())
    .addColumn("aggregate_id", "varchar(64)", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("available_at", "varchar(32)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_error", "text")
    .addColumn("locked_until", "varchar(32)")
    .addColumn("processed_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("outbox_pending_idx").on("outbox").columns(["processed_at", "available_at", "id"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["outbox", "idempotency_keys", "invoice_files", "invoice_events", "invoices"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
