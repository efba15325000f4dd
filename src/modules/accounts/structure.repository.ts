import type { Db } from "../../db/transaction.js";
import { foldForSearch } from "../../shared/text.js";

// A minimal read/write of the directory's `structures` and `services` tables, kept here because the directory module
// did not export these functions yet when accounts was written. Swap for the directory's index.ts when it does.

/** What accounts needs to know about a structure. */
export interface StructureSummary {
  siret: string;
  name: string;
  kind: "PUBLIQUE" | "PRIVEE";
  active: boolean;
}

/** The structure with this SIRET, if any. */
export async function findStructureSummary(db: Db, siret: string): Promise<StructureSummary | undefined> {
  const row = await db.selectFrom("structures").select(["siret", "name", "kind", "active"]).where("siret", "=", siret).executeTakeFirst();
  if (!row) return undefined;
  return { siret: row.siret, name: row.name, kind: row.kind === "PUBLIQUE" ? "PUBLIQUE" : "PRIVEE", active: row.active === true || row.active === 1 };
}

/** Structures by SIRET. */
export async function findStructureSummaries(db: Db, sirets: string[]): Promise<StructureSummary[]> {
  if (sirets.length === 0) return [];
  const rows = await db.selectFrom("structures").select(["siret", "name", "kind", "active"]).where("siret", "in", sirets).execute();
  return rows.map((row) => ({ siret: row.siret, name: row.name, kind: row.kind === "PUBLIQUE" ? "PUBLIQUE" : "PRIVEE", active: row.active === true || row.active === 1 }));
}

/** The service codes of a structure (active or not). */
export async function findServiceCodes(db: Db, siret: string): Promise<string[]> {
  const rows = await db.selectFrom("services").select("code").where("structure_siret", "=", siret).execute();
  return rows.map((r) => r.code);
}

/** A private company's postal address, as typed by its first user. */
export interface PrivateStructureInput {
  siret: string;
  name: string;
  addressLine1: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode: string;
}

/** Creates a private structure (a supplier's company). */
export async function insertPrivateStructure(db: Db, input: PrivateStructureInput, at: string): Promise<void> {
  await db
    .insertInto("structures")
    .values({
      siret: input.siret,
      siren: input.siret.slice(0, 9),
      identifier_type: "SIRET",
      name: input.name,
      name_search: foldForSearch(input.name),
      kind: "PRIVEE",
      service_code_required: 0,
      engagement_required: 0,
      service_or_engagement_required: 0,
      payment_status_reported: 0,
      is_moa: 0,
      is_moa_only: 0,
      edi_sender: 0,
      edi_receiver: 0,
      active: 1,
      address_line1: input.addressLine1,
      address_line2: null,
      address_line3: null,
      postal_code: input.postalCode,
      city: input.city,
      country_code: input.countryCode,
      country_label: null,
      phone: null,
      email: null,
      payment_delay_days: 30,
      created_at: at,
      updated_at: at,
    })
    .execute();
}
