import { apiGet, query, type RequestOptions } from "./client";

/** Public or private structure, as the directory says. */
export type StructureKind = "PUBLIQUE" | "PRIVEE";

/** One row of a directory search. */
export interface StructureSummary {
  siret: string;
  siren: string;
  name: string;
  kind: StructureKind;
  active: boolean;
  postalCode: string | null;
  city: string | null;
  serviceCount: number;
}

/** What a depositor must (or may) give for this structure. */
export interface StructureFlags {
  serviceCodeRequired: boolean;
  engagementRequired: boolean;
  serviceOrEngagementRequired: boolean;
  paymentStatusReported: boolean;
  isMoa: boolean;
  isMoaOnly: boolean;
  ediSender: boolean;
  ediReceiver: boolean;
}

export interface PostalAddress {
  line1: string | null;
  line2: string | null;
  line3: string | null;
  postalCode: string | null;
  city: string | null;
  countryCode: string | null;
  countryLabel: string | null;
}

/** A structure's page: the summary plus its flags (with French labels), address and payment delay. */
export interface StructureDetail extends StructureSummary {
  identifierType: string;
  flags: StructureFlags;
  flagLabels: string[];
  address: PostalAddress;
  paymentDelayDays: number | null;
}

/** A service of a structure: the code a depositor writes, its label and what it requires. */
export interface Service {
  code: string;
  name: string;
  active: boolean;
  engagementRequired: boolean;
  paymentStatusReported: boolean;
  validFrom: string | null;
  validTo: string | null;
}

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
