import type { Generated } from "kysely";

// Accounts (migration 0003, preferences 0007): users, sessions, tokens, memberships, API clients, audit log.

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

/** A user's mail preferences: new invoices (IMMEDIATE, DAILY digest or OFF), status changes of sent invoices (on/off). */
export interface NotificationPreferenceTable {
  user_id: string;
  new_invoices: string;
  status_changes: number | boolean;
  updated_at: string;
}
