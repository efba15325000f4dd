import { runInTransaction } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { STATUS_TIMEOUTS } from "./domain/invoice-lifecycle.js";
import { routeAfterValidation } from "./decide-validation.js";
import { findInvoice } from "./invoice.repository.js";
import { findExpiredValidations, updateInvoiceValidation } from "./invoice-validation.repository.js";
import { recordTransition } from "./record-transition.js";

const TACIT = STATUS_TIMEOUTS.find((t) => t.status === "A_VALIDER_1");
const SYSTEM = { id: "system", name: "Guichet (délai de validation)" };

/**
 * Tacit validation: a subcontractor's invoice the main contractor left unanswered for 15 days is validated by the
 * platform (ABSENCE_VALIDATION_1_HORS_DELAI) and goes on to the recipient. Returns the invoices moved on.
 */
export async function expireValidations(deps: Deps): Promise<number> {
  if (!TACIT) return 0;
  const now = deps.clock.now().toISOString();
  let moved = 0;
  for (const validation of await findExpiredValidations(deps.database.db, now)) {
    const invoice = await findInvoice(deps.database.db, validation.invoice_id);
    if (!invoice || invoice.status !== TACIT.status) continue;
    try {
      await runInTransaction(deps.database.db, async (scope) => {
        const tacit = await recordTransition(scope, deps, { invoice, action: TACIT.action, role: "SYSTEME", actor: SYSTEM, details: { dueAt: validation.due_at } });
        await updateInvoiceValidation(scope.trx, invoice.id, { decided_at: tacit.status_at, decision: TACIT.action, decided_by: SYSTEM.id });
        await routeAfterValidation(scope, deps, tacit);
      });
      moved++;
    } catch (error) {
      // Decided by the main contractor meanwhile (optimistic lock): nothing to do.
      deps.logger.info({ err: error, invoice: invoice.id }, "validation tacite non appliquée");
    }
  }
  return moved;
}

