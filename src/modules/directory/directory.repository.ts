import { type ExpressionBuilder, type Selectable, sql } from "kysely";
import { bool } from "../../db/database.js";
import type { Database, ServiceTable, StructureTable } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";
import { foldForSearch } from "../../shared/text.js";
import type { Service, Structure, StructureKind } from "./domain/structure.js";

/** A structure with the number of its active services, as search results list it. */
export interface StructureWithCount extends Structure {
  serviceCount: number;
}

/** Counts the active services of the outer query's structure (a correlated subquery, one index probe). */
const activeServiceCount = (eb: ExpressionBuilder<Database, "structures">) =>
  eb
    .selectFrom("services as sv")
    .select((c) => c.fn.countAll<number>().as("n"))
    .whereRef("sv.structure_siret", "=", "structures.siret")
    .where("sv.active", "=", 1)
    .as("service_count");

/** One structure by SIRET, or undefined. */
export async function findStructure(db: Db, siret: string): Promise<StructureWithCount | undefined> {
  const row = await db
    .selectFrom("structures")
    .selectAll()
    .select(activeServiceCount)
    .where("siret", "=", siret)
    .executeTakeFirst();
  return row ? { ...toStructure(row), serviceCount: Number(row.service_count ?? 0) } : undefined;
}

/** The structures with these SIRETs, in the order given (unknown ones skipped). */
export async function findStructures(db: Db, sirets: readonly string[]): Promise<StructureWithCount[]> {
  if (sirets.length === 0) return [];
  const rows = await db
    .selectFrom("structures")
    .selectAll()
    .select(activeServiceCount)
    .where("siret", "in", [...sirets])
    .execute();
  const bySiret = new Map(rows.map((r) => [r.siret, { ...toStructure(r), serviceCount: Number(r.service_count ?? 0) }]));
  return sirets.flatMap((s) => bySiret.get(s) ?? []);
}

/** How many structures the directory holds. */
export async function countStructures(db: Db): Promise<number> {
  const row = await db.selectFrom("structures").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A structure's services, active first then by code; `q` filters on code or label (accents and case ignored). */
export async function findServices(db: Db, siret: string, filter: { q?: string; activeOnly?: boolean } = {}): Promise<Service[]> {
  let query = db.selectFrom("services").selectAll().where("structure_siret", "=", siret);
  if (filter.activeOnly) query = query.where("active", "=", 1);
  const q = filter.q ? foldForSearch(filter.q) : "";
  if (q) {
    // Escape LIKE's wildcards: a user typing "50%" looks for that text.
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`(code_search LIKE ${pattern} ESCAPE '\\' OR name_search LIKE ${pattern} ESCAPE '\\')`);
  }
  const rows = await query.orderBy("active", "desc").orderBy("code").execute();
  return rows.map(toService);
}

/** One service of a structure by its code (exact), or undefined. */
export async function findService(db: Db, siret: string, code: string): Promise<Service | undefined> {
  const row = await db.selectFrom("services").selectAll().where("structure_siret", "=", siret).where("code", "=", code).executeTakeFirst();
  return row ? toService(row) : undefined;
}

/** Maps a structures row to the domain type. */
export function toStructure(row: Selectable<StructureTable>): Structure {
  return {
    siret: row.siret,
    siren: row.siren,
    identifierType: row.identifier_type,
    name: row.name,
    kind: row.kind as StructureKind,
    active: bool(row.active),
    flags: {
      serviceCodeRequired: bool(row.service_code_required),
      engagementRequired: bool(row.engagement_required),
      serviceOrEngagementRequired: bool(row.service_or_engagement_required),
      paymentStatusReported: bool(row.payment_status_reported),
      isMoa: bool(row.is_moa),
      isMoaOnly: bool(row.is_moa_only),
      ediSender: bool(row.edi_sender),
      ediReceiver: bool(row.edi_receiver),
    },
    address: {
      line1: row.address_line1,
      line2: row.address_line2,
      line3: row.address_line3,
      postalCode: row.postal_code,
      city: row.city,
      countryCode: row.country_code,
      countryLabel: row.country_label,
    },
    phone: row.phone,
    email: row.email,
    paymentDelayDays: row.payment_delay_days,
  };
}

function toService(row: Selectable<ServiceTable>): Service {
  return {
    code: row.code,
    name: row.name,
    active: bool(row.active),
    engagementRequired: bool(row.engagement_required),
    paymentStatusReported: bool(row.payment_status_reported),
    validFrom: row.valid_from,
    validTo: row.valid_to,
  };
}
