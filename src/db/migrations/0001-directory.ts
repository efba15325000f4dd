import type { Kysely } from "kysely";
import { withSerialId } from "./helpers.js";

// Frozen: never edit a migration that has shipped; add a new one.

// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day, not today's.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("structures")
    .addColumn("siret", "varchar(14)", (c) => c.primaryKey())
    .addColumn("siren", "varchar(9)", (c) => c.notNull())
    .addColumn("identifier_type", "varchar(20)", (c) => c.notNull().defaultTo("SIRET"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_search", "text", (c) => c.notNull())
    .addColumn("kind", "varchar(10)", (c) => c.notNull())
    .addColumn("service_code_required", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("engagement_required", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("service_or_engagement_required", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("payment_status_reported", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_moa", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("is_moa_only", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("edi_sender", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("edi_receiver", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("address_line1", "text")
    .addColumn("address_line2", "text")
    .addColumn("address_line3", "text")
    .addColumn("postal_code", "varchar(16)")
    .addColumn("city", "text")
    .addColumn("country_code", "varchar(2)")
    .addColumn("country_label", "text")
    .addColumn("phone", "varchar(40)")
    .addColumn("email", "text")
    .addColumn("payment_delay_days", "integer", (c) => c.notNull().defaultTo(30))
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("structures_siren_idx").on("structures").column("siren").execute();
  await db.schema.createIndex("structures_name_search_idx").on("structures").column("name_search").execute();

  await withSerialId(db, db.schema.createTable("services"))
    .addColumn("structure_siret", "varchar(14)", (c) => c.notNull().references("structures.siret"))
    .addColumn("code", "varchar(100)", (c) => c.notNull())
    .addColumn("code_search", "varchar(100)", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_search", "text", (c) => c.notNull())
    .addColumn("engagement_required", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("payment_status_reported", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("valid_from", "varchar(10)")
    .addColumn("valid_to", "varchar(10)")
    .addColumn("external_id", "varchar(40)")
    .addColumn("created_at", "varchar(32)", (c) => c.notNull())
    .addColumn("updated_at", "varchar(32)", (c) => c.notNull())
    .addUniqueConstraint("services_structure_code_uq", ["structure_siret", "code"])
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: see up().
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("services").execute();
  await db.schema.dropTable("structures").execute();
}
