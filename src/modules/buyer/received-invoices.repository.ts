import { type ExpressionBuilder, sql } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Db } from "../../db/transaction.js";
import { BEFORE_ROUTING, FRAMEWORKS_WITH_VALIDATION, type InvoiceEventRow, type InvoiceRow, RECIPIENT_STATUSES } from "../invoices/index.js";
import type { ReceivedScope } from "./received-scope.js";

// The buyer's reads over received invoices and their events. They read the invoices module's tables directly (the
// module exports no query shaped for an inbox or a feed); they never write them.

export interface ReceivedFilters {
  status?: string[] | undefined;
  service?: string | undefined;
  supplier?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  assignee?: string | undefined;
  sort: "depositedAt" | "statusAt" | "amount" | "number";
  order: "asc" | "desc";
  limit: number;
  offset: number;
}

export type ReceivedRow = InvoiceRow & { assignee_id: string | null; assignee_name: string | null };

const SORT_COLUMNS = { depositedAt: "invoices.deposited_at", statusAt: "invoices.status_at", amount: "invoices.amount_due_cents", number: "invoices.number" } as const;

function inScopes(eb: ExpressionBuilder<Database, "invoices">, scopes: ReceivedScope[]) {
  return eb.or(
    scopes.map((s) =>
      s.scope.all
        ? eb("invoices.recipient_siret", "=", s.siret)
        : eb.and([eb("invoices.recipient_siret", "=", s.siret), s.scope.codes.length > 0 ? eb("invoices.service_code", "in", s.scope.codes) : eb.lit(false)]),
    ),
  );
}

/** One page of the received invoices in the caller's scopes, filtered and sorted, with the total count. */
export async function findReceivedInvoices(db: Db, scopes: ReceivedScope[], f: ReceivedFilters): Promise<{ rows: ReceivedRow[]; total: number }> {
  if (scopes.length === 0) return { rows: [], total: 0 };
  let q = db
    .selectFrom("invoices")
    .leftJoin("invoice_assignments", "invoice_assignments.invoice_id", "invoices.id")
    .where("invoices.status", "in", RECIPIENT_STATUSES)
    .where((eb) => inScopes(eb, scopes));
  if (f.status && f.status.length > 0) q = q.where("invoices.status", "in", f.status);
  if (f.service) q = q.where("invoices.service_code", "=", f.service);
  if (f.supplier) q = q.where("invoices.supplier_siret", "=", f.supplier);
  if (f.from) q = q.where("invoices.deposited_at", ">=", f.from);
  if (f.to) q = q.where("invoices.deposited_at", "<", f.to);
  if (f.assignee === "none") q = q.where("invoice_assignments.assignee_id", "is", null);
  else if (f.assignee) q = q.where("invoice_assignments.assignee_id", "=", f.assignee);
  const count = await q.select((eb) => eb.fn.countAll<string | number>().as("n")).executeTakeFirst();
  const rows = await q
    .selectAll("invoices")
    .select(["invoice_assignments.assignee_id", "invoice_assignments.assignee_name"])
    .orderBy(SORT_COLUMNS[f.sort], f.order)
    .orderBy("invoices.id", f.order)
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  return { rows: rows as ReceivedRow[], total: Number(count?.n ?? 0) };
}

export type ChangeRow = InvoiceEventRow & { number: string; recipient_siret: string; service_code: string | null; supplier_siret: string };

/**
 * The events after `after` (event id) on invoices in the caller's scopes, in id order. On PostgreSQL, ids are handed
 * out before commit, so a reader could see id 11 committed while id 10 is still in flight and skip it for ever: the
 * read first takes a SHARE lock on invoice_events, which waits for every writing transaction to end (and holds new
 * ones back for the length of one indexed read), so the page it returns has no hole below its last id. SQLite has
 * one writer at a time and needs no lock.
 */
export async function findChanges(db: Db, dialect: "sqlite" | "postgres", scopes: ReceivedScope[], after: number, limit: number): Promise<ChangeRow[]> {
  if (scopes.length === 0) return [];
  const read = (trx: Db) =>
    trx
      .selectFrom("invoice_events")
      .innerJoin("invoices", "invoices.id", "invoice_events.invoice_id")
      .selectAll("invoice_events")
      .select(["invoices.number", "invoices.recipient_siret", "invoices.service_code", "invoices.supplier_siret"])
      .where("invoice_events.id", ">", after)
      .where("invoice_events.to_status", "in", RECIPIENT_STATUSES)
      // An A9 invoice's deposit is not the recipient's news: it learns of the invoice when it is made available.
      .where((eb) => eb.not(eb.and([eb("invoices.framework", "in", FRAMEWORKS_WITH_VALIDATION), eb("invoice_events.to_status", "in", BEFORE_ROUTING)])))
      .where((eb) => inScopes(eb as unknown as ExpressionBuilder<Database, "invoices">, scopes))
      .orderBy("invoice_events.id")
      .limit(limit)
      .execute();
  if (dialect === "sqlite") return read(db);
  return db.transaction().execute(async (trx) => {
    await sql`lock table invoice_events in share mode`.execute(trx);
    return read(trx);
  });
}
