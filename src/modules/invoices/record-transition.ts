import type { TransactionScope } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { publishEvent } from "../notifications/index.js";
import { type LifecycleRole, type TransitionInput, transition } from "./domain/invoice-lifecycle.js";
import type { InvoiceStatus } from "./domain/invoice-statuses.js";
import { recipientSeesChange } from "./domain/subcontracting.js";
import { invoiceError } from "./invoice-errors.js";
import { type InvoiceRow, insertInvoiceEvent, updateInvoiceStatus } from "./invoice.repository.js";
import type { Actor } from "./ports.js";

/** The one topic every status change is published under (outbox, webhooks, SSE). */
export const STATUS_CHANGED = "invoice.status_changed";

export interface TransitionRequest {
  invoice: InvoiceRow;
  action: string;
  role: LifecycleRole;
  actor: Pick<Actor, "id" | "name">;
  input?: TransitionInput & { motif?: string | undefined; comment?: string | undefined };
  /** Extra columns to change with the status (recycling changes the routing). */
  changes?: Partial<InvoiceRow>;
  details?: Record<string, unknown>;
}

/** The payload of a status-change event: enough for live updates and webhooks to route it without a query. */
export function statusChangedPayload(invoice: InvoiceRow, from: string | null, to: string, action: string, at: string, version: number): Record<string, unknown> {
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    from,
    to,
    action,
    at,
    version,
    supplierSiret: invoice.supplier_siret,
    recipientSiret: invoice.recipient_siret,
    serviceCode: invoice.service_code,
    recipientSees: recipientSeesChange(invoice.framework, to),
  };
}

/**
 * Applies one lifecycle transition inside the caller's transaction: checks it against the table (InvalidTransitionError
 * otherwise), moves the status with an optimistic lock, appends the event, and publishes it through the outbox.
 * Returns the updated row. Every status change of an existing invoice goes through here.
 */
export async function recordTransition(scope: TransactionScope, deps: Pick<Deps, "database" | "config" | "logger" | "clock">, request: TransitionRequest): Promise<InvoiceRow> {
  const { invoice, action, role, actor } = request;
  const from = invoice.status as InvoiceStatus;
  const to = transition(from, action, role, request.input ?? {});
  const at = deps.clock.now().toISOString();
  const ok = await updateInvoiceStatus(scope.trx, invoice.id, invoice.version, to, at, request.changes ?? {});
  if (!ok) throw invoiceError("CONCURRENT_UPDATE", { invoiceId: invoice.id });
  const motif = request.input?.motif?.trim().slice(0, 255) || null;
  await insertInvoiceEvent(scope.trx, {
    invoice_id: invoice.id,
    at,
    action,
    from_status: from,
    to_status: to,
    actor_id: actor.id,
    actor_name: actor.name,
    actor_role: role,
    motif,
    details: JSON.stringify({ ...(request.input?.comment ? { comment: request.input.comment } : {}), ...(request.details ?? {}) }),
  });
  const updated: InvoiceRow = { ...invoice, ...(request.changes ?? {}), status: to, status_at: at, updated_at: at, version: invoice.version + 1 };
  await publishEvent(scope, deps, { topic: STATUS_CHANGED, aggregateId: invoice.id, at, payload: { ...statusChangedPayload(updated, from, to, action, at, updated.version), motif } });
  return updated;
}
