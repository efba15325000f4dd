import { runInTransaction } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import { type Actor as AccountsActor, requireAccess } from "../accounts/index.js";
import { type Actor, accessAdapter, getReadableInvoice } from "../invoices/index.js";
import { publishEvent } from "../notifications/index.js";
import { buyerError } from "./buyer-errors.js";
import { findUserName, upsertAssignment } from "./buyer.repository.js";

/** The topic an assignment is published under (live updates of the inbox). */
export const INVOICE_ASSIGNED = "invoice.assigned";

/**
 * Assigns a received invoice to a person of the recipient structure who may process it (an agent of its service or a
 * manager). The caller must itself be able to process the invoice. Replaces an earlier assignment.
 */
export async function assignInvoice(deps: Deps, actor: Actor, id: string, assigneeId: string) {
  const db = deps.database.db;
  const { invoice, roles } = await getReadableInvoice(deps, accessAdapter, actor, id);
  if (!roles.includes("DESTINATAIRE")) throw appError("FORBIDDEN", { rule: "NOT_RECIPIENT" });
  const name = await findUserName(db, assigneeId);
  const assignee: AccountsActor = { kind: "user", userId: assigneeId, email: "", platformAdmin: false, secondFactorMissing: false };
  const canProcess = name !== undefined && (await requireAccess(db, assignee, invoice.recipient_siret, "invoice.process", { serviceCode: invoice.service_code }).then(() => true, () => false));
  if (!canProcess || name === undefined) throw buyerError("ASSIGNEE_INVALID", { field: "assigneeId" });
  const at = deps.clock.now().toISOString();
  await runInTransaction(db, async (scope) => {
    await upsertAssignment(scope.trx, { invoice_id: id, assignee_id: assigneeId, assignee_name: name, assigned_by: actor.id, assigned_at: at });
    await publishEvent(scope, deps, { topic: INVOICE_ASSIGNED, aggregateId: id, at, payload: { invoiceId: id, number: invoice.number, recipientSiret: invoice.recipient_siret, serviceCode: invoice.service_code, assigneeId, assignedBy: actor.id, at } });
  });
  return { invoiceId: id, assignee: { id: assigneeId, name }, assignedAt: at, assignedBy: actor.id };
}
