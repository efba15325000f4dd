import type { ServiceTable, StructureSearchWordTable, StructureTable, StructureWordCountTable } from "./schema/directory.js";
import type { AccessTokenTable, AccountTokenTable, ApiClientTable, AuditLogTable, MembershipTable, NotificationPreferenceTable, RateCounterTable, RecoveryCodeTable, SessionTable, UserTable } from "./schema/accounts.js";
import type { DraftReminderTable, IdempotencyKeyTable, InvoiceEventTable, InvoiceFileTable, InvoiceTable, InvoiceValidationTable, PaymentSettingsTable } from "./schema/invoices.js";
import type { DigestItemTable, NotificationMailTable, OutboxTable } from "./schema/notifications.js";
import type { InvoiceAssignmentTable, InvoiceNoteTable, ProcessingIdempotencyKeyTable, WebhookDeliveryTable, WebhookTable } from "./schema/buyer.js";
import type { StoredFileTable } from "./schema/storage.js";

// One XxxTable type per table, kept per area in schema/. Timestamps are ISO-8601 UTC strings and booleans 0/1 or
// true/false (read with bool()), so that the same repository code runs on SQLite and PostgreSQL. A module adds its
// tables to its area's file (or a new one) and to Database below.

export type { ServiceTable, StructureSearchWordTable, StructureTable, StructureWordCountTable } from "./schema/directory.js";
export type { AccessTokenTable, AccountTokenTable, ApiClientTable, AuditLogTable, MembershipTable, NotificationPreferenceTable, RateCounterTable, RecoveryCodeTable, SessionTable, UserTable } from "./schema/accounts.js";
export type { DraftReminderTable, IdempotencyKeyTable, InvoiceEventTable, InvoiceFileTable, InvoiceTable, InvoiceValidationTable, PaymentSettingsTable } from "./schema/invoices.js";
export type { DigestItemTable, NotificationMailTable, OutboxTable } from "./schema/notifications.js";
export type { InvoiceAssignmentTable, InvoiceNoteTable, ProcessingIdempotencyKeyTable, WebhookDeliveryTable, WebhookTable } from "./schema/buyer.js";
export type { StoredFileTable } from "./schema/storage.js";

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
  stored_files: StoredFileTable;
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
