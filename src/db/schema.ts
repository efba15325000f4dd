import type { Generated } from "kysely";

// One XxxTable type per table. Timestamps are ISO-8601 UTC strings and booleans 0/1 or true/false (read with bool()),
// so that the same repository code runs on SQLite and PostgreSQL. Each module appends its tables here.

export interface StructureTable {
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
  address_line1: string | null;
  address_line2: string | null;
  address_line3: string | null;
  postal_code: string | null;
  city: string | null;
  country_code: string | null;
  country_label: string | null;
  phone: string | null;
  email: string | null;
  payment_delay_days: number;
  created_at: string;
  updated_at: string;
}

export interface ServiceTable {
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

export interface Database {
  structures: StructureTable;
  services: ServiceTable;
}
