// The directory's response types come straight from the server's zod schemas (type-only: nothing of zod reaches the
// bundle), so a change to the contract breaks `npm run typecheck` here instead of the page at run time.
import type * as Contract from "../../../src/modules/directory/directory.schemas";
import { apiGet, query, type RequestOptions } from "./client";

/** Public or private structure, as the directory says. */
export type StructureKind = Contract.StructureKind;
/** One row of a directory search. */
export type StructureSummary = Contract.StructureSummary;
/** What a depositor must (or may) give for this structure. */
export type StructureFlags = Contract.StructureFlags;
export type PostalAddress = Contract.PostalAddress;
/** A structure's page: the summary plus its flags (with French labels), address and payment delay. */
export type StructureDetail = Contract.StructureDetail;
/** A service of a structure: the code a depositor writes, its label and what it requires. */
export type Service = Contract.Service;

/** Shortest search the API accepts (shorter gets 400 SEARCH_TOO_SHORT). */
export const MIN_SEARCH_LENGTH = 3;

/** Searches structures by SIRET, SIREN or name. */
export function searchStructures(q: string, limit = 50, options?: RequestOptions): Promise<{ items: StructureSummary[] }> {
  return apiGet(`/api/v1/structures${query({ q, limit })}`, options);
}

/** One structure by SIRET (400 SIRET_INVALID_*, 404 STRUCTURE_NOT_FOUND). */
export function getStructure(siret: string, options?: RequestOptions): Promise<StructureDetail> {
  return apiGet(`/api/v1/structures/${encodeURIComponent(siret)}`, options);
}

/** A structure's services, optionally filtered on the server. */
export function listServices(siret: string, filter: { q?: string; activeOnly?: boolean } = {}, options?: RequestOptions): Promise<{ items: Service[] }> {
  return apiGet(`/api/v1/structures/${encodeURIComponent(siret)}/services${query(filter)}`, options);
}
