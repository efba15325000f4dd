import { INVOICE_STATUSES, isInvoiceStatus } from "./domain/invoice-statuses.js";
import type { InvoiceRow } from "./invoice.repository.js";

// CSV export of the list: semicolon-separated with a BOM so spreadsheet software in French opens it as is.

const COLUMNS: Array<[string, (r: InvoiceRow) => string | null]> = [
  ["Numéro", (r) => r.number],
  ["Type", (r) => (r.document_type === "AVOIR" ? "Avoir" : "Facture")],
  ["Statut", (r) => (isInvoiceStatus(r.status) ? INVOICE_STATUSES[r.status].fr : r.status)],
  ["Date du statut", (r) => r.status_at],
  ["Date de facture", (r) => r.issue_date],
  ["Échéance", (r) => r.due_date],
  ["Déposée le", (r) => r.deposited_at],
  ["SIRET fournisseur", (r) => r.supplier_siret],
  ["SIRET destinataire", (r) => r.recipient_siret],
  ["Destinataire", (r) => r.recipient_name],
  ["Code service", (r) => r.service_code],
  ["Engagement", (r) => r.engagement_number],
  ["Montant HT", (r) => r.total_without_vat],
  ["TVA", (r) => r.total_vat],
  ["Montant TTC", (r) => r.total_with_vat],
  ["Net à payer", (r) => r.amount_due],
  ["Devise", (r) => r.currency],
  ["Identifiant", (r) => r.id],
];

function cell(value: string | null): string {
  const v = value ?? "";
  // Quote what needs it, and neutralise formulas (CSV injection): a cell starting with = + - @ is prefixed.
  const safe = /^[=+@\t\r]/.test(v) || (/^-/.test(v) && !/^-?\d+(\.\d+)?$/.test(v)) ? `'${v}` : v;
  return /[;"\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The header line (with BOM). */
export function csvHeader(): string {
  return `\ufeff${COLUMNS.map(([h]) => cell(h)).join(";")}\r\n`;
}

/** One CSV line per invoice. */
export function csvLines(rows: readonly InvoiceRow[]): string {
  return rows.map((r) => `${COLUMNS.map(([, get]) => cell(get(r))).join(";")}\r\n`).join("");
}
