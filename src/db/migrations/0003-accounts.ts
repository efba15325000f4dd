import type { Kysely } from "kysely";
import { withSerialId } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.
// Accounts, sessions, one-time tokens, 2FA recovery codes, memberships (rattachement), API clients, audit log.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "varchar(36)", (c) => c.primaryKey())
    .addColumn("email", "varchar(254)", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("is_platform_admin", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("totp_secret", "varchar(64)")
    .addColumn("totp_pending_secret", "varchar(64)")
    .addColumn("totp_enabled", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("totp_last_step", "integer")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("activated_at", "varchar(32)")
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id_hash", "varchar(64)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("last_seen_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .addColumn("ip", "varchar(64)")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("account_tokens")
    .addColumn("token_hash", "varchar(64)", (c) => c.primaryKey())
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("purpose", "varchar(20)", (c) => c.notNull())
    .addColumn("new_email", "varchar(254)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .addColumn("used_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("account_tokens_user_idx").on("account_tokens").columns(["user_id", "purpose"]).execute();

  await withSerialId(db, db.schema.createTable("recovery_codes"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("code_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("used_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("recovery_codes_user_idx").on("recovery_codes").column("user_id").execute();

  await withSerialId(db, db.schema.createTable("memberships"))
    .addColumn("user_id", "varchar(36)", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("structure_siret", "varchar(14)", (c) => c.notNull().references("structures.siret"))
    .addColumn("role", "varchar(16)", (c) => c.notNull())
    .addColumn("status", "varchar(16)", (c) => c.notNull())
    .addColumn("all_services", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("service_codes", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("message", "text")
    .addColumn("requested_at", "varchar(32)", (c) => c.notNull())
    .addColumn("decided_at", "varchar(32)")
    .addColumn("decided_by", "varchar(36)")
    .addUniqueConstraint("memberships_user_structure_uq", ["user_id", "structure_siret"])
    .execute();
  await db.schema.createIndex("memberships_structure_idx").on("memberships").columns(["structure_siret", "status"]).execute();

  await db.schema
    .createTable("api_clients")
    .addColumn("client_id", "varchar(64)", (c) => c.primaryKey())
    .addColumn("structure_siret", "varchar(14)", (c) => c.notNull().references("structures.siret"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("secret_hash", "varchar(64)", (c) => c.notNull())
    .addColumn("role", "varchar(16)", (c) => c.notNull())
    .addColumn("created_by", "varchar(36)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)")
    .addColumn("expiry_warned_at", "varchar(32)")
    .addColumn("revoked_at", "varchar(32)")
    .addColumn("last_used_at", "varchar(32)")
    .execute();
  await db.schema.createIndex("api_clients_structure_idx").on("api_clients").column("structure_siret").execute();

  await db.schema
    .createTable("access_tokens")
    .addColumn("token_hash", "varchar(64)", (c) => c.primaryKey())
    .addColumn("client_id", "varchar(64)", (c) => c.notNull().references("api_clients.client_id").onDelete("cascade"))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("expires_at", "varchar(32)", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("rate_counters")
    .addColumn("key", "varchar(128)", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("window_start", "varchar(32)", (c) => c.notNull())
    .addColumn("locked_until", "varchar(32)")
    .execute();

  await withSerialId(db, db.schema.createTable("audit_log"))
    .addColumn("event", "varchar(48)", (c) => c.notNull())
    .addColumn("user_id", "varchar(36)")
    .addColumn("actor", "text")
    .addColumn("structure_siret", "varchar(14)")
    .addColumn("ip", "varchar(64)")
    .addColumn("user_agent", "text")
    .addColumn("details", "text", (c) => c.notNull().defaultTo("{}"))
    .addColumn("at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_log_user_idx").on("audit_log").columns(["user_id", "at"]).execute();
  await db.schema.createIndex("audit_log_structure_idx").on("audit_log").columns(["structure_siret", "at"]).execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["audit_log", "rate_counters", "access_tokens", "api_clients", "memberships", "recovery_codes", "account_tokens", "sessions", "users"]) {
    await db.schema.dropTable(table).execute();
  }
}
