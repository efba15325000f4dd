import type { Deps } from "../../../deps.js";
import { appError } from "../../../shared/errors.js";
import { runInTransaction } from "../../../db/transaction.js";
import { type Actor as AccountsActor, type Access, type RequestOrigin, recordAuditEvent, requireAccess } from "../../accounts/index.js";
import { findStructure } from "../../directory/index.js";
import { type Actor, findPaymentSettings, type PaymentSettings, upsertPaymentSettings } from "../../invoices/index.js";
import { DELAY_MAX_DAYS, DELAY_MIN_DAYS, type PaymentSettingsBody, type PaymentSettingsView } from "./payment-settings.schemas.js";

/** Access first: someone who reads the structure's received invoices (404 for a stranger); only a public structure. */
async function guard(deps: Deps, actor: Actor, siret: string): Promise<Access> {
  const access = await requireAccess(deps.database.db, actor.principal as AccountsActor, siret, "invoice.read_received");
  if ((await findStructure(deps.database.db, siret))?.kind !== "PUBLIQUE") throw appError("FORBIDDEN", { field: "siret", rule: "NOT_PUBLIC_STRUCTURE" });
  return access;
}

const present = (siret: string, s: PaymentSettings, access: Access): PaymentSettingsView => ({
  siret,
  delayDays: s.delayDays,
  fromServiceFait: s.fromServiceFait,
  updatedAt: s.updatedAt,
  canEdit: access.role === "MANAGER",
  minDays: DELAY_MIN_DAYS,
  maxDays: DELAY_MAX_DAYS,
});

/** The payment clock settings of a public structure (its agents and managers). */
export async function getPaymentSettings(deps: Deps, actor: Actor, siret: string): Promise<PaymentSettingsView> {
  const access = await guard(deps, actor, siret);
  return present(siret, await findPaymentSettings(deps.database.db, siret), access);
}

/**
 * Sets the structure's payment delay and clock start (its managers only: 403 for agents); the delay within the legal
 * bounds (422). The change and its audit event (who, from where, before and after) are written together.
 */
export async function updatePaymentSettings(deps: Deps, actor: Actor, siret: string, input: PaymentSettingsBody, origin: RequestOrigin): Promise<PaymentSettingsView> {
  const access = await guard(deps, actor, siret);
  if (access.role !== "MANAGER") throw appError("FORBIDDEN", { field: "siret", rule: "MANAGERS_ONLY", role: access.role });
  if (input.delayDays < DELAY_MIN_DAYS || input.delayDays > DELAY_MAX_DAYS) {
    throw appError("PAYMENT_DELAY_INVALID", { field: "delayDays", rule: "RANGE", min: DELAY_MIN_DAYS, max: DELAY_MAX_DAYS });
  }
  const at = deps.clock.now().toISOString();
  const saved: PaymentSettings = { delayDays: input.delayDays, fromServiceFait: input.fromServiceFait, updatedBy: actor.id, updatedAt: at };
  await runInTransaction(deps.database.db, async ({ trx }) => {
    const before = await findPaymentSettings(trx, siret);
    await upsertPaymentSettings(trx, { structure_siret: siret, delay_days: saved.delayDays, from_service_fait: saved.fromServiceFait, updated_by: actor.id, updated_at: at });
    await recordAuditEvent(trx, deps, origin, {
      event: "payment_settings.updated",
      userId: actor.kind === "user" ? actor.id : null,
      actor: actor.id,
      structureSiret: siret,
      details: { before: { delayDays: before.delayDays, fromServiceFait: before.fromServiceFait }, after: { delayDays: input.delayDays, fromServiceFait: input.fromServiceFait } },
    });
  });
  // What was just written, as findPaymentSettings would read it back.
  return present(siret, saved, access);
}
