import { type Kysely, sql } from "kysely";
import { isPostgres } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// Directory search: how many rows of the word index each word has, so that a name search can start from its rarest
// word. Refreshed at each import; filled here from the word index as it stands.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  // Byte order on both dialects, like structure_search_words (prefix ranges compare the same way).
  const word = isPostgres(db) ? sql.raw(`varchar(100) COLLATE "C"`) : sql.raw("varchar(100)");
  await db.schema
    .createTable("structure_word_counts")
    .addColumn("word", word, (c) => c.primaryKey())
    .addColumn("row_count", "integer", (c) => c.notNull())
    .$call((t) => (isPostgres(db) ? t : t.modifyEnd(sql`WITHOUT ROWID`)))
    .execute();
  await sql`INSERT INTO structure_word_counts (word, row_count) SELECT word, count(*) FROM structure_search_words GROUP BY word`.execute(db);
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("structure_word_counts").execute();
}
