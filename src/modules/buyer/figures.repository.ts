import type { Db } from "../../db/transaction.js";

// Reads for the figures page: the received invoices of one scope and period, and their history. Like the inbox, they
// read the invoices module's tables directly and never write them.

/** Which received invoices the figures cover: a structure (all services or some), and a deposit period. */
export interface FiguresFilter {
  siret: string;
  /** Service codes to keep; null: every service of the structure. */
  serviceCodes: string[] | null;
  /** Deposited at or after (ISO timestamp). */
  from?: string | undefined;
  /** Deposited before (ISO timestamp). */
  to?: string | undefined;
  /** The statuses the recipient may see (not a draft, not an invoice still with the main contractor). */
  visibleStatuses: readonly string[];
}

export interface FiguresInvoiceRow {
  id: string;
  status: string;
  service_code: string | null;
  deposited_at: string | null;
  amount_due: string | null;
  total_with_vat: string | null;
}

export interface FiguresEventRow {
  invoice_id: string;
  at: string;
  action: string;
  to_status: string;
  actor_role: string;
  motif: string | null;
  details: string;
}

function scoped(db: Db, f: FiguresFilter) {
  let q = db.selectFrom("invoices").where("invoices.recipient_siret", "=", f.siret).where("invoices.status", "in", [...f.visibleStatuses]).where("invoices.deposited_at", "is not", null);
  if (f.serviceCodes) q = f.serviceCodes.length > 0 ? q.where("invoices.service_code", "in", f.serviceCodes) : q.where((eb) => eb.lit(false));
  if (f.from) q = q.where("invoices.deposited_at", ">=", f.from);
  if (f.to) q = q.where("invoices.deposited_at", "<", f.to);
  return q;
}

/** The received invoices in the filter, oldest deposit first. */
export async function findFiguresInvoices(db: Db, f: FiguresFilter): Promise<FiguresInvoiceRow[]> {
  return scoped(db, f).select(["invoices.id", "invoices.status", "invoices.service_code", "invoices.deposited_at", "invoices.amount_due", "invoices.total_with_vat"]).orderBy("invoices.deposited_at").orderBy("invoices.id").execute();
}

/** The history of every invoice in the filter, in event order. */
export async function findFiguresEvents(db: Db, f: FiguresFilter): Promise<FiguresEventRow[]> {
  return db
    .selectFrom("invoice_events")
    .select(["invoice_events.invoice_id", "invoice_events.at", "invoice_events.action", "invoice_events.to_status", "invoice_events.actor_role", "invoice_events.motif", "invoice_events.details"])
    .where("invoice_events.invoice_id", "in", scoped(db, f).select("invoices.id"))
    .orderBy("invoice_events.id")
    .execute();
}
