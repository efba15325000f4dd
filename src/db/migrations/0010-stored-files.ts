import type { Kysely } from "kysely";
import { isPostgres } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// The small files of the content-addressed storage (originals, attachments, generated PDFs up to a configured size)
// kept in the database itself: a deposit then writes no file on disk, so it pays no fsync of its own (docs/adr/0008).

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("stored_files")
    .addColumn("sha256", "varchar(64)", (c) => c.primaryKey())
    .addColumn("bytes", isPostgres(db) ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("stored_at", "varchar(32)", (c) => c.notNull())
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("stored_files").ifExists().execute();
}
