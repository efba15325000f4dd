import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import { publishEvent } from "../notifications/index.js";
import type { DepositFinding } from "./domain/deposit-findings.js";
import { checkForm, computeTotals, type FormTotals, type InvoiceForm } from "./domain/invoice-form.js";
import { checkSealedFields } from "./domain/sealed-fields.js";
import { invoiceError } from "./invoice-errors.js";
import { findInvoice, type InvoiceRow, insertInvoice, insertInvoiceEvent, updateInvoiceStatus } from "./invoice.repository.js";
import type { AccessPort, Actor, DirectoryPort } from "./ports.js";
import { STATUS_CHANGED, statusChangedPayload } from "./record-transition.js";

/** How long a draft may wait before the supplier is reminded that it was never sent. */
export const DRAFT_REMINDER_MS = 2 * 24 * 3600_000;

function cents(amount: string): number {
  const negative = amount.startsWith("-");
  const [i = "0", f = "00"] = amount.replace("-", "").split(".");
  const value = Number(i) * 100 + Number(f.padEnd(2, "0").slice(0, 2));
  return negative ? -value : value;
}

/**
 * Saves the form as a draft (BROUILLON): created, or updated while it is still a draft. Drafts reserve no number
 * and are visible only to the supplier. Returns the row, the totals and the form's findings.
 */
export async function saveDraft(deps: Deps, ports: { access: AccessPort; directory: DirectoryPort }, actor: Actor, form: InvoiceForm, id?: string): Promise<{ invoice: InvoiceRow; totals: FormTotals; findings: DepositFinding[] }> {
  await ports.access.requireAccess(deps.database.db, actor, form.supplierSiret, "invoice.deposit");
  const now = deps.clock.now().toISOString();
  const totals = computeTotals(form.lines);
  const findings = checkForm(form, now.slice(0, 10));
  const recipient = /^\d{14}$/.test(form.recipientSiret) ? await ports.directory.findStructure(deps.database.db, form.recipientSiret) : undefined;
  const supplier = await ports.directory.findStructure(deps.database.db, form.supplierSiret);
  const columns = {
    supplier_siret: form.supplierSiret,
    supplier_name: supplier?.name ?? null,
    recipient_siret: form.recipientSiret,
    recipient_name: recipient?.name ?? null,
    service_code: form.serviceCode.trim() || null,
    engagement_number: form.engagementNumber.trim() || null,
    contract_number: form.contractNumber.trim() || null,
    framework: form.framework,
    document_type: form.documentType,
    number: form.number.trim(),
    issue_date: form.issueDate || null,
    due_date: form.dueDate || null,
    currency: form.currency || "EUR",
    total_without_vat: totals.totalWithoutVat,
    total_vat: totals.totalVat,
    total_with_vat: totals.totalWithVat,
    amount_due: totals.totalWithVat,
    amount_due_cents: cents(totals.totalWithVat),
    data: JSON.stringify({ kind: "FORM", form, totals }),
    findings: JSON.stringify(findings),
  };
  const invoice = await runInTransaction(deps.database.db, async (scope) => {
    if (id) {
      const existing = await findInvoice(scope.trx, id);
      if (!existing || existing.supplier_siret !== form.supplierSiret) throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
      try {
        checkSealedFields(existing.status as "BROUILLON", ["lines", "totals", "number", "recipientSiret"]);
      } catch {
        throw invoiceError("SEALED_FIELDS", { status: existing.status });
      }
      if (!(await updateInvoiceStatus(scope.trx, id, existing.version, "BROUILLON", existing.status_at, { ...columns, updated_at: now }))) throw invoiceError("CONCURRENT_UPDATE");
      return { ...existing, ...columns, version: existing.version + 1, updated_at: now };
    }
    const row: InvoiceRow = {
      ...columns,
      id: deps.ids.uuid(),
      status: "BROUILLON",
      status_at: now,
      version: 1,
      source: "FORM",
      number_key: null,
      number_year: null,
      syntax: null,
      profile: null,
      original_sha256: null,
      deposited_at: null,
      created_by: actor.id,
      created_at: now,
      updated_at: now,
    };
    await insertInvoice(scope.trx, row);
    await insertInvoiceEvent(scope.trx, { invoice_id: row.id, at: now, action: "ENREGISTRER", from_status: null, to_status: "BROUILLON", actor_id: actor.id, actor_name: actor.name, actor_role: "FOURNISSEUR", motif: null, details: "{}" });
    await publishEvent(scope, deps, { topic: STATUS_CHANGED, aggregateId: row.id, at: now, payload: statusChangedPayload(row, null, "BROUILLON", "ENREGISTRER", now, 1) });
    return row;
  });
  return { invoice, totals, findings };
}
