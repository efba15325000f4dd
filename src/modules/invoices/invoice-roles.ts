import type { Db } from "../../db/transaction.js";
import type { LifecycleRole } from "./domain/invoice-lifecycle.js";
import { INVOICE_STATUSES, isInvoiceStatus } from "./domain/invoice-statuses.js";
import { needsValidation } from "./domain/subcontracting.js";
import { findInvoiceValidation } from "./invoice-validation.repository.js";
import type { InvoiceRow } from "./invoice.repository.js";
import type { AccessPort, Actor } from "./ports.js";

async function allowed(check: Promise<void>): Promise<boolean> {
  try {
    await check;
    return true;
  } catch {
    return false;
  }
}

/**
 * The lifecycle roles the caller holds on an invoice: FOURNISSEUR when it may read the supplier's sent invoices,
 * DESTINATAIRE when it may process the recipient's invoices for that service (once the status is shown to the
 * recipient: not a draft, not an A9 invoice still with the main contractor), VALIDEUR when it may deposit for the
 * main contractor named to validate a subcontractor's invoice. Empty: the caller may not see it.
 */
export async function rolesOn(db: Db, access: AccessPort, actor: Actor, invoice: InvoiceRow): Promise<{ roles: LifecycleRole[]; canRead: boolean }> {
  const roles: LifecycleRole[] = [];
  if (await allowed(access.requireAccess(db, actor, invoice.supplier_siret, "invoice.read_sent"))) roles.push("FOURNISSEUR");
  const service = { serviceCode: invoice.service_code };
  const shownToRecipient = isInvoiceStatus(invoice.status) && INVOICE_STATUSES[invoice.status].visibleToRecipient;
  const canReadReceived = shownToRecipient && (await allowed(access.requireAccess(db, actor, invoice.recipient_siret, "invoice.read_received", service)));
  if (canReadReceived && (await allowed(access.requireAccess(db, actor, invoice.recipient_siret, "invoice.process", service)))) roles.push("DESTINATAIRE");
  if (needsValidation(invoice.framework)) {
    const validation = await findInvoiceValidation(db, invoice.id);
    if (validation && (await allowed(access.requireAccess(db, actor, validation.validator_siret, "invoice.deposit")))) roles.push("VALIDEUR");
  }
  return { roles, canRead: roles.includes("FOURNISSEUR") || roles.includes("VALIDEUR") || canReadReceived };
}
