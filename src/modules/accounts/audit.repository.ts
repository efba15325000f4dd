import type { Selectable } from "kysely";
import type { Db } from "../../db/transaction.js";
import type { AuditLogTable } from "../../db/schema.js";

export type AuditRow = Selectable<AuditLogTable>;

/** Where a request came from, recorded with each account event. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

/** One account event to record. */
export interface AuditEvent {
  event: string;
  userId?: string | null;
  actor?: string | null;
  structureSiret?: string | null;
  details?: Record<string, unknown>;
}

/** Appends an event to the audit log. */
export async function insertAuditEvent(db: Db, event: AuditEvent, origin: RequestOrigin, at: string): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      event: event.event,
      user_id: event.userId ?? null,
      actor: event.actor ?? null,
      structure_siret: event.structureSiret ?? null,
      ip: origin.ip,
      user_agent: origin.userAgent ? origin.userAgent.slice(0, 500) : null,
      details: JSON.stringify(event.details ?? {}),
      at,
    })
    .execute();
}

/** The latest events of a user, or of a structure, newest first. */
export async function listAuditEvents(db: Db, filter: { userId?: string; structureSiret?: string }, limit = 50): Promise<AuditRow[]> {
  let query = db.selectFrom("audit_log").selectAll();
  if (filter.userId) query = query.where("user_id", "=", filter.userId);
  if (filter.structureSiret) query = query.where("structure_siret", "=", filter.structureSiret);
  return query.orderBy("id", "desc").limit(limit).execute();
}
