import type { Deps } from "../../deps.js";
import { type DepositPorts, depositInvoice } from "./deposit-invoice.js";
import { formToInvoice } from "./domain/form-to-invoice.js";
import type { FormTotals, InvoiceForm } from "./domain/invoice-form.js";
import { invoiceError } from "./invoice-errors.js";
import type { InvoiceRow } from "./invoice.repository.js";
import type { Actor } from "./ports.js";
import { writeInvoiceFile } from "./write-invoice-file.js";

/**
 * Sends a form draft: the form becomes an EN 16931 invoice, written as a Factur-X PDF/A-3 that is the original, and
 * deposited through the same checks as any file (source FORM). The draft gives way to the deposited invoice.
 */
export async function sendDraft(deps: Deps, ports: DepositPorts, actor: Actor, draft: InvoiceRow): Promise<InvoiceRow> {
  const data = JSON.parse(draft.data ?? "{}") as { kind?: string; form?: InvoiceForm; totals?: FormTotals };
  if (data.kind !== "FORM" || !data.form || !data.totals) throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
  const form = data.form;
  const db = deps.database.db;
  const supplier = await ports.directory.findStructure(db, form.supplierSiret);
  const recipient = await ports.directory.findStructure(db, form.recipientSiret);
  const model = formToInvoice(form, data.totals, supplier ?? { siret: form.supplierSiret, name: draft.supplier_name ?? form.supplierSiret }, recipient ?? { siret: form.recipientSiret, name: form.recipientSiret });
  // On the engine pool when the server has one: the main thread never loads the writers nor pdf-lib.
  const pdf = await writeInvoiceFile(model, "FACTURX", deps.clock.now());
  const { invoice } = await depositInvoice(deps, ports, actor, {
    file: { name: `facture-${form.number.trim().replace(/[^\w.-]+/g, "_")}.pdf`, bytes: pdf, mime: "application/pdf" },
    supplierSiret: form.supplierSiret,
    recipientSiret: form.recipientSiret,
    serviceCode: form.serviceCode.trim() || undefined,
    engagementNumber: form.engagementNumber.trim() || undefined,
    contractNumber: form.contractNumber.trim() || undefined,
    framework: form.framework,
    validatorSiret: form.validatorSiret?.trim() || undefined,
    source: "FORM",
  });
  // Its events and files go with it (ON DELETE CASCADE); the deposited invoice carries the history from here.
  await db.deleteFrom("invoices").where("id", "=", draft.id).where("status", "=", "BROUILLON").execute();
  return invoice;
}
