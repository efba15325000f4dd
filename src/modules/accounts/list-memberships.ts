import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import { listAccessibleStructures } from "./access.js";
import type { Actor } from "./actor.js";
import { listMembershipsOfUser, listPendingInStructures } from "./membership.repository.js";
import { type MembershipView, presentMemberships } from "./membership.presenter.js";

/** The caller's own memberships and requests (removed ones excluded). */
export async function listMyMemberships(deps: Deps, actor: Actor): Promise<MembershipView[]> {
  if (actor.kind !== "user") throw appError("FORBIDDEN");
  const rows = await listMembershipsOfUser(deps.database.db, actor.userId);
  return presentMemberships(deps.database.db, rows.filter((r) => r.status !== "REMOVED"));
}

/** Requests waiting for the caller's decision: pending ones in every structure it manages. */
export async function listRequestsToApprove(deps: Deps, actor: Actor): Promise<MembershipView[]> {
  const managed = await listAccessibleStructures(deps.database.db, actor, "structure.manage_users");
  const rows = await listPendingInStructures(deps.database.db, managed.map((a) => a.structureSiret));
  return presentMemberships(deps.database.db, rows);
}
