import { type LifecycleRole, allowedTransitions, TRANSITIONS } from "./domain/invoice-lifecycle.js";
import { INVOICE_STATUSES, type InvoiceStatus, isInvoiceStatus } from "./domain/invoice-statuses.js";
import type { InvoiceEventRow, InvoiceFileRow, InvoiceRow } from "./invoice.repository.js";
import type { Finding, InvoiceDetail, InvoiceView } from "./invoice.schemas.js";
import { DRAFT_REMINDER_MS } from "./save-draft.js";

const status = (s: string): InvoiceStatus => (isInvoiceStatus(s) ? s : "DEPOSEE");

/** What the caller may do next on an invoice, from the lifecycle table (the front shows only these buttons). */
export function presentTransitions(invoice: InvoiceRow, roles: readonly LifecycleRole[]): InvoiceView["allowedTransitions"] {
  return roles.flatMap((role) =>
    allowedTransitions(status(invoice.status), role).map((t) => ({ action: t.action, label: t.fr, to: t.to, toLabel: INVOICE_STATUSES[t.to].fr, role, requires: [...t.requires], accepts: [...t.accepts] })),
  );
}

/** An invoice as the API shows it to a caller holding `roles` on it. */
export function presentInvoice(row: InvoiceRow, roles: readonly LifecycleRole[], now?: Date): InvoiceView {
  const s = status(row.status);
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    statusLabel: INVOICE_STATUSES[s].fr,
    statusAt: row.status_at,
    cdar: INVOICE_STATUSES[s].cdar,
    version: row.version,
    source: row.source,
    documentType: row.document_type === "AVOIR" ? "AVOIR" : "FACTURE",
    framework: row.framework,
    supplier: { siret: row.supplier_siret, name: row.supplier_name },
    recipient: { siret: row.recipient_siret, name: row.recipient_name },
    serviceCode: row.service_code,
    engagementNumber: row.engagement_number,
    contractNumber: row.contract_number,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    currency: row.currency,
    totals: { withoutVat: row.total_without_vat, vat: row.total_vat, withVat: row.total_with_vat, due: row.amount_due },
    syntax: row.syntax,
    profile: row.profile,
    originalSha256: row.original_sha256,
    depositedAt: row.deposited_at,
    createdAt: row.created_at,
    warnings: JSON.parse(row.findings) as Finding[],
    roles: [...roles],
    allowedTransitions: presentTransitions(row, roles),
    draftReminder: row.status === "BROUILLON" && now !== undefined && now.getTime() - Date.parse(row.created_at) > DRAFT_REMINDER_MS,
  };
}

const actionLabels = new Map<string, string>(TRANSITIONS.map((t) => [t.action, t.fr]));

/** The invoice with its history (when, who, motif), its files and its data. */
export function presentInvoiceDetail(row: InvoiceRow, roles: readonly LifecycleRole[], events: InvoiceEventRow[], files: InvoiceFileRow[], now?: Date): Omit<InvoiceDetail, "paymentClock"> {
  return {
    ...presentInvoice(row, roles, now),
    history: events.map((e) => ({
      id: Number(e.id),
      at: e.at,
      action: e.action,
      actionLabel: e.action === "DEPOSER" && e.from_status === null ? "Dépôt" : e.action === "ENREGISTRER" ? "Brouillon enregistré" : (actionLabels.get(e.action) ?? e.action),
      from: e.from_status,
      to: e.to_status,
      toLabel: isInvoiceStatus(e.to_status) ? INVOICE_STATUSES[e.to_status].fr : e.to_status,
      actor: { id: e.actor_id, name: e.actor_name, role: e.actor_role },
      motif: e.motif,
      details: JSON.parse(e.details) as Record<string, unknown>,
    })),
    files: files.map((f) => ({ id: Number(f.id), kind: f.kind, name: f.name, mime: f.mime, size: f.size, sha256: f.sha256, url: `/api/v1/invoices/${row.id}/files/${f.id}` })),
    data: JSON.parse(row.data) as Record<string, unknown>,
  };
}
