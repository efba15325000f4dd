import type { Generated } from "kysely";

// The buyer side (migrations 0005, 0009): processing idempotency, assignment, webhooks and deliveries, internal notes.

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

/** An internal note of the buyer on a received invoice: never shown to the supplier. */
export interface InvoiceNoteTable {
  id: Generated<number>;
  invoice_id: string;
  author_id: string;
  author_name: string;
  text: string;
  created_at: string;
}
