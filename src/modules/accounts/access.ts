import type { Db } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { type Action, can, type Role, type ServiceScope, scopeCovers } from "./domain/permissions.js";
import { listMembershipsOfUser, findMembership } from "./membership.repository.js";
import { findStructureSummary } from "./structure.repository.js";
import type { Actor } from "./actor.js";

/** What a caller holds on one structure: its role and, for agents, the services it covers. */
export interface Access {
  structureSiret: string;
  role: Role;
  scope: ServiceScope;
  /** The membership row behind it (null for API clients and the platform administrator). */
  membershipId: number | null;
}

/** The service scope a membership row gives (agents: their listed services; other roles: every service). */
export function scopeOfRow(row: { role: string; all_services: number | boolean; service_codes: string }): ServiceScope {
  if (row.role !== "AGENT" || row.all_services === true || row.all_services === 1) return { all: true };
  const codes = JSON.parse(row.service_codes) as unknown;
  return { all: false, codes: Array.isArray(codes) ? codes.filter((c): c is string => typeof c === "string") : [] };
}

/** The service scope of an access: every service, or the agent's list of service codes. */
export function serviceScopeOf(access: Access): ServiceScope {
  return access.scope;
}

/** Throws 401 when there is no caller. */
export function assertActor(actor: Actor | null): Actor {
  if (!actor) throw appError("UNAUTHENTICATED");
  return actor;
}

async function accessOf(db: Db, actor: Actor, siret: string): Promise<Access | undefined> {
  if (actor.kind === "api-client") {
    return actor.structureSiret === siret ? { structureSiret: siret, role: actor.role, scope: { all: true }, membershipId: null } : undefined;
  }
  const membership = await findMembership(db, actor.userId, siret);
  if (membership && membership.status === "ACTIVE") {
    return { structureSiret: siret, role: membership.role as Role, scope: scopeOfRow(membership), membershipId: Number(membership.id) };
  }
  if (actor.platformAdmin && (await findStructureSummary(db, siret))) {
    return { structureSiret: siret, role: "PLATFORM_ADMIN", scope: { all: true }, membershipId: null };
  }
  return undefined;
}

/**
 * The check every use case starts with: the caller's access to `siret` for `action`.
 * 401 without a caller; 404 when the caller has nothing to do with the structure (it may not even learn it exists);
 * 403 when its role does not allow the action, when a manager still lacks a required second factor, or when the
 * service (`serviceCode`, when given) is outside an agent's scope.
 */
export async function requireAccess(db: Db, actor: Actor | null, siret: string, action: Action, options: { serviceCode?: string | null } = {}): Promise<Access> {
  const caller = assertActor(actor);
  const access = await accessOf(db, caller, siret);
  if (!access) throw appError("STRUCTURE_NOT_FOUND", { field: "siret", siret });
  if (!can(access.role, action)) throw appError("FORBIDDEN", { action, role: access.role });
  if ((access.role === "MANAGER" || access.role === "PLATFORM_ADMIN") && caller.kind === "user" && caller.secondFactorMissing && action !== "structure.read") {
    throw appError("SECOND_FACTOR_REQUIRED");
  }
  if ("serviceCode" in options && !scopeCovers(access.scope, options.serviceCode)) {
    throw appError("FORBIDDEN", { field: "serviceCode", rule: "SERVICE_SCOPE", serviceCode: options.serviceCode ?? null });
  }
  return access;
}

/** Every structure the caller holds an active role on (optionally only where the role allows `action`). */
export async function listAccessibleStructures(db: Db, actor: Actor | null, action?: Action): Promise<Access[]> {
  if (!actor) return [];
  let all: Access[];
  if (actor.kind === "api-client") {
    all = [{ structureSiret: actor.structureSiret, role: actor.role, scope: { all: true }, membershipId: null }];
  } else {
    const rows = await listMembershipsOfUser(db, actor.userId, ["ACTIVE"]);
    all = rows.map((row) => ({ structureSiret: row.structure_siret, role: row.role as Role, scope: scopeOfRow(row), membershipId: Number(row.id) }));
  }
  return action ? all.filter((a) => can(a.role, action)) : all;
}
