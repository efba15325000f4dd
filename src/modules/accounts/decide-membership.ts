import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { requireAccess } from "./access.js";
import type { Actor } from "./actor.js";
import { noticeMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { findMembershipById, updateMembership } from "./membership.repository.js";
import { type RoleChoice, resolveRoleChoice } from "./membership-rules.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { findStructureSummary } from "./structure.repository.js";
import { findUserById } from "./user.repository.js";

export type Decision = ({ decision: "approve" } & RoleChoice) | { decision: "refuse"; reason?: string | undefined };

/** A manager approves (choosing the role and, for agents, the services) or refuses a pending request; both mailed. */
export async function decideMembership(deps: Deps, actor: Actor, membershipId: number, input: Decision, origin: RequestOrigin): Promise<void> {
  const db = deps.database.db;
  const membership = await findMembershipById(db, membershipId);
  if (!membership) throw appError("NOT_FOUND", { field: "id" }, "Demande de rattachement introuvable.");
  await requireAccess(db, actor, membership.structure_siret, "structure.manage_users");
  if (membership.status !== "PENDING") throw appError("MEMBERSHIP_NOT_PENDING");
  const structure = await findStructureSummary(db, membership.structure_siret);
  if (!structure) throw appError("STRUCTURE_NOT_FOUND");
  const now = deps.clock.now().toISOString();
  const decidedBy = actor.kind === "user" ? actor.userId : null;
  await runInTransaction(db, async ({ trx }) => {
    if (input.decision === "approve") {
      const columns = await resolveRoleChoice(trx, structure, input, membership);
      await updateMembership(trx, membershipId, { ...columns, status: "ACTIVE", decided_at: now, decided_by: decidedBy });
    } else {
      await updateMembership(trx, membershipId, { status: "REFUSED", decided_at: now, decided_by: decidedBy });
    }
    await audit(trx, deps, origin, {
      event: input.decision === "approve" ? "membership.approved" : "membership.refused",
      userId: membership.user_id,
      actor: decidedBy,
      structureSiret: structure.siret,
    });
  });
  const user = await findUserById(db, membership.user_id);
  if (user) {
    const brand = brandOf(deps);
    const text =
      input.decision === "approve"
        ? `Votre demande de rattachement à ${structure.name} (SIRET ${structure.siret}) est acceptée. Vous pouvez agir pour cette structure : ${brand.publicUrl}/mes-structures`
        : `Votre demande de rattachement à ${structure.name} (SIRET ${structure.siret}) est refusée.${input.reason ? `\nMotif : ${input.reason}` : ""}`;
    sendInBackground(deps, noticeMail(brand, user.email, input.decision === "approve" ? "rattachement accepté" : "rattachement refusé", text));
  }
}
