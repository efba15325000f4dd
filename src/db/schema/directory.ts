import type { Generated } from "kysely";

// The directory (migrations 0001, 0002, 0008): structures, their services, the name search index and its word counts.

/** The postal address and contact columns the national directory gives for a structure and for each service (0002). */
export interface DirectoryAddressColumns {
  address_line1: string | null;
  address_line2: string | null;
  address_line3: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: string | null;
  country_label: string | null;
  phone: string | null;
  email: string | null;
}

export interface StructureTable extends DirectoryAddressColumns {
  siret: string;
  siren: string;
  identifier_type: string;
  name: string;
  name_search: string;
  kind: string; // "PUBLIQUE" | "PRIVEE"
  service_code_required: number | boolean;
  engagement_required: number | boolean;
  service_or_engagement_required: number | boolean;
  payment_status_reported: number | boolean;
  is_moa: number | boolean;
  is_moa_only: number | boolean;
  edi_sender: number | boolean;
  edi_receiver: number | boolean;
  active: number | boolean;
  payment_delay_days: number;
  created_at: string;
  updated_at: string;
  /** " word word ...": the folded words of the name, for word-prefix filters (0002). */
  search_words: Generated<string>;
}

export interface ServiceTable extends DirectoryAddressColumns {
  id: Generated<number>;
  structure_siret: string;
  code: string;
  code_search: string;
  name: string;
  name_search: string;
  engagement_required: number | boolean;
  payment_status_reported: number | boolean;
  active: number | boolean;
  valid_from: string | null;
  valid_to: string | null;
  external_id: string | null;
  created_at: string;
  updated_at: string;
}

/** One row per (word of a structure's name, structure), keyed in ranking order: the name search index (0002). */
export interface StructureSearchWordTable {
  word: string;
  /** 0 active public, 1 active private, 2 inactive public, 3 inactive private. */
  tier: number;
  name_search: string;
  siret: string;
}

export interface StructureWordCountTable {
  word: string;
  row_count: number;
}
