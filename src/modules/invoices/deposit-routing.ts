import type { Db } from "../../db/transaction.js";
import type { DepositFinding } from "./domain/deposit-findings.js";
import { automaticFollowUp, type InvoiceAction, transition } from "./domain/invoice-lifecycle.js";
import type { InvoiceStatus } from "./domain/invoice-statuses.js";
import { checkValidator, needsValidation, validationDueAt } from "./domain/subcontracting.js";
import type { BillingFramework } from "./domain/billing-frameworks.js";
import { insertInvoiceValidation } from "./invoice-validation.repository.js";
import type { DirectoryPort } from "./ports.js";

// Where a deposited invoice goes next, decided by the lifecycle table: straight to the recipient, or first to the
// main contractor for a subcontractor's invoice (A9). deposit-invoice.ts calls these two hooks.

interface RoutingInput {
  framework?: BillingFramework | undefined;
  validatorSiret?: string | undefined;
}

/** The deposit findings about the main contractor named for an A9 invoice (none for other frameworks). */
export async function checkDepositValidator(db: Db, directory: DirectoryPort, request: RoutingInput, supplierSiret: string | undefined, recipientSiret: string | undefined): Promise<DepositFinding[]> {
  if (!needsValidation(request.framework)) return [];
  const siret = request.validatorSiret?.trim();
  const validator = siret && /^\d{14}$/.test(siret) ? await directory.findStructure(db, siret) : undefined;
  return checkValidator({ framework: request.framework, validatorSiret: siret, validator, supplierSiret, recipientSiret });
}

export interface DepositRouting {
  /** The SYSTEME action from DEPOSEE. */
  action: InvoiceAction;
  status: InvoiceStatus;
  /** The event's details. */
  details: Record<string, unknown>;
  /** Writes what the route needs (the pending validation) in the deposit's transaction. */
  record(db: Db, invoiceId: string): Promise<void>;
}

/** The step after DEPOSEE for this deposit, from the table's automatic follow-ups. */
export function depositRouting(request: RoutingInput, routing: { recipientSiret: string; serviceCode: string | undefined }, now: Date): DepositRouting {
  const validation = needsValidation(request.framework);
  const action = automaticFollowUp("DEPOSEE", validation) ?? "METTRE_A_DISPOSITION";
  const status = transition("DEPOSEE", action, "SYSTEME");
  if (!validation) return { action, status, details: { recipientSiret: routing.recipientSiret, serviceCode: routing.serviceCode ?? null }, record: async () => undefined };
  const validatorSiret = (request.validatorSiret ?? "").trim();
  const dueAt = validationDueAt(now).toISOString();
  return {
    action,
    status,
    details: { validatorSiret, dueAt, recipientSiret: routing.recipientSiret, serviceCode: routing.serviceCode ?? null },
    record: (db, invoiceId) => insertInvoiceValidation(db, { invoice_id: invoiceId, validator_siret: validatorSiret, requested_at: now.toISOString(), due_at: dueAt, decided_at: null, decision: null, decided_by: null }),
  };
}
