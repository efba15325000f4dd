import { type Expression, type SqlBool, sql } from "kysely";
import type { Deps } from "../../deps.js";
import { AppError } from "../../shared/errors.js";
import type { InvoiceRow } from "./invoice.repository.js";
import type { ListQuery } from "./invoice.schemas.js";
import type { AccessPort, Actor } from "./ports.js";

// The supplier's list ("Factures émises"): filters, sorting and keyset (cursor) pagination, so a page costs the same
// whatever its depth and a row inserted meanwhile never shifts the next page.

const SORTS = {
  createdAt: sql<string>`created_at`,
  issueDate: sql<string>`coalesce(issue_date, '')`,
  amount: sql<number>`coalesce(amount_due_cents, 0)`,
  number: sql<string>`number`,
  status: sql<string>`status`,
  statusAt: sql<string>`status_at`,
} as const;

type SortValue = string | number;

function sortValue(row: InvoiceRow, sort: ListQuery["sort"]): SortValue {
  if (sort === "createdAt") return row.created_at;
  if (sort === "issueDate") return row.issue_date ?? "";
  if (sort === "amount") return Number(row.amount_due_cents ?? 0);
  if (sort === "number") return row.number;
  if (sort === "status") return row.status;
  return row.status_at;
}

function encodeCursor(value: SortValue, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString("base64url");
}

function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (Array.isArray(parsed) && (typeof parsed[0] === "string" || typeof parsed[0] === "number") && typeof parsed[1] === "string") return [parsed[0], parsed[1]];
  } catch {
    // fall through
  }
  throw new AppError("VALIDATION_FAILED", { status: 400, message: "Curseur de pagination invalide : repartez de la première page.", messageEn: "Invalid page cursor: start again from the first page.", details: { field: "cursor" } });
}

function toCents(amount: string): number {
  const [i = "0", f = ""] = amount.split(".");
  return Number(i) * 100 + Number(f.padEnd(2, "0").slice(0, 2));
}

/** A page of invoices sent by the structures the caller may read the sent invoices of. */
export async function listSentInvoices(deps: Deps, access: AccessPort, actor: Actor, q: ListQuery): Promise<{ rows: InvoiceRow[]; nextCursor: string | null }> {
  const mine = await access.structuresFor(deps.database.db, actor, "invoice.read_sent");
  const suppliers = q.supplierSiret ? mine.filter((s) => s === q.supplierSiret) : mine;
  if (suppliers.length === 0) return { rows: [], nextCursor: null };
  let query = deps.database.db.selectFrom("invoices").selectAll().where("supplier_siret", "in", suppliers);
  if (q.status?.length) query = query.where("status", "in", q.status);
  if (q.recipientSiret) query = query.where("recipient_siret", "=", q.recipientSiret);
  if (q.serviceCode) query = query.where("service_code", "=", q.serviceCode);
  if (q.number) query = query.where("number_key", "like", `%${q.number.toUpperCase().replace(/\s+/g, "").replace(/[\\%_]/g, "")}%`);
  if (q.issueDateFrom) query = query.where("issue_date", ">=", q.issueDateFrom);
  if (q.issueDateTo) query = query.where("issue_date", "<=", q.issueDateTo);
  if (q.depositedFrom) query = query.where("deposited_at", ">=", q.depositedFrom);
  if (q.depositedTo) query = query.where("deposited_at", "<", `${q.depositedTo}T99`);
  if (q.amountMin) query = query.where("amount_due_cents", ">=", toCents(q.amountMin));
  if (q.amountMax) query = query.where("amount_due_cents", "<=", toCents(q.amountMax));
  const expr = SORTS[q.sort];
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor);
    const cmp = q.order === "asc" ? sql`>` : sql`<`;
    query = query.where(sql<SqlBool>`(${expr}, id) ${cmp} (${value}, ${id})` as Expression<SqlBool>);
  }
  const direction = q.order === "asc" ? sql`asc` : sql`desc`;
  const rows = await query.orderBy(sql`${expr} ${direction}`).orderBy(sql`id ${direction}`).limit(q.limit + 1).execute();
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { rows: page, nextCursor: rows.length > q.limit && last ? encodeCursor(sortValue(last, q.sort), last.id) : null };
}
