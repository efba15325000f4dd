import { sql } from "kysely";
import type { Db } from "../../db/transaction.js";
import { digitsUpperBound, INDEXED_WORD_MIN_LENGTH, wordUpperBound } from "./domain/search-query.js";

// Search returns SIRETs in ranking order: active before inactive, public before private, then by SIRET (identifier
// search) or by name (name search). Each query reads an index in that order and stops at the limit, or reads a
// bounded number of rows: the cost does not grow with the directory. bench/directory measures it at national size.

/** Ranking tiers for identifier search, best first: (active, kind). */
const TIERS = [
  [1, "PUBLIQUE"],
  [1, "PRIVEE"],
  [0, "PUBLIQUE"],
  [0, "PRIVEE"],
] as const;

/** Up to this many word rows, reading them all and sorting is cheap. */
export const FEW_CANDIDATES = 2_000;
/** Up to this many distinct words for a prefix, reading each word's rows in key order and merging is cheap. */
const MAX_DISTINCT_WORDS = 40;

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

interface Ranked {
  tier: number;
  name_search: string;
  siret: string;
}

/**
 * SIRETs of structures whose name has a word beginning with each query word, in ranking order. The rarest indexed
 * word drives: its rows are few (read them all and sort), or they belong to a few distinct words (read each word's
 * rows in key order, which is ranking order, and merge); the other words filter.
 */
export async function findSiretsByWords(db: Db, words: readonly string[], limit: number): Promise<string[]> {
  const probes: { word: string; count: number }[] = [];
  for (const word of new Set(words.filter((w) => w.length >= INDEXED_WORD_MIN_LENGTH))) {
    const rows = await wordRange(db, word).select("siret").limit(FEW_CANDIDATES + 1).execute();
    probes.push({ word, count: rows.length });
  }
  // Fewest rows first; among words too frequent to count (capped probes), the longest: the others, shorter, filter
  // densely, so the ordered scan of the driver meets `limit` matches soon (not always: see bench/README.md).
  const driver = probes.sort((a, b) => a.count - b.count || b.word.length - a.word.length)[0];
  if (!driver || driver.count === 0) return [];
  const others = words.filter((w) => w !== driver.word);

  if (driver.count <= FEW_CANDIDATES) return top(await rankedRows(db, driver.word, "prefix", others, limit).execute(), limit);
  const distinct = await distinctWords(db, driver.word, MAX_DISTINCT_WORDS + 1);
  // Many frequent words share this prefix (rare: a short prefix of common words): sort them all, slower but right.
  if (distinct.length > MAX_DISTINCT_WORDS) return top(await rankedRows(db, driver.word, "prefix", others, limit).execute(), limit);
  // One statement: the best rows of each word, each read in key order; merged here.
  const [first, ...rest] = distinct.map((word, i) => db.selectFrom(rankedRows(db, word, "exact", others, limit).as(`m${i}`)).selectAll());
  if (!first) return [];
  return top(await rest.reduce((union, member) => union.unionAll(member), first).execute(), limit);
}

function wordRange(db: Db, prefix: string) {
  return db.selectFrom("structure_search_words as w").where("w.word", ">=", prefix).where("w.word", "<", wordUpperBound(prefix));
}

/**
 * The best `limit` rows of one word (exact: read in key order, stopping at the limit) or of a prefix (the database
 * sorts the range), keeping structures whose name also has the other words.
 */
function rankedRows(db: Db, word: string, match: "exact" | "prefix", others: readonly string[], limit: number) {
  let query = match === "exact" ? db.selectFrom("structure_search_words as w").where("w.word", "=", word) : wordRange(db, word);
  if (others.length > 0) {
    // CROSS JOIN keeps the word index as the outer loop on SQLite (its planner would otherwise scan every structure
    // for the LIKE first); rows then come in key order and the limit stops the scan.
    query = others.reduce(
      (q, other) => q.where("s.search_words", "like", `% ${other}%`),
      query.crossJoin("structures as s").whereRef("s.siret", "=", "w.siret"),
    );
  }
  const selected = query.select(["w.tier", "w.name_search", "w.siret"]);
  // A name can have two words with the same prefix ("saint", "sainte"): one row per structure.
  return (match === "prefix" ? selected.distinct() : selected).orderBy("w.tier").orderBy("w.name_search").orderBy("w.siret").limit(limit);
}

/**
 * The distinct indexed words that begin with the prefix, at most `max`, in one statement: a recursive query that
 * seeks the next word in the index each step (a skip scan), instead of reading every row of the range.
 */
async function distinctWords(db: Db, prefix: string, max: number): Promise<string[]> {
  const upper = wordUpperBound(prefix);
  const result = await sql<{ word: string }>`
    WITH RECURSIVE next_word(word, n) AS (
      SELECT min(word), 1 FROM structure_search_words WHERE word >= ${prefix} AND word < ${upper}
      UNION ALL
      SELECT (SELECT min(w.word) FROM structure_search_words w WHERE w.word > p.word AND w.word < ${upper}), p.n + 1
      FROM next_word p WHERE p.word IS NOT NULL AND p.n < ${max}
    )
    SELECT word FROM next_word WHERE word IS NOT NULL`.execute(db);
  return result.rows.map((r) => r.word);
}

/** The first `limit` distinct SIRETs in ranking order. */
function top(rows: Ranked[], limit: number): string[] {
  rows.sort((a, b) => a.tier - b.tier || compare(a.name_search, b.name_search) || compare(a.siret, b.siret));
  return [...new Set(rows.map((r) => r.siret))].slice(0, limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
