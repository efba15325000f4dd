import type { Db } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import type { MembershipRole } from "./domain/permissions.js";
import { findServiceCodes, type StructureSummary } from "./structure.repository.js";

/** A role and service scope to give someone in a structure. */
export interface RoleChoice {
  role?: MembershipRole | undefined;
  allServices?: boolean | undefined;
  serviceCodes?: string[] | undefined;
}

/**
 * Checks a role choice against the structure: suppliers have managers and users (MEMBER); public structures have
 * managers and agents (AGENT), whose services must exist. Returns the columns to write.
 */
export async function resolveRoleChoice(db: Db, structure: StructureSummary, choice: RoleChoice, current: { role: string; all_services: number | boolean; service_codes: string }): Promise<{ role: MembershipRole; all_services: number; service_codes: string }> {
  const role = choice.role ?? (current.role as MembershipRole);
  const allowed: MembershipRole[] = structure.kind === "PUBLIQUE" ? ["MANAGER", "AGENT"] : ["MANAGER", "MEMBER"];
  if (!allowed.includes(role)) throw appError("ROLE_NOT_ALLOWED", { field: "role", allowed });
  if (role !== "AGENT") return { role, all_services: 1, service_codes: "[]" };
  const all = choice.allServices ?? (choice.serviceCodes ? false : current.all_services === true || current.all_services === 1);
  if (all) return { role, all_services: 1, service_codes: "[]" };
  const codes = [...new Set((choice.serviceCodes ?? (JSON.parse(current.service_codes) as string[])).map((c) => c.trim()).filter(Boolean))];
  const known = new Set(await findServiceCodes(db, structure.siret));
  const unknown = codes.filter((c) => !known.has(c));
  if (unknown.length > 0) throw appError("SERVICE_UNKNOWN", { field: "serviceCodes", unknown });
  if (codes.length === 0) throw appError("VALIDATION_FAILED", { field: "serviceCodes", rule: "AT_LEAST_ONE" }, "Choisissez au moins un service, ou tous les services.");
  return { role, all_services: 0, service_codes: JSON.stringify(codes) };
}
