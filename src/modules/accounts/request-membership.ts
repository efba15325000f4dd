import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { assertSiret } from "../../shared/siret.js";
import type { Actor } from "./actor.js";
import { noticeMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { countActiveManagers, findManagerEmails, findMembership, insertMembership, type MembershipRow, updateMembership } from "./membership.repository.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { findStructureSummary, insertPrivateStructure } from "./structure.repository.js";
import { findPlatformAdminEmails } from "./admin.repository.js";

export interface NewCompany {
  name: string;
  addressLine1?: string | undefined;
  postalCode?: string | undefined;
  city?: string | undefined;
  countryCode?: string | undefined;
}

/**
 * Asks to be attached to a structure by SIRET. An unknown SIRET with the company's name and address creates the
 * private structure and makes the caller its manager; a private structure with no manager is taken the same way;
 * otherwise the request waits for a manager (mailed), or for the platform administrator when there is none.
 */
export async function requestMembership(deps: Deps, actor: Actor, input: { siret: string; message?: string | undefined; company?: NewCompany | undefined }, origin: RequestOrigin): Promise<{ membershipId: number; status: "ACTIVE" | "PENDING"; created: boolean }> {
  if (actor.kind !== "user") throw appError("FORBIDDEN", {}, "Seule une personne connectée peut demander un rattachement.");
  const siret = assertSiret(input.siret.replace(/\s/g, ""));
  const db = deps.database.db;
  const now = deps.clock.now().toISOString();
  const brand = brandOf(deps);
  const result = await runInTransaction(db, async ({ trx }) => {
    const existing = await findMembership(trx, actor.userId, siret);
    if (existing?.status === "ACTIVE") throw appError("ALREADY_MEMBER", { field: "siret" });
    if (existing?.status === "PENDING") throw appError("MEMBERSHIP_PENDING", { field: "siret" });
    let structure = await findStructureSummary(trx, siret);
    let created = false;
    if (!structure) {
      if (!input.company?.name?.trim()) {
        throw appError("STRUCTURE_NOT_FOUND", { field: "siret", rule: "COMPANY_DETAILS_REQUIRED", canCreate: true }, "Aucune structure n'est enregistrée sous ce SIRET : indiquez la raison sociale et l'adresse de votre entreprise pour la créer.");
      }
      const c = input.company;
      await insertPrivateStructure(trx, { siret, name: c.name.trim(), addressLine1: c.addressLine1?.trim() || null, postalCode: c.postalCode?.trim() || null, city: c.city?.trim() || null, countryCode: c.countryCode ?? "FR" }, now);
      await audit(trx, deps, origin, { event: "structure.created", userId: actor.userId, structureSiret: siret, details: { name: c.name.trim() } });
      structure = { siret, name: c.name.trim(), kind: "PRIVEE", active: true };
      created = true;
    }
    const takesOver = structure.kind === "PRIVEE" && (await countActiveManagers(trx, siret)) === 0;
    const row: Omit<MembershipRow, "id"> = {
      user_id: actor.userId,
      structure_siret: siret,
      role: takesOver ? "MANAGER" : structure.kind === "PUBLIQUE" ? "AGENT" : "MEMBER",
      status: takesOver ? "ACTIVE" : "PENDING",
      all_services: 1,
      service_codes: "[]",
      message: input.message?.trim() || null,
      requested_at: now,
      decided_at: takesOver ? now : null,
      decided_by: takesOver ? actor.userId : null,
    };
    let id: number;
    if (existing) {
      id = Number(existing.id);
      await updateMembership(trx, id, row);
    } else {
      id = await insertMembership(trx, row);
    }
    await audit(trx, deps, origin, { event: takesOver ? "membership.first_manager" : "membership.requested", userId: actor.userId, structureSiret: siret });
    return { membershipId: id, status: row.status as "ACTIVE" | "PENDING", created, structureName: structure.name };
  });
  if (result.status === "PENDING") {
    const managers = await findManagerEmails(db, siret);
    const recipients = managers.length > 0 ? managers : await findPlatformAdminEmails(db);
    const body = `${actor.email} demande à être rattaché(e) à ${result.structureName} (SIRET ${siret}).${managers.length === 0 ? "\nCette structure n'a pas encore de gestionnaire : désignez-en un depuis l'administration." : ""}\nPour approuver ou refuser : ${brand.publicUrl}/demandes`;
    sendInBackground(deps, ...recipients.map((to) => noticeMail(brand, to, "demande de rattachement", body)));
  }
  return { membershipId: result.membershipId, status: result.status, created: result.created };
}
