import type { Kysely } from "kysely";
import { withSerialId } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// Mail notifications: each user's preferences (new invoices immediately, as a daily digest or not at all; status
// changes of sent invoices on or off), the log of mails sent (one row per mail, so none is sent twice across
// restarts), and the new invoices waiting for a user's daily digest.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notification_preferences")
    .addColumn("user_id", "varchar(36)", (c) => c.primaryKey().references("users.id").onDelete("cascade"))
    .addColumn("new_invoices", "varchar(16)", (c) => c.notNull())
    .addColumn("status_changes", "integer", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("notification_mails")
    .addColumn("key", "varchar(200)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull())
    .addColumn("kind", "varchar(20)", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("sent_at", "varchar(32)")
    .execute();

  await withSerialId(db, db.schema.createTable("digest_items"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull())
    .addColumn("outbox_id", "bigint", (c) => c.notNull())
    .addColumn("invoice_id", "varchar(36)", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("digest_key", "varchar(200)")
    .execute();
  await db.schema.createIndex("digest_items_user_outbox_uq").on("digest_items").columns(["user_id", "outbox_id"]).unique().execute();
  await db.schema.createIndex("digest_items_pending_idx").on("digest_items").columns(["digest_key", "user_id"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["digest_items", "notification_mails", "notification_preferences"]) await db.schema.dropTable(table).ifExists().execute();
}
