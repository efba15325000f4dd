import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { requireAccess } from "./access.js";
import type { Actor } from "./actor.js";
import { noticeMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { can } from "./domain/permissions.js";
import { countActiveManagers, findMembership, findMembershipById, listMembershipsOfStructure, updateMembership } from "./membership.repository.js";
import { presentMemberships, type MembershipView } from "./membership.presenter.js";
import { type RoleChoice, resolveRoleChoice } from "./membership-rules.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { findStructureSummary } from "./structure.repository.js";
import { findUserById } from "./user.repository.js";

/** The users of a structure (managers also see pending requests). */
export async function listStructureUsers(deps: Deps, actor: Actor, siret: string): Promise<MembershipView[]> {
  const db = deps.database.db;
  const access = await requireAccess(db, actor, siret, "structure.read");
  const statuses = can(access.role, "structure.manage_users") ? (["ACTIVE", "PENDING"] as const) : (["ACTIVE"] as const);
  return presentMemberships(db, await listMembershipsOfStructure(db, siret, [...statuses]));
}

async function activeMembershipOf(deps: Deps, siret: string, userId: string) {
  const membership = await findMembership(deps.database.db, userId, siret);
  if (membership?.status !== "ACTIVE") throw appError("NOT_FOUND", { field: "userId" }, "Cet utilisateur n'est pas rattaché à cette structure.");
  return membership;
}

/** A manager changes a user's role or services; the last manager cannot be demoted. */
export async function updateStructureUser(deps: Deps, actor: Actor, siret: string, userId: string, choice: RoleChoice, origin: RequestOrigin): Promise<void> {
  const db = deps.database.db;
  await requireAccess(db, actor, siret, "structure.manage_users");
  const membership = await activeMembershipOf(deps, siret, userId);
  const structure = await findStructureSummary(db, siret);
  if (!structure) throw appError("STRUCTURE_NOT_FOUND");
  await runInTransaction(db, async ({ trx }) => {
    const columns = await resolveRoleChoice(trx, structure, choice, membership);
    if (membership.role === "MANAGER" && columns.role !== "MANAGER" && (await countActiveManagers(trx, siret)) <= 1) throw appError("LAST_MANAGER");
    await updateMembership(trx, Number(membership.id), columns);
    await audit(trx, deps, origin, { event: "membership.role_changed", userId, actor: actor.kind === "user" ? actor.userId : null, structureSiret: siret, details: { from: membership.role, to: columns.role } });
  });
}

/** A manager removes a user from the structure; the last manager cannot be removed. */
export async function removeStructureUser(deps: Deps, actor: Actor, siret: string, userId: string, origin: RequestOrigin): Promise<void> {
  const db = deps.database.db;
  await requireAccess(db, actor, siret, "structure.manage_users");
  const membership = await activeMembershipOf(deps, siret, userId);
  await runInTransaction(db, async ({ trx }) => {
    if (membership.role === "MANAGER" && (await countActiveManagers(trx, siret)) <= 1) throw appError("LAST_MANAGER");
    await updateMembership(trx, Number(membership.id), { status: "REMOVED", decided_at: deps.clock.now().toISOString(), decided_by: actor.kind === "user" ? actor.userId : null });
    await audit(trx, deps, origin, { event: "membership.removed", userId, actor: actor.kind === "user" ? actor.userId : null, structureSiret: siret });
  });
  const [user, structure] = await Promise.all([findUserById(db, userId), findStructureSummary(db, siret)]);
  if (user && structure) sendInBackground(deps, noticeMail(brandOf(deps), user.email, "rattachement retiré", `Vous n'êtes plus rattaché(e) à ${structure.name} (SIRET ${siret}).`));
}

/**
 * The caller leaves a structure (or cancels its pending request). The last manager must name a successor among the
 * structure's active users, who becomes manager in the same transaction.
 */
export async function leaveStructure(deps: Deps, actor: Actor, membershipId: number, input: { successorUserId?: string | undefined }, origin: RequestOrigin): Promise<void> {
  if (actor.kind !== "user") throw appError("FORBIDDEN");
  const db = deps.database.db;
  const membership = await findMembershipById(db, membershipId);
  if (!membership || membership.user_id !== actor.userId || (membership.status !== "ACTIVE" && membership.status !== "PENDING")) {
    throw appError("NOT_FOUND", { field: "id" }, "Rattachement introuvable.");
  }
  const siret = membership.structure_siret;
  await runInTransaction(db, async ({ trx }) => {
    if (membership.status === "ACTIVE" && membership.role === "MANAGER" && (await countActiveManagers(trx, siret)) <= 1) {
      if (!input.successorUserId) throw appError("LAST_MANAGER", { field: "successorUserId" });
      const successor = await findMembership(trx, input.successorUserId, siret);
      if (successor?.status !== "ACTIVE" || successor.user_id === actor.userId) {
        throw appError("NOT_FOUND", { field: "successorUserId" }, "Le successeur doit être un utilisateur actif de la structure.");
      }
      await updateMembership(trx, Number(successor.id), { role: "MANAGER", all_services: 1, service_codes: "[]" });
      await audit(trx, deps, origin, { event: "membership.role_changed", userId: successor.user_id, actor: actor.userId, structureSiret: siret, details: { to: "MANAGER", reason: "successor" } });
    }
    await updateMembership(trx, membershipId, { status: "REMOVED", decided_at: deps.clock.now().toISOString(), decided_by: actor.userId });
    await audit(trx, deps, origin, { event: membership.status === "PENDING" ? "membership.cancelled" : "membership.left", userId: actor.userId, structureSiret: siret });
  });
}
