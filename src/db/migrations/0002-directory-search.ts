import { type Kysely, sql } from "kysely";
import { isPostgres } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// Directory search: a word index for name search, an index per ranking tier for SIRET prefixes, service addresses.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  // " word word ...": the folded words of the name, so that more query words filter with LIKE '% word%'.
  await db.schema
    .alterTable("structures")
    .addColumn("search_words", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  // SIRET/SIREN prefix search: one range per (active, kind) tier, each read in index order.
  await db.schema.createIndex("structures_tier_siret_idx").on("structures").columns(["active", "kind", "siret"]).execute();
  // Name search goes through structure_search_words: this index serves nothing and would cost at every import.
  await db.schema.dropIndex("structures_name_search_idx").execute();

  for (const column of ["address_line1", "address_line2", "address_line3", "city", "country_label", "email"]) {
    await db.schema.alterTable("services").addColumn(column, "text").execute();
  }
  await db.schema.alterTable("services").addColumn("postal_code", "varchar(16)").execute();
  await db.schema.alterTable("services").addColumn("country_code", "varchar(2)").execute();
  await db.schema.alterTable("services").addColumn("phone", "varchar(40)").execute();

  // One row per (word of a structure's name, structure), keyed in ranking order: for one word, the key gives the
  // structures best first (tier: active public 0, active private 1, inactive public 2, inactive private 3; then name).
  // The C collation on PostgreSQL orders the keys byte-wise like SQLite, whatever the database's locale.
  const c = (type: string) => (pg ? sql.raw(`${type} COLLATE "C"`) : sql.raw(type));
  await db.schema
    .createTable("structure_search_words")
    .addColumn("word", c("varchar(100)"), (col) => col.notNull())
    .addColumn("tier", "integer", (col) => col.notNull())
    .addColumn("name_search", c("text"), (col) => col.notNull())
    .addColumn("siret", "varchar(14)", (col) => col.notNull())
    .addPrimaryKeyConstraint("structure_search_words_pk", ["word", "tier", "name_search", "siret"])
    .$call((t) => (pg ? t : t.modifyEnd(sql`WITHOUT ROWID`)))
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("structure_search_words").execute();
  for (const column of ["address_line1", "address_line2", "address_line3", "city", "country_label", "email", "postal_code", "country_code", "phone"]) {
    await db.schema.alterTable("services").dropColumn(column).execute();
  }
  await db.schema.createIndex("structures_name_search_idx").on("structures").column("name_search").execute();
  await db.schema.dropIndex("structures_tier_siret_idx").execute();
  await db.schema.alterTable("structures").dropColumn("search_words").execute();
}
