import type { Db } from "../../db/transaction.js";
import { foldForSearch } from "../../shared/text.js";
import { inSlices, insertBatch } from "./batch-sql.js";
import { INDEXED_WORD_MIN_LENGTH, searchWordsColumn, searchWordsOf } from "./domain/search-query.js";
import type { ServiceLine } from "./domain/service-line.js";
import type { Structure } from "./domain/structure.js";

// Bulk writes of the directory import: multi-row upserts keyed by SIRET (structures) and by (SIRET, code) (services).
// Every written row carries the import's id, so that rows the import did not mention can be found afterwards.

const STRUCTURE_COLUMNS = [
  "siret", "siren", "identifier_type", "name", "name_search", "search_words", "kind",
  "service_code_required", "engagement_required", "service_or_engagement_required", "payment_status_reported",
  "is_moa", "is_moa_only", "edi_sender", "edi_receiver", "active",
  "address_line1", "address_line2", "address_line3", "postal_code", "city", "country_code", "country_label",
  "phone", "email", "payment_delay_days", "import_id", "created_at", "updated_at",
] as const;

/** On conflict everything the file says is overwritten; the local payment delay and creation date are kept. */
const STRUCTURE_UPDATED = STRUCTURE_COLUMNS.filter((c) => c !== "siret" && c !== "payment_delay_days" && c !== "created_at");

const SERVICE_COLUMNS = [
  "structure_siret", "code", "code_search", "name", "name_search", "engagement_required", "active", "external_id",
  "address_line1", "address_line2", "address_line3", "postal_code", "city", "country_code", "country_label",
  "phone", "email", "import_id", "created_at", "updated_at",
] as const;

const SERVICE_UPDATED = SERVICE_COLUMNS.filter((c) => c !== "structure_siret" && c !== "code" && c !== "created_at");

const flag = (b: boolean) => (b ? 1 : 0);

/** Inserts or updates the structures, stamped with the import's id (null for writes outside an import). */
export async function upsertStructures(db: Db, structures: readonly Structure[], importId: string | null, now: string): Promise<void> {
  const rows = structures.map((s) => {
    const f = s.flags;
    const a = s.address;
    return [
      s.siret, s.siren, s.identifierType, s.name, foldForSearch(s.name), searchWordsColumn(searchWordsOf(s.name)), s.kind,
      flag(f.serviceCodeRequired), flag(f.engagementRequired), flag(f.serviceOrEngagementRequired), flag(f.paymentStatusReported),
      flag(f.isMoa), flag(f.isMoaOnly), flag(f.ediSender), flag(f.ediReceiver), flag(s.active),
      a.line1, a.line2, a.line3, a.postalCode, a.city, a.countryCode?.toUpperCase() ?? null, a.countryLabel,
      s.phone, s.email, s.paymentDelayDays, importId, now, now,
    ];
  });
  await insertBatch(db, { table: "structures", columns: STRUCTURE_COLUMNS, conflict: ["siret"], update: STRUCTURE_UPDATED }, rows);
}

/** Rewrites the word index of these structures from their names (skip the delete when the directory was empty). */
export async function replaceSearchWords(db: Db, structures: readonly Pick<Structure, "siret" | "name">[], options: { fresh: boolean }): Promise<void> {
  if (!options.fresh) {
    await inSlices(structures, async (slice) => {
      await db.deleteFrom("structure_search_words").where("siret", "in", slice.map((s) => s.siret)).execute();
      return [];
    });
  }
  const rows = structures.flatMap((s) => searchWordsOf(s.name).filter((w) => w.length >= INDEXED_WORD_MIN_LENGTH).map((w) => [w.slice(0, 100), s.siret]));
  await insertBatch(db, { table: "structure_search_words", columns: ["word", "siret"], conflict: ["word", "siret"] }, rows);
}

/** Inserts or updates the services, stamped with the import's id. */
export async function upsertServices(db: Db, services: readonly ServiceLine[], importId: string, now: string): Promise<void> {
  const rows = services.map((s) => {
    const a = s.address;
    return [
      s.siret, s.code, foldForSearch(s.code), s.name, foldForSearch(s.name), flag(s.engagementRequired), flag(s.active), s.externalId,
      a.line1, a.line2, a.line3, a.postalCode, a.city, a.countryCode?.toUpperCase() ?? null, a.countryLabel,
      s.phone, s.email, importId, now, now,
    ];
  });
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
