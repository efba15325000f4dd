import { bool } from "../../db/database.js";
import type { Db } from "../../db/transaction.js";
import { toStructure } from "./directory.repository.js";
import type { ServiceRecord } from "./domain/service-line.js";
import type { Structure } from "./domain/structure.js";

// Reads for the export, page by page in key order (keyset pagination: each page starts after the last key seen), so
// that exporting the national directory never holds it all in memory.

/** The next page of public structures after `afterSiret`, by SIRET. */
export async function findPublicStructuresAfter(db: Db, afterSiret: string, limit: number): Promise<Structure[]> {
  const rows = await db.selectFrom("structures").selectAll().where("kind", "=", "PUBLIQUE").where("siret", ">", afterSiret).orderBy("siret").limit(limit).execute();
  return rows.map(toStructure);
}

/** A service with its structure's name, as the services file writes it. */
export interface ExportedService extends ServiceRecord {
  structureName: string;
}

/** The next page of services of public structures after the key (SIRET, code). */
export async function findPublicServicesAfter(db: Db, after: { siret: string; code: string }, limit: number): Promise<ExportedService[]> {
  const rows = await db
    .selectFrom("services as sv")
    .innerJoin("structures as st", "st.siret", "sv.structure_siret")
    .selectAll("sv")
    .select("st.name as structure_name")
    .where("st.kind", "=", "PUBLIQUE")
    .where((eb) => eb.or([eb("sv.structure_siret", ">", after.siret), eb.and([eb("sv.structure_siret", "=", after.siret), eb("sv.code", ">", after.code)])]))
    .orderBy("sv.structure_siret")
    .orderBy("sv.code")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    siret: r.structure_siret,
    structureName: r.structure_name,
    externalId: r.external_id,
    code: r.code,
    name: r.name,
    engagementRequired: bool(r.engagement_required),
    active: bool(r.active),
    address: {
      line1: r.address_line1,
      line2: r.address_line2,
      line3: r.address_line3,
      postalCode: r.postal_code,
      city: r.city,
      countryCode: r.country_code,
      countryLabel: r.country_label,
    },
    phone: r.phone,
    email: r.email,
  }));
}
