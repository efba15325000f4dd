import { type Kysely, sql } from "kysely";
import { isPostgres } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// Directory search and import: a word table for name search, the ranking index, the import stamp, service addresses.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .alterTable("structures")
    .addColumn("search_words", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await db.schema.alterTable("structures").addColumn("import_id", "varchar(40)").execute();
  // Search results come active first, then public, then by name: one index gives that order without a sort.
  await sql`CREATE INDEX structures_rank_idx ON structures (active DESC, kind DESC, name_search, siret)`.execute(db);
  // SIRET/SIREN prefix search, one range per (active, kind) tier, each read in index order.
  await db.schema.createIndex("structures_tier_siret_idx").on("structures").columns(["active", "kind", "siret"]).execute();

  for (const column of ["address_line1", "address_line2", "address_line3", "city", "country_label", "email"]) {
    await db.schema.alterTable("services").addColumn(column, "text").execute();
  }
  await db.schema.alterTable("services").addColumn("postal_code", "varchar(16)").execute();
  await db.schema.alterTable("services").addColumn("country_code", "varchar(2)").execute();
  await db.schema.alterTable("services").addColumn("phone", "varchar(40)").execute();
  await db.schema.alterTable("services").addColumn("import_id", "varchar(40)").execute();

  // One row per (word of a structure's name, structure): word-prefix search reads a range of this key. The C collation
  // on PostgreSQL makes the range byte-ordered like SQLite's, whatever the database's locale.
  await db.schema
    .createTable("structure_search_words")
    .addColumn("word", pg ? sql`varchar(100) COLLATE "C"` : "varchar(100)", (c) => c.notNull())
    .addColumn("siret", "varchar(14)", (c) => c.notNull())
    .addPrimaryKeyConstraint("structure_search_words_pk", ["word", "siret"])
    .$call((t) => (pg ? t : t.modifyEnd(sql`WITHOUT ROWID`)))
    .execute();
  // structures_rank_idx leads with the same order and serves what this one did; one index less to fill at import.
  await db.schema.dropIndex("structures_name_search_idx").execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("structure_search_words").execute();
  await db.schema.createIndex("structures_name_search_idx").on("structures").column("name_search").execute();
  await sql`DROP INDEX structures_rank_idx`.execute(db);
  await db.schema.dropIndex("structures_tier_siret_idx").execute();
  for (const column of ["address_line1", "address_line2", "address_line3", "city", "country_label", "email", "postal_code", "country_code", "phone", "import_id"]) {
    await db.schema.alterTable("services").dropColumn(column).execute();
  }
  await db.schema.alterTable("structures").dropColumn("import_id").execute();
  await db.schema.alterTable("structures").dropColumn("search_words").execute();
}
