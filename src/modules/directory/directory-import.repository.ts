import type { Db } from "../../db/transaction.js";
import { foldForSearch } from "../../shared/text.js";
import { inSlices, insertBatch } from "./batch-sql.js";
import { INDEXED_WORD_MIN_LENGTH, searchWordsColumn, searchWordsOf } from "./domain/search-query.js";
import type { ServiceRecord } from "./domain/service-line.js";
import type { Structure } from "./domain/structure.js";

// Bulk writes of the directory import: multi-row upserts keyed by SIRET (structures) and by (SIRET, code) (services).
// Every written row carries the import's id, so that rows the import did not mention can be found afterwards.

/** The structures columns an import writes, in the order of structureRow(). */
export const STRUCTURE_COLUMNS = [
  "siret", "siren", "identifier_type", "name", "name_search", "search_words", "kind",
  "service_code_required", "engagement_required", "service_or_engagement_required", "payment_status_reported",
  "is_moa", "is_moa_only", "edi_sender", "edi_receiver", "active",
  "address_line1", "address_line2", "address_line3", "postal_code", "city", "country_code", "country_label",
  "phone", "email", "payment_delay_days", "import_id", "created_at", "updated_at",
] as const;

/** On conflict everything the file says is overwritten; the local payment delay and creation date are kept. */
const STRUCTURE_UPDATED = STRUCTURE_COLUMNS.filter((c) => c !== "siret" && c !== "payment_delay_days" && c !== "created_at");

/** The services columns an import writes, in the order of serviceRow(). */
export const SERVICE_COLUMNS = [
  "structure_siret", "code", "code_search", "name", "name_search", "engagement_required", "active", "external_id",
  "address_line1", "address_line2", "address_line3", "postal_code", "city", "country_code", "country_label",
  "phone", "email", "import_id", "created_at", "updated_at",
] as const;

const SERVICE_UPDATED = SERVICE_COLUMNS.filter((c) => c !== "structure_siret" && c !== "code" && c !== "created_at");

const flag = (b: boolean) => (b ? 1 : 0);

/** The values of one structures row, in STRUCTURE_COLUMNS order. */
export function structureRow(s: Structure, importId: string | null, now: string): unknown[] {
  const f = s.flags;
  const a = s.address;
  return [
    s.siret, s.siren, s.identifierType, s.name, foldForSearch(s.name), searchWordsColumn(searchWordsOf(s.name)), s.kind,
    flag(f.serviceCodeRequired), flag(f.engagementRequired), flag(f.serviceOrEngagementRequired), flag(f.paymentStatusReported),
    flag(f.isMoa), flag(f.isMoaOnly), flag(f.ediSender), flag(f.ediReceiver), flag(s.active),
    a.line1, a.line2, a.line3, a.postalCode, a.city, a.countryCode?.toUpperCase() ?? null, a.countryLabel,
    s.phone, s.email, s.paymentDelayDays, importId, now, now,
  ];
}

/** Inserts or updates the structures, stamped with the import's id (null for writes outside an import). */
export async function upsertStructures(db: Db, structures: readonly Structure[], importId: string | null, now: string): Promise<void> {
  const rows = structures.map((s) => structureRow(s, importId, now));
  await insertBatch(db, { table: "structures", columns: STRUCTURE_COLUMNS, conflict: ["siret"], update: STRUCTURE_UPDATED }, rows);
}

/** A structure's name now, and before this write (undefined when the structure is new). */
export interface NameChange {
  siret: string;
  name: string;
  previousName: string | undefined;
}

const indexedWords = (name: string) => searchWordsOf(name).filter((w) => w.length >= INDEXED_WORD_MIN_LENGTH).map((w) => w.slice(0, 100));

/**
 * Keeps the word index in line with the names: the words of a changed name go, those of a new or changed name come.
 * Words are a function of the name alone, so an unchanged name needs no write at all.
 */
export async function updateSearchWords(db: Db, changes: readonly NameChange[]): Promise<void> {
  const changed = changes.filter((c) => c.previousName !== c.name);
  const stale = changed.flatMap((c) => (c.previousName === undefined ? [] : indexedWords(c.previousName).map((w) => [w, c.siret] as const)));
  await inSlices(stale, async (slice) => {
    await db
      .deleteFrom("structure_search_words")
      .where((eb) => eb.or(slice.map(([word, siret]) => eb.and([eb("word", "=", word), eb("siret", "=", siret)]))))
      .execute();
    return [];
  }, 400);
  const rows = changed.flatMap((c) => indexedWords(c.name).map((w) => [w, c.siret]));
  await insertBatch(db, { table: "structure_search_words", columns: ["word", "siret"], conflict: ["word", "siret"] }, rows);
}

/** The current names of those of these structures that exist. */
export async function findNames(db: Db, sirets: readonly string[]): Promise<Map<string, string>> {
  const rows = await inSlices(sirets, (slice) => db.selectFrom("structures").select(["siret", "name"]).where("siret", "in", slice).execute());
  return new Map(rows.map((r) => [r.siret, r.name]));
}

/** The values of one services row, in SERVICE_COLUMNS order. */
export function serviceRow(s: ServiceRecord, importId: string, now: string): unknown[] {
  const a = s.address;
  return [
    s.siret, s.code, foldForSearch(s.code), s.name, foldForSearch(s.name), flag(s.engagementRequired), flag(s.active), s.externalId,
    a.line1, a.line2, a.line3, a.postalCode, a.city, a.countryCode?.toUpperCase() ?? null, a.countryLabel,
    s.phone, s.email, importId, now, now,
  ];
}

/** Inserts or updates the services, stamped with the import's id. */
export async function upsertServices(db: Db, services: readonly ServiceRecord[], importId: string, now: string): Promise<void> {
  const rows = services.map((s) => serviceRow(s, importId, now));
  await insertBatch(db, { table: "services", columns: SERVICE_COLUMNS, conflict: ["structure_siret", "code"], update: SERVICE_UPDATED }, rows);
}

/** Deactivates the public structures this import did not mention; returns how many. */
export async function deactivateStructuresNotIn(db: Db, importId: string, now: string): Promise<number> {
  const result = await db
    .updateTable("structures")
    .set({ active: 0, updated_at: now })
    .where("kind", "=", "PUBLIQUE")
    .where("active", "=", 1)
    .where((eb) => eb.or([eb("import_id", "is", null), eb("import_id", "!=", importId)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deactivates the services of imported structures that this import did not mention; returns how many. */
export async function deactivateServicesNotIn(db: Db, importId: string, now: string): Promise<number> {
  const result = await db
    .updateTable("services")
    .set({ active: 0, updated_at: now })
    .where("active", "=", 1)
    .where((eb) => eb.or([eb("import_id", "is", null), eb("import_id", "!=", importId)]))
    .where("structure_siret", "in", (eb) => eb.selectFrom("structures").select("siret").where("import_id", "=", importId))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Which of these SIRETs the directory already holds. */
export async function findExistingSirets(db: Db, sirets: readonly string[]): Promise<Set<string>> {
  const rows = await inSlices(sirets, (slice) => db.selectFrom("structures").select("siret").where("siret", "in", slice).execute());
  return new Set(rows.map((r) => r.siret));
}
