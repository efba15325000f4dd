import type { Kysely } from "kysely";
import { withSerialId } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// The buyer side: idempotency keys of processing requests, the assignment of received invoices to agents, and the
// structures' webhooks with their delivery log.

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

  await db.schema
    .createTable("webhooks")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("structure_siret", "varchar(14)", (c) => c.notNull())
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("events", "text", (c) => c.notNull())
    .addColumn("secret", "varchar(100)", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("consecutive_failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("paused_at", "varchar(32)")
    .addColumn("created_by", "varchar(64)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("webhooks_structure_idx").on("webhooks").columns(["structure_siret"]).execute();

  await withSerialId(db, db.schema.createTable("webhook_deliveries"))
    .addColumn("webhook_id", "varchar(36)", (c) => c.notNull().references("webhooks.id").onDelete("cascade"))
    .addColumn("outbox_id", "bigint", (c) => c.notNull())
    .addColumn("event", "varchar(60)", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "varchar(20)", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("delivered_at", "varchar(32)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("webhook_deliveries_event_uq").on("webhook_deliveries").columns(["webhook_id", "outbox_id", "event"]).unique().execute();
  await db.schema.createIndex("webhook_deliveries_pending_idx").on("webhook_deliveries").columns(["webhook_id", "status", "id"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["webhook_deliveries", "webhooks", "invoice_assignments", "processing_idempotency_keys"]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
