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
  const driver = probes.sort((a, b) => a.count - b.count)[0];
  if (!driver || driver.count === 0) return [];
  const others = words.filter((w) => w !== driver.word);

  if (driver.count <= FEW_CANDIDATES) return top(await rankedRows(db, driver.word, "prefix", others, limit), limit);
  const distinct = await distinctWords(db, driver.word, MAX_DISTINCT_WORDS + 1);
  // Many frequent words share this prefix (rare: a short prefix of common words): sort them all, slower but right.
  if (distinct.length > MAX_DISTINCT_WORDS) return top(await rankedRows(db, driver.word, "prefix", others, limit), limit);
  const rows: Ranked[] = [];
  for (const word of distinct) rows.push(...(await rankedRows(db, word, "exact", others, limit)));
  return top(rows, limit);
}

function wordRange(db: Db, prefix: string) {
  return db.selectFrom("structure_search_words as w").where("w.word", ">=", prefix).where("w.word", "<", wordUpperBound(prefix));
}

/**
 * The best `limit` rows of one word (exact: read in key order, stopping at the limit) or of a prefix (the database
 * sorts the range), keeping structures whose name also has the other words.
 */
async function rankedRows(db: Db, word: string, match: "exact" | "prefix", others: readonly string[], limit: number): Promise<Ranked[]> {
  let query = match === "exact" ? db.selectFrom("structure_search_words as w").where("w.word", "=", word) : wordRange(db, word);
  if (others.length > 0) {
    query = others.reduce(
      (q, other) => q.where("s.search_words", "like", `% ${other}%`),
      query.innerJoin("structures as s", "s.siret", "w.siret"),
    );
  }
  const selected = query.select(["w.tier", "w.name_search", "w.siret"]);
  // A name can have two words with the same prefix ("saint", "sainte"): one row per structure.
  return (match === "prefix" ? selected.distinct() : selected).orderBy("w.tier").orderBy("w.name_search").orderBy("w.siret").limit(limit).execute();
}

/** The distinct indexed words that begin with the prefix, one index seek each, at most `max`. */
async function distinctWords(db: Db, prefix: string, max: number): Promise<string[]> {
  const found: string[] = [];
  const upper = wordUpperBound(prefix);
  let from = prefix;
  let inclusive = true;
  while (found.length < max) {
    const row = await db
      .selectFrom("structure_search_words")
      .select("word")
      .where("word", inclusive ? ">=" : ">", from)
      .where("word", "<", upper)
      .orderBy("word")
      .limit(1)
      .executeTakeFirst();
    if (!row) break;
    found.push(row.word);
    from = row.word;
    inclusive = false;
  }
  return found;
}

/** The first `limit` distinct SIRETs in ranking order. */
function top(rows: Ranked[], limit: number): string[] {
  rows.sort((a, b) => a.tier - b.tier || compare(a.name_search, b.name_search) || compare(a.siret, b.siret));
  return [...new Set(rows.map((r) => r.siret))].slice(0, limit);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
