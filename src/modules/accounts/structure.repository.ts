import type { Db } from "../../db/transaction.js";
import { upsertPrivateStructure } from "../directory/index.js";

// What accounts reads of the directory: a structure's kind and name, and its service codes. Reads go straight to the
// directory's tables (the directory's index.ts has no list of service codes); writes go through the directory.

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

/** Creates a private structure (a supplier's company) through the directory, which also indexes it for search. */
export async function insertPrivateStructure(db: Db, input: PrivateStructureInput, at: string): Promise<void> {
  await upsertPrivateStructure(db, { siret: input.siret, name: input.name, address: { line1: input.addressLine1, postalCode: input.postalCode, city: input.city, countryCode: input.countryCode } }, at);
}
