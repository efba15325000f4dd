import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { appError } from "../../shared/errors.js";
import { assertSiret } from "../../shared/siret.js";
import type { Actor } from "./actor.js";
import { noticeMail } from "./account-mails.js";
import type { RequestOrigin } from "./audit.repository.js";
import { normalizeEmail } from "./domain/password-policy.js";
import { findMembership, insertMembership, updateMembership } from "./membership.repository.js";
import { audit, brandOf, sendInBackground } from "./notify.js";
import { findStructureSummary } from "./structure.repository.js";
import { findUserByEmail, updateUser } from "./user.repository.js";

/**
 * The platform administrator (web page or `guichet admin appoint-manager`) makes an active account a manager of any
 * structure, so no structure is ever stuck without one. `actor` null means the command line (trusted operator).
 */
export async function appointManager(deps: Deps, actor: Actor | null, input: { siret: string; email: string }, origin: RequestOrigin): Promise<{ userId: string; siret: string }> {
  if (actor !== null && !(actor.kind === "user" && actor.platformAdmin)) throw appError("FORBIDDEN");
  if (actor?.kind === "user" && actor.secondFactorMissing) throw appError("SECOND_FACTOR_REQUIRED");
  const siret = assertSiret(input.siret.replace(/\s/g, ""));
  const db = deps.database.db;
  const structure = await findStructureSummary(db, siret);
  if (!structure) throw appError("STRUCTURE_NOT_FOUND", { field: "siret" });
  const user = await findUserByEmail(db, normalizeEmail(input.email));
  if (user?.status !== "ACTIVE") throw appError("USER_NOT_FOUND", { field: "email" });
  const now = deps.clock.now().toISOString();
  const by = actor?.kind === "user" ? actor.userId : null;
  await runInTransaction(db, async ({ trx }) => {
    const existing = await findMembership(trx, user.id, siret);
    const columns = { role: "MANAGER", status: "ACTIVE", all_services: 1, service_codes: "[]", decided_at: now, decided_by: by };
    if (existing) await updateMembership(trx, Number(existing.id), columns);
    else await insertMembership(trx, { ...columns, user_id: user.id, structure_siret: siret, message: null, requested_at: now });
    await audit(trx, deps, origin, { event: "manager.appointed", userId: user.id, actor: by ?? "cli", structureSiret: siret });
  });
  sendInBackground(deps, noticeMail(brandOf(deps), user.email, "vous êtes gestionnaire", `Vous êtes désormais gestionnaire de ${structure.name} (SIRET ${siret}) : vous approuvez les demandes de rattachement et gérez les utilisateurs et les identifiants d'API.`));
  return { userId: user.id, siret };
}

/** Grants or withdraws the platform administrator flag (command line only). */
export async function setPlatformAdmin(deps: Deps, email: string, value: boolean): Promise<void> {
  const db = deps.database.db;
  const user = await findUserByEmail(db, normalizeEmail(email));
  if (!user) throw appError("USER_NOT_FOUND", { field: "email" });
  await updateUser(db, user.id, { is_platform_admin: value ? 1 : 0, updated_at: deps.clock.now().toISOString() });
  await audit(db, deps, { ip: null, userAgent: "cli" }, { event: value ? "admin.granted" : "admin.revoked", userId: user.id, actor: "cli" });
}
