import type { Db } from "../../db/transaction.js";
import { bool } from "../../db/database.js";
import { actionsOf, type Role, ROLE_LABELS } from "./domain/permissions.js";
import type { MembershipRow } from "./membership.repository.js";
import { findStructureSummaries } from "./structure.repository.js";
import { findUsersByIds } from "./user.repository.js";

/** A membership as the API shows it. */
export interface MembershipView {
  id: number;
  siret: string;
  structureName: string;
  structureKind: "PUBLIQUE" | "PRIVEE";
  userId: string;
  email: string;
  displayName: string;
  role: string;
  roleLabel: string;
  status: string;
  allServices: boolean;
  serviceCodes: string[];
  message: string | null;
  requestedAt: string;
  decidedAt: string | null;
  /** What this membership lets its holder do (empty unless active). */
  actions: string[];
}

/** Presents membership rows with their structure and user. */
export async function presentMemberships(db: Db, rows: MembershipRow[]): Promise<MembershipView[]> {
  const structures = new Map((await findStructureSummaries(db, [...new Set(rows.map((r) => r.structure_siret))])).map((s) => [s.siret, s]));
  const users = new Map((await findUsersByIds(db, [...new Set(rows.map((r) => r.user_id))])).map((u) => [u.id, u]));
  return rows.map((row) => {
    const structure = structures.get(row.structure_siret);
    const user = users.get(row.user_id);
    const codes = JSON.parse(row.service_codes) as string[];
    return {
      id: Number(row.id),
      siret: row.structure_siret,
      structureName: structure?.name ?? row.structure_siret,
      structureKind: structure?.kind ?? "PRIVEE",
      userId: row.user_id,
      email: user?.email ?? "",
      displayName: user?.display_name ?? "",
      role: row.role,
      roleLabel: ROLE_LABELS[row.role as Role] ?? row.role,
      status: row.status,
      allServices: bool(row.all_services),
      serviceCodes: bool(row.all_services) ? [] : codes,
      message: row.message,
      requestedAt: row.requested_at,
      decidedAt: row.decided_at,
      actions: row.status === "ACTIVE" ? actionsOf(row.role as Role) : [],
    };
  });
}
