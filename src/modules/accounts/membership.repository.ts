import type { Selectable, Updateable } from "kysely";
import type { Db } from "../../db/transaction.js";
import type { MembershipTable } from "../../db/schema.js";

export type MembershipRow = Selectable<MembershipTable>;
export type MembershipStatus = "PENDING" | "ACTIVE" | "REFUSED" | "REMOVED";

/** The membership row of a user in a structure (any status), if any. */
export async function findMembership(db: Db, userId: string, siret: string): Promise<MembershipRow | undefined> {
  return db.selectFrom("memberships").selectAll().where("user_id", "=", userId).where("structure_siret", "=", siret).executeTakeFirst();
}

/** The membership row with this id, if any. */
export async function findMembershipById(db: Db, id: number): Promise<MembershipRow | undefined> {
  return db.selectFrom("memberships").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts a membership and returns its id. */
export async function insertMembership(db: Db, row: Omit<MembershipRow, "id">): Promise<number> {
  const inserted = await db.insertInto("memberships").values(row).returning("id").executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** Updates a membership. */
export async function updateMembership(db: Db, id: number, changes: Updateable<MembershipTable>): Promise<void> {
  await db.updateTable("memberships").set(changes).where("id", "=", id).execute();
}

/** Every membership of a user, optionally of some statuses. */
export async function listMembershipsOfUser(db: Db, userId: string, statuses?: MembershipStatus[]): Promise<MembershipRow[]> {
  let query = db.selectFrom("memberships").selectAll().where("user_id", "=", userId);
  if (statuses) query = query.where("status", "in", statuses);
  return query.orderBy("id").execute();
}

/** Every membership in a structure, optionally of some statuses. */
export async function listMembershipsOfStructure(db: Db, siret: string, statuses?: MembershipStatus[]): Promise<MembershipRow[]> {
  let query = db.selectFrom("memberships").selectAll().where("structure_siret", "=", siret);
  if (statuses) query = query.where("status", "in", statuses);
  return query.orderBy("id").execute();
}

/** Pending requests in the given structures. */
export async function listPendingInStructures(db: Db, sirets: string[]): Promise<MembershipRow[]> {
  if (sirets.length === 0) return [];
  return db.selectFrom("memberships").selectAll().where("structure_siret", "in", sirets).where("status", "=", "PENDING").orderBy("id").execute();
}

/** How many active managers a structure has. */
export async function countActiveManagers(db: Db, siret: string): Promise<number> {
  const row = await db
    .selectFrom("memberships")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("structure_siret", "=", siret)
    .where("status", "=", "ACTIVE")
    .where("role", "=", "MANAGER")
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** E-mail addresses of a structure's active managers. */
export async function findManagerEmails(db: Db, siret: string): Promise<string[]> {
  const rows = await db
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select("users.email")
    .where("memberships.structure_siret", "=", siret)
    .where("memberships.status", "=", "ACTIVE")
    .where("memberships.role", "=", "MANAGER")
    .where("users.status", "=", "ACTIVE")
    .execute();
  return rows.map((r) => r.email);
}
