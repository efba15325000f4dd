import type { Db } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { findStructures, type StructureWithCount } from "./directory.repository.js";
import { findSiretsByIdentifierPrefix, findSiretsByWords } from "./directory-search.repository.js";
import { parseSearchQuery } from "./domain/search-query.js";

/**
 * Searches the directory (public: no access check): `q` is a SIRET/SIREN prefix (3+ digits, spaces ignored) or words
 * of the name (3+ characters, accents and case ignored). Active structures come first, then public ones.
 */
export async function searchStructures(db: Db, q: string, limit: number): Promise<StructureWithCount[]> {
  const query = parseSearchQuery(q);
  if (!query) throw appError("SEARCH_TOO_SHORT", { field: "q" });
  const sirets = query.kind === "identifier" ? await findSiretsByIdentifierPrefix(db, query.prefix, limit) : await findSiretsByWords(db, query.words, limit);
  return findStructures(db, sirets);
}
