import type { Deps } from "../../deps.js";
import { bool } from "../../db/database.js";
import { appError } from "../../shared/errors.js";
import type { Actor } from "./actor.js";
import { listAuditEvents } from "./audit.repository.js";
import { listMembershipsOfUser } from "./membership.repository.js";
import { type MembershipView, presentMemberships } from "./membership.presenter.js";
import { countRecoveryCodesLeft } from "./recovery-code.repository.js";
import { findUserById, updateUser } from "./user.repository.js";

/** The signed-in user as the front sees it. */
export interface MeView {
  id: string;
  email: string;
  displayName: string;
  platformAdmin: boolean;
  totpEnabled: boolean;
  /** True when the platform requires 2FA for managers and this user manages something without it. */
  totpRequired: boolean;
  recoveryCodesLeft: number;
  memberships: MembershipView[];
}

/** The caller's account, memberships (all statuses) and 2FA state. */
export async function getMe(deps: Deps, actor: Actor): Promise<MeView> {
  if (actor.kind !== "user") throw appError("FORBIDDEN", {}, "Cette ressource concerne une personne connectée, pas des identifiants d'API.");
  const db = deps.database.db;
  const user = await findUserById(db, actor.userId);
  if (!user) throw appError("UNAUTHENTICATED");
  const memberships = await presentMemberships(db, (await listMembershipsOfUser(db, user.id)).filter((m) => m.status !== "REMOVED"));
  const managesSomething = bool(user.is_platform_admin) || memberships.some((m) => m.status === "ACTIVE" && m.role === "MANAGER");
  return {
    id: user.id,
    email: user.email,
    displayName: user.display_name,
    platformAdmin: bool(user.is_platform_admin),
    totpEnabled: bool(user.totp_enabled),
    totpRequired: deps.config.require2faForManagers && managesSomething && !bool(user.totp_enabled),
    recoveryCodesLeft: await countRecoveryCodesLeft(db, user.id),
    memberships,
  };
}

/** The caller's recent account events (what, when, from where). */
export async function listMyEvents(deps: Deps, actor: Actor) {
  if (actor.kind !== "user") throw appError("FORBIDDEN");
  const rows = await listAuditEvents(deps.database.db, { userId: actor.userId }, 30);
  return rows.map((r) => ({ event: r.event, at: r.at, ip: r.ip, userAgent: r.user_agent, structureSiret: r.structure_siret }));
}

/** Changes the caller's display name. */
export async function updateMyName(deps: Deps, actor: Actor, displayName: string): Promise<MeView> {
  if (actor.kind !== "user") throw appError("FORBIDDEN");
  await updateUser(deps.database.db, actor.userId, { display_name: displayName, updated_at: deps.clock.now().toISOString() });
  return getMe(deps, actor);
}
