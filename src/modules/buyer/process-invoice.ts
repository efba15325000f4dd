import { createHash } from "node:crypto";
import { runInTransaction } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import { type Actor, accessAdapter, allowedTransitions, getReadableInvoice, type InvoiceStatus, type InvoiceView, presentInvoice, recordTransition } from "../invoices/index.js";
import { buyerError, invalidTransition } from "./buyer-errors.js";
import { findProcessingKey, insertProcessingKey } from "./buyer.repository.js";
import { checkProcessingInput, type ProcessingInput, processingDetails } from "./domain/processing-rules.js";

function requestHash(id: string, input: ProcessingInput): string {
  return createHash("sha256").update(JSON.stringify([id, input.to, input.motif ?? null, input.reason ?? null, input.expectedDocuments ?? null, input.mandateNumber ?? null, input.paymentDate ?? null, input.amountPaid ?? null, input.comment ?? null])).digest("hex");
}

/**
 * The recipient processes a received invoice: moves it to `to` as the lifecycle table allows the DESTINATAIRE role
 * (409 otherwise), with the fields that target requires (422 otherwise). Agents act only on their services' invoices,
 * managers on the whole structure; an API client of the structure may do it too (an ERP setting MANDATEE or
 * MISE_EN_PAIEMENT). The event, the outbox entry and the idempotency key are written in one transaction. Amounts
 * are never touched.
 */
export async function processInvoice(deps: Deps, actor: Actor, id: string, input: ProcessingInput, idempotencyKey?: string): Promise<{ invoice: InvoiceView; replayed: boolean }> {
  const { invoice, roles } = await getReadableInvoice(deps, accessAdapter, actor, id);
  if (!roles.includes("DESTINATAIRE")) throw appError("FORBIDDEN", { rule: "NOT_RECIPIENT" });
  const db = deps.database.db;
  const hash = requestHash(id, input);
  if (idempotencyKey) {
    const known = await findProcessingKey(db, actor.id, idempotencyKey);
    if (known) {
      if (known.request_hash !== hash) throw appError("IDEMPOTENCY_KEY_REUSED", { field: "Idempotency-Key" });
      return { invoice: JSON.parse(known.response) as InvoiceView, replayed: true };
    }
  }
  const from = invoice.status as InvoiceStatus;
  const allowed = allowedTransitions(from, "DESTINATAIRE");
  const rule = allowed.find((t) => t.to === input.to);
  if (!rule) throw invalidTransition({ field: "to", from, to: input.to, allowed: allowed.map((t) => t.to) });
  const findings = checkProcessingInput(input);
  const first = findings[0];
  if (first) throw buyerError("PROCESSING_REFUSED", { field: first.field, rule: first.rule, errors: findings });
  const apply = () => runInTransaction(db, async (scope) => {
    const updated = await recordTransition(scope, deps, {
      invoice,
      action: rule.action,
      role: "DESTINATAIRE",
      actor: { id: actor.id, name: actor.name },
      input: {
        ...(input.motif?.trim() ? { motif: input.motif.trim() } : {}),
        ...(input.comment?.trim() ? { comment: input.comment.trim() } : {}),
        ...(input.mandateNumber ? { numeroDPMandat: input.mandateNumber.trim() } : {}),
        ...(input.paymentDate ? { paymentDate: input.paymentDate } : {}),
      },
      details: processingDetails(input),
    });
    const view = presentInvoice(updated, roles, deps.clock.now());
    if (idempotencyKey) {
      await insertProcessingKey(scope.trx, { actor_id: actor.id, key: idempotencyKey, request_hash: hash, invoice_id: id, response: JSON.stringify(view), created_at: deps.clock.now().toISOString() });
    }
    return { invoice: view, replayed: false };
  });
  try {
    return await apply();
  } catch (error) {
    // A twin request with the same key may have committed between our check and our write: answer as it did.
    const twin = idempotencyKey ? await findProcessingKey(db, actor.id, idempotencyKey) : undefined;
    if (twin && twin.request_hash === hash) return { invoice: JSON.parse(twin.response) as InvoiceView, replayed: true };
    throw error;
  }
}
