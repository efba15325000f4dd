import type { Db } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { assertSiret } from "../../shared/siret.js";
import { findStructure, type StructureWithCount } from "./directory.repository.js";

/** One structure by SIRET (public: no access check); 400 SIRET_INVALID_* when malformed, 404 when unknown. */
export async function getStructure(db: Db, siret: string): Promise<StructureWithCount> {
  assertSiret(siret, "siret");
  const structure = await findStructure(db, siret);
  if (!structure) throw appError("STRUCTURE_NOT_FOUND", { field: "siret", value: siret });
  return structure;
}
