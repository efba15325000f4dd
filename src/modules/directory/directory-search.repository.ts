import type { SelectQueryBuilder } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";
import { digitsUpperBound, INDEXED_WORD_MIN_LENGTH, wordUpperBound } from "./domain/search-query.js";

// Search returns SIRETs in ranking order: active before inactive, public before private, then by SIRET (identifier
// search) or by name (name search). Every query reads an index in that order and stops at the limit, or reads a
// bounded number of candidates: cost does not grow with the directory. bench/directory measures it at national size.

/** Ranking tiers, best first: (active, kind). */
const TIERS = [
  [1, "PUBLIQUE"],
  [1, "PRIVEE"],
  [0, "PUBLIQUE"],
  [0, "PRIVEE"],
] as const;

/**
 * Above this many structures for the rarest query word, reading them all and sorting costs more than walking the
 * ranking index until `limit` rows match (which then finds them quickly, the word being common).
 */
export const WORD_CANDIDATES_MAX = 2_000;

/** SIRETs starting with the digits (a SIRET or SIREN prefix), one index range per tier. */
export async function findSiretsByIdentifierPrefix(db: Db, prefix: string, limit: number): Promise<string[]> {
  const upper = digitsUpperBound(prefix);
  const found: string[] = [];
  for (const [active, kind] of TIERS) {
    let query = db.selectFrom("structures").select("siret").where("active", "=", active).where("kind", "=", kind).where("siret", ">=", prefix);
    if (upper !== undefined) query = query.where("siret", "<", upper);
    const rows = await query.orderBy("siret").limit(limit - found.length).execute();
    found.push(...rows.map((r) => r.siret));
    if (found.length >= limit) break;
  }
  return found;
}

/** SIRETs of structures whose name has a word beginning with each of the given words, in ranking order. */
export async function findSiretsByWords(db: Db, words: readonly string[], limit: number): Promise<string[]> {
  const driver = [...words].filter((w) => w.length >= INDEXED_WORD_MIN_LENGTH).sort((a, b) => b.length - a.length)[0];
  if (driver !== undefined) {
    const candidates = await db
      .selectFrom("structure_search_words")
      .select("siret")
      .where("word", ">=", driver)
      .where("word", "<", wordUpperBound(driver))
      .limit(WORD_CANDIDATES_MAX + 1)
      .execute();
    if (candidates.length === 0) return [];
    if (candidates.length <= WORD_CANDIDATES_MAX) {
      const sirets = [...new Set(candidates.map((c) => c.siret))];
      const others = words.filter((w) => w !== driver);
      const rows = await ranked(withWords(db.selectFrom("structures").select("siret").where("siret", "in", sirets), others), limit).execute();
      return rows.map((r) => r.siret);
    }
  }
  const rows = await ranked(withWords(db.selectFrom("structures").select("siret"), words), limit).execute();
  return rows.map((r) => r.siret);
}

type StructureQuery = SelectQueryBuilder<Database, "structures", { siret: string }>;

/** Keeps structures whose name has a word beginning with each word (search_words is " word word ..."). */
function withWords(query: StructureQuery, words: readonly string[]): StructureQuery {
  return words.reduce((q, w) => q.where("search_words", "like", `% ${w}%`), query);
}

/** The ranking order, matching the structures_rank_idx index so that the database can stop at the limit. */
function ranked(query: StructureQuery, limit: number): StructureQuery {
  return query.orderBy("active", "desc").orderBy("kind", "desc").orderBy("name_search").orderBy("siret").limit(limit);
}
