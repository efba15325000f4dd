import type { Db } from "../../db/transaction.js";
import { findServices } from "./directory.repository.js";
import type { Service } from "./domain/structure.js";
import { getStructure } from "./get-structure.js";

/** A structure's services, optionally filtered by code or label and to active ones (public: no access check). */
export async function listServices(db: Db, siret: string, filter: { q?: string; activeOnly?: boolean }): Promise<Service[]> {
  await getStructure(db, siret);
  return findServices(db, siret, filter);
}
