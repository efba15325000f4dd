import type { Selectable } from "kysely";
import type { Db } from "../../db/transaction.js";
import type { SessionTable } from "../../db/schema.js";

export type SessionRow = Selectable<SessionTable>;

/** Stores a new session (by the hash of its id). */
export async function insertSession(db: Db, row: SessionRow): Promise<void> {
  await db.insertInto("sessions").values(row).execute();
}

/** The session whose id hashes to `idHash`, if any. */
export async function findSession(db: Db, idHash: string): Promise<SessionRow | undefined> {
  return db.selectFrom("sessions").selectAll().where("id_hash", "=", idHash).executeTakeFirst();
}

/** Slides a session's expiry. */
export async function updateSessionSeen(db: Db, idHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where("id_hash", "=", idHash).execute();
}

/** Deletes one session. */
export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("id_hash", "=", idHash).execute();
}

/** Deletes every session of a user ("log out everywhere", password change); returns how many. */
export async function deleteUserSessions(db: Db, userId: string, exceptIdHash?: string): Promise<number> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (exceptIdHash) query = query.where("id_hash", "!=", exceptIdHash);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The active sessions of a user, newest first. */
export async function listUserSessions(db: Db, userId: string, now: string): Promise<SessionRow[]> {
  return db.selectFrom("sessions").selectAll().where("user_id", "=", userId).where("expires_at", ">", now).orderBy("last_seen_at", "desc").execute();
}
