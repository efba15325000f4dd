import { sql } from "kysely";
import { bool } from "../../db/database.js";
import type { Db } from "../../db/transaction.js";
import { inSlices, insertBatch } from "./batch-sql.js";
import { foldText } from "./domain/fold.js";
import { INDEXED_WORD_MIN_LENGTH, rankTier, searchWordsColumn, searchWordsOfFolded } from "./domain/search-query.js";
import type { ServiceRecord } from "./domain/service-line.js";
import type { Structure } from "./domain/structure.js";

// Bulk writes of the directory import: multi-row upserts keyed by SIRET (structures) and by (SIRET, code) (services),
// that leave unchanged rows untouched, so that re-importing this week's file costs little more than reading it.

/** The structures columns an import writes, in the order of structureRow(). */
export const STRUCTURE_COLUMNS = [
  "siret", "siren", "identifier_type", "name", "name_search", "search_words", "kind",
  "service_code_required", "engagement_required", "service_or_engagement_required", "payment_status_reported",
  "is_moa", "is_moa_only", "edi_sender", "edi_receiver", "active",
  "address_line1", "address_line2", "address_line3", "postal_code", "city", "country_code", "country_label",
  "phone", "email", "payment_delay_days", "created_at", "updated_at",
] as const;

/** On conflict what the file says is overwritten; the local payment delay and the creation date are kept. */
const STRUCTURE_UPDATED = STRUCTURE_COLUMNS.filter((c) => c !== "siret" && c !== "payment_delay_days" && c !== "created_at");
const STRUCTURE_COMPARED = STRUCTURE_UPDATED.filter((c) => c !== "updated_at");

/** The services columns an import writes, in the order of serviceRow(). */
export const SERVICE_COLUMNS = [
  "structure_siret", "code", "code_search", "name", "name_search", "engagement_required", "active", "external_id",
  "address_line1", "address_line2", "address_line3", "postal_code", "city", "country_code", "country_label",
  "phone", "email", "created_at", "updated_at",
] as const;

const SERVICE_UPDATED = SERVICE_COLUMNS.filter((c) => c !== "structure_siret" && c !== "code" && c !== "created_at");
const SERVICE_COMPARED = SERVICE_UPDATED.filter((c) => c !== "updated_at");

const flag = (b: boolean) => (b ? 1 : 0);

/** The values of one structures row, in STRUCTURE_COLUMNS order. */
export function structureRow(s: Structure, now: string): unknown[] {
  const f = s.flags;
  const a = s.address;
  const folded = foldText(s.name);
  return [
    s.siret, s.siren, s.identifierType, s.name, folded, searchWordsColumn(searchWordsOfFolded(folded)), s.kind,
    flag(f.serviceCodeRequired), flag(f.engagementRequired), flag(f.serviceOrEngagementRequired), flag(f.paymentStatusReported),
    flag(f.isMoa), flag(f.isMoaOnly), flag(f.ediSender), flag(f.ediReceiver), flag(s.active),
    a.line1, a.line2, a.line3, a.postalCode, a.city, a.countryCode?.toUpperCase() ?? null, a.countryLabel,
    s.phone, s.email, s.paymentDelayDays, now, now,
  ];
}

/** Inserts the new structures and updates those that changed. */
export async function upsertStructures(db: Db, structures: readonly Structure[], now: string): Promise<void> {
  const rows = structures.map((s) => structureRow(s, now));
  const spec = { table: "structures", columns: STRUCTURE_COLUMNS, conflict: ["siret"], update: STRUCTURE_UPDATED, updateWhenChanged: STRUCTURE_COMPARED };
  await insertBatch(db, spec, rows);
}

/** The values of one services row, in SERVICE_COLUMNS order. */
export function serviceRow(s: ServiceRecord, now: string): unknown[] {
  const a = s.address;
  return [
    s.siret, s.code, foldText(s.code), s.name, foldText(s.name), flag(s.engagementRequired), flag(s.active), s.externalId,
    a.line1, a.line2, a.line3, a.postalCode, a.city, a.countryCode?.toUpperCase() ?? null, a.countryLabel,
    s.phone, s.email, now, now,
  ];
}

/** Inserts the new services and updates those that changed. */
export async function upsertServices(db: Db, services: readonly ServiceRecord[], now: string): Promise<void> {
  const rows = services.map((s) => serviceRow(s, now));
  const spec = { table: "services", columns: SERVICE_COLUMNS, conflict: ["structure_siret", "code"], update: SERVICE_UPDATED, updateWhenChanged: SERVICE_COMPARED };
  await insertBatch(db, spec, rows);
}

/** What a structure's word rows derive from: its name and ranking tier. */
export interface WordSource {
  siret: string;
  name: string;
  active: boolean;
  kind: "PUBLIQUE" | "PRIVEE";
}

/** A structure as it is now, and as it was before this write (undefined when new). */
export interface WordChange {
  now: WordSource;
  before: WordSource | undefined;
}

type WordRow = [word: string, tier: number, nameSearch: string, siret: string];

function wordRows(s: WordSource): WordRow[] {
  const folded = foldText(s.name);
  const tier = rankTier(s.active, s.kind);
  return searchWordsOfFolded(folded)
    .filter((w) => w.length >= INDEXED_WORD_MIN_LENGTH)
    .map((w) => [w.slice(0, 100), tier, folded, s.siret]);
}

const sameSource = (a: WordSource, b: WordSource) => a.name === b.name && rankTier(a.active, a.kind) === rankTier(b.active, b.kind);

/**
 * The word rows of these structures in key order (word, tier, name, siret), without sorting every row: sort the
 * structures by (tier, name, siret) once, deal their rows out to one list per word (each list then in order), and
 * join the lists in word order. Appending to an index in key order is much cheaper than inserting at random places.
 */
function wordRowsInKeyOrder(sources: readonly WordSource[]): WordRow[] {
  const rowsOf = sources.map((s) => wordRows(s));
  const order = rowsOf.map((rows, i) => ({ i, key: rows[0] ? `${rows[0][1]}\u0001${rows[0][2]}\u0001${rows[0][3]}` : "" }));
  order.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byWord = new Map<string, WordRow[]>();
  for (const { i } of order) {
    for (const row of rowsOf[i] ?? []) {
      const list = byWord.get(row[0]);
      if (list) list.push(row);
      else byWord.set(row[0], [row]);
    }
  }
  return [...byWord.keys()].sort().flatMap((word) => byWord.get(word) ?? []);
}

/**
 * Keeps the word index in line with names and tiers: rows of a changed structure go, rows of a new or changed one
 * come; an unchanged structure costs nothing. New rows go in key order: appending to an index is much cheaper than
 * inserting at random places.
 */
export async function updateSearchWords(db: Db, changes: readonly WordChange[]): Promise<void> {
  const changed = changes.filter((c) => c.before === undefined || !sameSource(c.before, c.now));
  const stale = changed.flatMap((c) => (c.before ? wordRows(c.before) : []));
  await inSlices(
    stale,
    async (slice) => {
      await db
        .deleteFrom("structure_search_words")
        .where((eb) =>
          eb.or(slice.map(([word, tier, nameSearch, siret]) => eb.and([eb("word", "=", word), eb("tier", "=", tier), eb("name_search", "=", nameSearch), eb("siret", "=", siret)]))),
        )
        .execute();
      return [];
    },
    200,
  );
  const rows = wordRowsInKeyOrder(changed.map((c) => c.now));
  await insertBatch(db, { table: "structure_search_words", columns: ["word", "tier", "name_search", "siret"], conflict: ["word", "tier", "name_search", "siret"] }, rows);
  await recountWords(db, new Set([...stale, ...rows].map(([word]) => word)));
}

/** Above this many words, counting every word again is cheaper than counting these. */
const RECOUNT_ALL_ABOVE = 500;

/**
 * Brings structure_word_counts (rows per word, which search uses to pick its rarest word) in line for these words.
 * Upserts, so that concurrent writers (an import, a supplier creating its company) never collide on a word: the last
 * one's count stands, and counts only steer the search, never its results.
 */
async function recountWords(db: Db, words: ReadonlySet<string>): Promise<void> {
  if (words.size === 0) return;
  const upsert = sql`ON CONFLICT (word) DO UPDATE SET row_count = excluded.row_count`;
  if (words.size > RECOUNT_ALL_ABOVE) {
    await db.deleteFrom("structure_word_counts").execute();
    await sql`INSERT INTO structure_word_counts (word, row_count)
      SELECT word, count(*) FROM structure_search_words WHERE true GROUP BY word ${upsert}`.execute(db);
    return;
  }
  const list = sql.join([...words]);
  await sql`INSERT INTO structure_word_counts (word, row_count)
    SELECT word, count(*) FROM structure_search_words WHERE word IN (${list}) GROUP BY word ${upsert}`.execute(db);
  // Words no structure has any more.
  await sql`DELETE FROM structure_word_counts WHERE word IN (${list})
    AND NOT EXISTS (SELECT 1 FROM structure_search_words w WHERE w.word = structure_word_counts.word)`.execute(db);
}

/** What the word rows of these structures (those that exist) derive from now. */
export async function findWordSources(db: Db, sirets: readonly string[]): Promise<Map<string, WordSource>> {
  const rows = await inSlices(sirets, (slice) => db.selectFrom("structures").select(["siret", "name", "active", "kind"]).where("siret", "in", slice).execute());
  return new Map(rows.map((r) => [r.siret, { siret: r.siret, name: r.name, active: bool(r.active), kind: r.kind === "PRIVEE" ? "PRIVEE" : "PUBLIQUE" }]));
}

/** The SIRETs of the active public structures. */
export async function findActivePublicSirets(db: Db): Promise<string[]> {
  const rows = await db.selectFrom("structures").select("siret").where("kind", "=", "PUBLIQUE").where("active", "=", 1).execute();
  return rows.map((r) => r.siret);
}

/** The active services, with their key. */
export async function findActiveServiceKeys(db: Db): Promise<{ id: number; siret: string; code: string }[]> {
  const rows = await db.selectFrom("services").select(["id", "structure_siret", "code"]).where("active", "=", 1).execute();
  return rows.map((r) => ({ id: Number(r.id), siret: r.structure_siret, code: r.code }));
}

/** Marks these structures inactive (never deleted: invoices refer to them). */
export async function deactivateStructures(db: Db, sirets: readonly string[], now: string): Promise<void> {
  await inSlices(sirets, async (slice) => {
    await db.updateTable("structures").set({ active: 0, updated_at: now }).where("siret", "in", slice).execute();
    return [];
  });
}

/** Marks these services inactive. */
export async function deactivateServices(db: Db, ids: readonly number[], now: string): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db.updateTable("services").set({ active: 0, updated_at: now }).where("id", "in", slice).execute();
    return [];
  });
}

/** Which of these SIRETs the directory already holds. */
export async function findExistingSirets(db: Db, sirets: readonly string[]): Promise<Set<string>> {
  const rows = await inSlices(sirets, (slice) => db.selectFrom("structures").select("siret").where("siret", "in", slice).execute());
  return new Set(rows.map((r) => r.siret));
}
