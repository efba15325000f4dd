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
  /** " word word ...": the folded words of the name, for word-prefix filters (0002). */
  search_words: Generated<string>;
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
  // Postal address as the national directory gives it per service (0002).
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

/** One row per (word of a structure's name, structure), keyed in ranking order: the name search index (0002). */
export interface StructureSearchWordTable {
  word: string;
  /** 0 active public, 1 active private, 2 inactive public, 3 inactive private. */
  tier: number;
  name_search: string;
  siret: string;
}


// Accounts (migration 0003): users, sessions, one-time tokens, recovery codes, memberships, API clients, audit log.

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string;
  status: string; // "PENDING" | "ACTIVE" | "DISABLED"
  is_platform_admin: number | boolean;
  totp_secret: string | null;
  totp_pending_secret: string | null;
  totp_enabled: number | boolean;
  totp_last_step: number | null;
  created_at: string;
  activated_at: string | null;
  updated_at: string;
}

export interface SessionTable {
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AccountTokenTable {
  token_hash: string;
  user_id: string;
  purpose: string; // "ACTIVATION" | "RESET" | "EMAIL_CHANGE"
  new_email: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface RecoveryCodeTable {
  id: Generated<number>;
  user_id: string;
  code_hash: string;
  used_at: string | null;
}

export interface MembershipTable {
  id: Generated<number>;
  user_id: string;
  structure_siret: string;
  role: string; // "MANAGER" | "MEMBER" | "AGENT"
  status: string; // "PENDING" | "ACTIVE" | "REFUSED" | "REMOVED"
  all_services: number | boolean;
  service_codes: string; // JSON array of service codes when all_services is false
  message: string | null;
  requested_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface ApiClientTable {
  client_id: string;
  structure_siret: string;
  name: string;
  secret_hash: string;
  role: string;
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  expiry_warned_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

export interface AccessTokenTable {
  token_hash: string;
  client_id: string;
  created_at: string;
  expires_at: string;
}

export interface RateCounterTable {
  key: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  event: string;
  user_id: string | null;
  actor: string | null;
  structure_siret: string | null;
  ip: string | null;
  user_agent: string | null;
  details: string;
  at: string;
}

export interface InvoiceTable {
  id: string;
  status: string;
  status_at: string;
  version: number;
  source: string;
  supplier_siret: string;
  supplier_name: string | null;
  recipient_siret: string;
  recipient_name: string | null;
  service_code: string | null;
  engagement_number: string | null;
  contract_number: string | null;
  framework: string;
  document_type: string;
  number: string;
  number_key: string | null;
  number_year: number | null;
  issue_date: string | null;
  due_date: string | null;
  currency: string;
  total_without_vat: string | null;
  total_vat: string | null;
  total_with_vat: string | null;
  amount_due: string | null;
  amount_due_cents: number | null;
  syntax: string | null;
  profile: string | null;
  original_sha256: string | null;
  data: string;
  findings: string;
  deposited_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface InvoiceEventTable {
  id: Generated<number>;
  invoice_id: string;
  at: string;
  action: string;
  from_status: string | null;
  to_status: string;
  actor_id: string;
  actor_name: string;
  actor_role: string;
  motif: string | null;
  details: string;
}

export interface InvoiceFileTable {
  id: Generated<number>;
  invoice_id: string;
  kind: string;
  sha256: string;
  name: string;
  mime: string;
  size: number;
  created_at: string;
}

export interface IdempotencyKeyTable {
  actor_id: string;
  key: string;
  request_hash: string;
  invoice_id: string;
  created_at: string;
}

export interface OutboxTable {
  id: Generated<number>;
  topic: string;
  aggregate_id: string;
  payload: string;
  created_at: string;
  available_at: string;
  attempts: Generated<number>;
  last_error: string | null;
  locked_until: string | null;
  processed_at: string | null;
}

export interface Database {
  structures: StructureTable;
  services: ServiceTable;
  structure_search_words: StructureSearchWordTable;
  users: UserTable;
  sessions: SessionTable;
  account_tokens: AccountTokenTable;
  recovery_codes: RecoveryCodeTable;
  memberships: MembershipTable;
  api_clients: ApiClientTable;
  access_tokens: AccessTokenTable;
  rate_counters: RateCounterTable;
  audit_log: AuditLogTable;
  invoices: InvoiceTable;
  invoice_events: InvoiceEventTable;
  invoice_files: InvoiceFileTable;
  idempotency_keys: IdempotencyKeyTable;
  outbox: OutboxTable;
  processing_idempotency_keys: ProcessingIdempotencyKeyTable;
  invoice_assignments: InvoiceAssignmentTable;
  webhooks: WebhookTable;
  webhook_deliveries: WebhookDeliveryTable;
  invoice_validations: InvoiceValidationTable;
  draft_reminders: DraftReminderTable;
  notification_preferences: NotificationPreferenceTable;
  notification_mails: NotificationMailTable;
  digest_items: DigestItemTable;
  structure_word_counts: StructureWordCountTable;
  payment_settings: PaymentSettingsTable;
  invoice_notes: InvoiceNoteTable;
}

// Buyer side (migration 0005).
export interface ProcessingIdempotencyKeyTable {
  actor_id: string;
  key: string;
  request_hash: string;
  invoice_id: string;
  response: string;
  created_at: string;
}

export interface InvoiceAssignmentTable {
  invoice_id: string;
  assignee_id: string;
  assignee_name: string;
  assigned_by: string;
  assigned_at: string;
}

export interface WebhookTable {
  id: string;
  structure_siret: string;
  url: string;
  events: string; // JSON array of event types
  secret: string;
  active: number | boolean;
  consecutive_failures: number;
  paused_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveryTable {
  id: Generated<number>;
  webhook_id: string;
  outbox_id: number;
  event: string;
  payload: string;
  status: string; // "PENDING" | "DELIVERED" | "FAILED"
  attempts: number;
  next_attempt_at: string;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: string | null;
  created_at: string;
}

// Invoice follow-ups (migration 0006).
/** The main contractor's validation of a subcontractor's invoice (A9): who validates, until when, what was decided. */
export interface InvoiceValidationTable {
  invoice_id: string;
  validator_siret: string;
  requested_at: string;
  due_at: string;
  decided_at: string | null;
  decision: string | null;
  decided_by: string | null;
}

/** The reminder mailed once for a draft left unsent. */
export interface DraftReminderTable {
  invoice_id: string;
  sent_at: string;
  sent_to: string;
}

// Mail notifications (migration 0007).
/** A user's mail preferences: new invoices (IMMEDIATE, DAILY digest or OFF), status changes of sent invoices (on/off). */
export interface NotificationPreferenceTable {
  user_id: string;
  new_invoices: string;
  status_changes: number | boolean;
  updated_at: string;
}

/** One notification mail, keyed by what it is about, so that it is sent once even when its job runs again. */
export interface NotificationMailTable {
  key: string;
  user_id: string;
  kind: string;
  created_at: string;
  sent_at: string | null;
}

/** A new invoice waiting for a user's daily digest (digest_key set once it is put in one). */
export interface DigestItemTable {
  id: Generated<number>;
  user_id: string;
  outbox_id: number;
  invoice_id: string;
  summary: string;
  created_at: string;
  digest_key: string | null;
}

// Directory search: rows of the word index per word, refreshed at each import (migration 0008).
export interface StructureWordCountTable {
  word: string;
  row_count: number;
}

// The buyer's settings and notes (migration 0009).
/** A public structure's payment clock settings, set by its managers (absent: the directory's delay, from deposit). */
export interface PaymentSettingsTable {
  structure_siret: string;
  delay_days: number;
  from_service_fait: number | boolean;
  updated_by: string;
  updated_at: string;
}

/** An internal note of the buyer on a received invoice: never shown to the supplier. */
export interface InvoiceNoteTable {
  id: Generated<number>;
  invoice_id: string;
  author_id: string;
  author_name: string;
  text: string;
  created_at: string;
}
