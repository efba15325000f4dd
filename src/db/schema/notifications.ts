import type { Generated } from "kysely";

// The outbox (migration 0004) and the notification mails it leads to (migration 0007).

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
