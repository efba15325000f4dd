import { runInTransaction, type TransactionScope } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { automaticFollowUp, findTransition, InvalidTransitionError } from "./domain/invoice-lifecycle.js";
import type { InvoiceStatus } from "./domain/invoice-statuses.js";
import { invoiceError } from "./invoice-errors.js";
import { findInvoice, type InvoiceRow } from "./invoice.repository.js";
import { findInvoiceValidation, updateInvoiceValidation } from "./invoice-validation.repository.js";
import type { AccessPort, Actor } from "./ports.js";
import { recordTransition } from "./record-transition.js";

const ROUTING = { id: "system", name: "Guichet (acheminement)" };

export interface ValidationDecision {
  action: "VALIDER" | "REFUSER";
  motif?: string | undefined;
  comment?: string | undefined;
}

/** After the main contractor's answer (or silence), the table's automatic follow-up: on to the recipient. */
export async function routeAfterValidation(scope: TransactionScope, deps: Deps, invoice: InvoiceRow): Promise<InvoiceRow> {
  const next = automaticFollowUp(invoice.status as InvoiceStatus, true);
  if (!next) return invoice;
  return recordTransition(scope, deps, { invoice, action: next, role: "SYSTEME", actor: ROUTING, details: { recipientSiret: invoice.recipient_siret, serviceCode: invoice.service_code } });
}

/**
 * The main contractor validates a subcontractor's invoice (it then goes to the public recipient) or refuses it with a
 * motif (it stops there; the subcontractor issues a new invoice). Only members of the structure named as validator
 * who may deposit invoices for it decide; to anyone else the invoice does not exist.
 */
export async function decideValidation(deps: Deps, access: AccessPort, actor: Actor, invoiceId: string, decision: ValidationDecision): Promise<InvoiceRow> {
  const db = deps.database.db;
  const validation = await findInvoiceValidation(db, invoiceId);
  if (!validation) throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
  try {
    await access.requireAccess(db, actor, validation.validator_siret, "invoice.deposit");
  } catch {
    throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
  }
  const invoice = await findInvoice(db, invoiceId);
  if (!invoice) throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
  const status = invoice.status as InvoiceStatus;
  if (!findTransition(status, decision.action, "VALIDEUR")) throw new InvalidTransitionError(status, decision.action, "VALIDEUR");
  return runInTransaction(db, async (scope) => {
    const decided = await recordTransition(scope, deps, {
      invoice,
      action: decision.action,
      role: "VALIDEUR",
      actor: { id: actor.id, name: actor.name },
      input: { motif: decision.motif, comment: decision.comment },
      details: { validatorSiret: validation.validator_siret },
    });
    await updateInvoiceValidation(scope.trx, invoiceId, { decided_at: decided.status_at, decision: decision.action, decided_by: actor.id });
    return routeAfterValidation(scope, deps, decided);
  });
}
