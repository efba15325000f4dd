import type { Db } from "../../db/transaction.js";
import type { LifecycleRole } from "./domain/invoice-lifecycle.js";
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
 * DESTINATAIRE when it may process the recipient's invoices for that service. Empty: the caller may not see it.
 */
export async function rolesOn(db: Db, access: AccessPort, actor: Actor, invoice: InvoiceRow): Promise<{ roles: LifecycleRole[]; canRead: boolean }> {
  const roles: LifecycleRole[] = [];
  if (await allowed(access.requireAccess(db, actor, invoice.supplier_siret, "invoice.read_sent"))) roles.push("FOURNISSEUR");
  const service = { serviceCode: invoice.service_code };
  const canReadReceived = invoice.status !== "BROUILLON" && (await allowed(access.requireAccess(db, actor, invoice.recipient_siret, "invoice.read_received", service)));
  if (canReadReceived && (await allowed(access.requireAccess(db, actor, invoice.recipient_siret, "invoice.process", service)))) roles.push("DESTINATAIRE");
  return { roles, canRead: roles.includes("FOURNISSEUR") || canReadReceived };
}
