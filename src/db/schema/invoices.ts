import type { Generated } from "kysely";

// Invoices (migrations 0004, 0006, 0009): invoices, their events and files, idempotency, A9 validations,
// draft reminders, the payment clock settings the invoices module reads.

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

/** A public structure's payment clock settings, set by its managers (absent: the directory's delay, from deposit). */
export interface PaymentSettingsTable {
  structure_siret: string;
  delay_days: number;
  from_service_fait: number | boolean;
  updated_by: string;
  updated_at: string;
}
