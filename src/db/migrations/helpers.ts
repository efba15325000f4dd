import { type CreateTableBuilder, type Kysely, PostgresAdapter } from "kysely";

// Helpers shared by migrations. Like the migrations, change them only in ways that keep old migrations' output.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day.
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-incremented integer primary key named `id` on either dialect. */
// biome-ignore lint/suspicious/noExplicitAny: see isPostgres.
export function withSerialId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, any>): CreateTableBuilder<T, any> {
  return isPostgres(db)
    ? table.addColumn("id", "bigserial", (c) => c.primaryKey())
    : table.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
}
