import type { Db } from "../../db/transaction.js";

/** A user's stored preferences row, if any. */
export async function findNotificationPreferences(db: Db, userId: string) {
  return db.selectFrom("notification_preferences").selectAll().where("user_id", "=", userId).executeTakeFirst();
}

/** Writes a user's preferences (insert or replace). */
export async function upsertNotificationPreferences(db: Db, row: { user_id: string; new_invoices: string; status_changes: boolean; updated_at: string }): Promise<void> {
  await db
    .insertInto("notification_preferences")
    .values(row)
    .onConflict((oc) => oc.column("user_id").doUpdateSet({ new_invoices: row.new_invoices, status_changes: row.status_changes, updated_at: row.updated_at }))
    .execute();
}

/** Active users with an active membership in a structure, in the given roles, with their preferences (null: defaults). */
export async function findStructureMembersWithPreferences(db: Db, siret: string, roles: readonly string[]) {
  if (roles.length === 0) return [];
  return db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .leftJoin("notification_preferences as p", "p.user_id", "users.id")
    .select(["users.id as user_id", "users.email", "users.display_name", "memberships.role", "memberships.all_services", "memberships.service_codes", "p.new_invoices", "p.status_changes"])
    .where("memberships.structure_siret", "=", siret)
    .where("memberships.status", "=", "ACTIVE")
    .where("memberships.role", "in", [...roles])
    .where("users.status", "=", "ACTIVE")
    .orderBy("users.id")
    .execute();
}
