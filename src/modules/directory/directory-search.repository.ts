import { type RawBuilder, sql } from "kysely";
import type { Db } from "../../db/transaction.js";
import { digitsUpperBound, INDEXED_WORD_MIN_LENGTH, searchWordsOfFolded, wordUpperBound } from "./domain/search-query.js";

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
/** A word with more rows than this is read on its own, in key order, when its prefix has many rows. */
const FREQUENT_WORD = 200;
/** At most this many words of a prefix are read on their own (the most frequent). */
const MAX_FREQUENT_WORDS = 40;

/**
 * SIRETs starting with the digits (a SIRET or SIREN prefix): one index range per tier, each read in order up to the
 * limit, all in one statement (one round trip); the tiers' rows are then taken in tier order.
 */
export async function findSiretsByIdentifierPrefix(db: Db, prefix: string, limit: number): Promise<string[]> {
  const upper = digitsUpperBound(prefix);
  const members = TIERS.map(
    ([active, kind], k) =>
      sql`SELECT ${sql.lit(k)} AS k, t.siret FROM (SELECT siret FROM structures WHERE active = ${active} AND kind = ${kind} AND siret >= ${prefix}${
        upper === undefined ? sql`` : sql` AND siret < ${upper}`
      } ORDER BY siret LIMIT ${limit}) t`,
  );
  const rows = (await sql<{ k: number; siret: string }>`${sql.join(members, sql` UNION ALL `)}`.execute(db)).rows;
  rows.sort((a, b) => Number(a.k) - Number(b.k) || compare(a.siret, b.siret));
  return rows.slice(0, limit).map((r) => r.siret);
}

interface Ranked {
  tier: number;
  name_search: string;
  siret: string;
}

/**
 * SIRETs of structures whose name has a word beginning with each query word, in ranking order. The query word with
 * the fewest index rows drives (counts from structure_word_counts): its rows are few (read them and sort), or they
 * belong to a few distinct words (read each word's rows in key order, which is ranking order, until `limit` match).
 * The other words filter on the word rows themselves (their folded name), so no row is joined to its structure.
 */
export async function findSiretsByWords(db: Db, words: readonly string[], limit: number): Promise<string[]> {
  const indexed = [...new Set(words.filter((w) => w.length >= INDEXED_WORD_MIN_LENGTH))];
  if (indexed.length === 0) return [];
  const counts = await wordCounts(db, indexed);
  // Fewest rows first; equal counts, the longest word (it filters least well).
  const driver = indexed.map((word, i) => ({ word, count: counts[i] ?? 0 })).sort((a, b) => a.count - b.count || b.word.length - a.word.length)[0];
  if (!driver) return [];
  const filter = new WordFilter(words.filter((w) => w !== driver.word));

  // Counts are refreshed at each import: a structure created since may add rows, so a small count is read as such.
  if (driver.count <= FEW_CANDIDATES) return top(await scanRanked(db, { prefix: driver.word }, filter, limit), limit);
  // The prefix's frequent words are each read in key order (ranking order) until `limit` rows match; the rest of the
  // range (rare words, and any word created since the counts) is read in one sorted statement.
  const frequent = await frequentWords(db, driver.word);
  const sources: Source[] = [...frequent.map((word) => ({ word })), { prefix: driver.word, except: frequent }];
  // The first batch of every source in one statement (one round trip); a source continues alone if it needs more.
  const batch = firstBatch(limit);
  const members = sources.map((source, i) => sql`SELECT ${sql.lit(i)} AS k, b.* FROM (${batchQuery(source, filter, undefined, batch)}) b`);
  const first = (await sql<Ranked & { k: number }>`${sql.join(members, sql` UNION ALL `)}`.execute(db)).rows;
  const rows: Ranked[] = [];
  for (const [i, source] of sources.entries()) {
    const own = first.filter((r) => Number(r.k) === i).sort(byRank);
    rows.push(...(await scanRanked(db, source, filter, limit, own)));
  }
  return top(rows, limit);
}

/** The words of a prefix with more than FREQUENT_WORD rows (at most MAX_FREQUENT_WORDS, the most frequent). */
async function frequentWords(db: Db, prefix: string): Promise<string[]> {
  const rows = await db
    .selectFrom("structure_word_counts")
    .select("word")
    .where("word", ">=", prefix)
    .where("word", "<", wordUpperBound(prefix))
    .where("row_count", ">", FREQUENT_WORD)
    .orderBy("row_count", "desc")
    .limit(MAX_FREQUENT_WORDS)
    .execute();
  return rows.map((r) => r.word);
}

/** Index rows per word or prefix (one statement), as counted at the last import; 0 for a word not counted. */
async function wordCounts(db: Db, words: readonly string[]): Promise<number[]> {
  const columns = words.map(
    (word, i) => sql`(SELECT coalesce(sum(c.row_count), 0) FROM structure_word_counts c WHERE c.word >= ${word} AND c.word < ${wordUpperBound(word)}) AS ${sql.ref(`c${i}`)}`,
  );
  const result = await sql<Record<string, number | string>>`SELECT ${sql.join(columns)}`.execute(db);
  const row = result.rows[0] ?? {};
  return words.map((_, i) => Number(row[`c${i}`] ?? 0));
}

/**
 * The other query words a name must have, checked exactly in code (a word of the folded name begins with each), and
 * as a coarser LIKE on the folded name that the database applies first while it reads the index.
 */
class WordFilter {
  readonly conditions: RawBuilder<unknown>[];

  constructor(readonly words: readonly string[]) {
    this.conditions = words.map((w) => {
      const like = sql`w.name_search LIKE ${`%${w}%`}`;
      // Search words spell œ æ ß as oe ae ss: a folded name that holds one of them may match without the letters.
      const ligatures = LIGATURE_SPELLINGS.filter(([, spelling, last]) => w.includes(spelling) || w.endsWith(last)).map(([ligature]) => ligature);
      return ligatures.length === 0 ? like : sql`(${like} OR ${sql.join(ligatures.map((l) => sql`w.name_search LIKE ${`%${l}%`}`), sql` OR `)})`;
    });
  }

  matches(nameSearch: string): boolean {
    if (this.words.length === 0) return true;
    const nameWords = searchWordsOfFolded(nameSearch);
    return this.words.every((w) => nameWords.some((n) => n.startsWith(w)));
  }
}

/** Each ligature, how search words spell it, and the first letter of that spelling. */
const LIGATURE_SPELLINGS = [
  ["œ", "oe", "o"],
  ["æ", "ae", "a"],
  ["ß", "ss", "s"],
] as const;

type Source = { word: string } | { prefix: string; except?: readonly string[] };

/**
 * The word conditions of a source: one word, or a prefix's range; without some words of it, as the ranges between them
 * (each read through the index, instead of reading the left-out words' rows to drop them).
 */
function wordRanges(source: Source): RawBuilder<unknown>[] {
  if ("word" in source) return [sql`w.word = ${source.word}`];
  const upper = wordUpperBound(source.prefix);
  const except = [...new Set(source.except ?? [])].sort(compare);
  if (except.length === 0) return [sql`w.word >= ${source.prefix} AND w.word < ${upper}`];
  const ranges = [sql`w.word >= ${source.prefix} AND w.word < ${except[0]}`];
  for (const [i, word] of except.entries()) ranges.push(sql`w.word > ${word} AND w.word < ${except[i + 1] ?? upper}`);
  return ranges;
}

/** The first batch's size: a little over the limit, so that a few rows refused by the exact check cost no second one. */
const firstBatch = (limit: number) => limit + 16;

/** One batch of a source's rows, in ranking order, after `after`, passing the coarse filter. */
function batchQuery(source: Source, filter: WordFilter, after: Ranked | undefined, batch: number): RawBuilder<Ranked> {
  const select = (range: RawBuilder<unknown>) => {
    const conditions = [range, ...filter.conditions];
    if (after) conditions.push(sql`(w.tier, w.name_search, w.siret) > (${after.tier}, ${after.name_search}, ${after.siret})`);
    return sql`SELECT w.tier, w.name_search, w.siret FROM structure_search_words w WHERE ${sql.join(conditions, sql` AND `)}`;
  };
  const ranges = wordRanges(source);
  return ranges.length === 1
    ? sql<Ranked>`${select(ranges[0] as RawBuilder<unknown>)} ORDER BY w.tier, w.name_search, w.siret LIMIT ${batch}`
    : sql<Ranked>`SELECT * FROM (${sql.join(ranges.map(select), sql` UNION ALL `)}) r ORDER BY r.tier, r.name_search, r.siret LIMIT ${batch}`;
}

/**
 * The first `limit` rows (by ranking order) of one word, read in index order, or of a prefix's range (sorted by the
 * database), that pass the filter; read in batches from where the last one stopped when the coarse filter let through
 * rows the exact one refuses. `first`: the first batch, when it was already read.
 */
async function scanRanked(db: Db, source: Source, filter: WordFilter, limit: number, first?: Ranked[]): Promise<Ranked[]> {
  const found: Ranked[] = [];
  const seen = new Set<string>();
  let batch = firstBatch(limit);
  let after: Ranked | undefined;
  for (let read = first; ; batch *= 4, read = undefined) {
    const rows = read ?? (await batchQuery(source, filter, after, batch).execute(db)).rows;
    for (const row of rows) {
      // A name can have two words with the same prefix ("saint", "sainte"): one row per structure.
      if (seen.has(row.siret) || !filter.matches(row.name_search)) continue;
      seen.add(row.siret);
      found.push(row);
    }
    const last = rows[rows.length - 1];
    if (found.length >= limit || rows.length < batch || !last) return found;
    after = last;
  }
}

/** The first `limit` distinct SIRETs in ranking order. */
function top(rows: Ranked[], limit: number): string[] {
  rows.sort(byRank);
  return [...new Set(rows.map((r) => r.siret))].slice(0, limit);
}

function byRank(a: Ranked, b: Ranked): number {
  return Number(a.tier) - Number(b.tier) || compare(a.name_search, b.name_search) || compare(a.siret, b.siret);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
