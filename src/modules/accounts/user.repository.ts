import type { Selectable, Updateable } from "kysely";
import type { Db } from "../../db/transaction.js";
import type { UserTable } from "../../db/schema.js";

export type UserRow = Selectable<UserTable>;

/** The user with this (normalised) e-mail, if any. */
export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

/** The user with this id, if any. */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Inserts a new user row. */
export async function insertUser(db: Db, row: UserRow): Promise<void> {
  await db.insertInto("users").values(row).execute();
}

/** Updates some columns of a user. */
export async function updateUser(db: Db, id: string, changes: Updateable<UserTable>): Promise<void> {
  await db.updateTable("users").set(changes).where("id", "=", id).execute();
}

/** Users by id (for presenting members and deciders). */
export async function findUsersByIds(db: Db, ids: string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom("users").selectAll().where("id", "in", ids).execute();
}
