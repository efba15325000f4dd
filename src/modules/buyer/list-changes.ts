import type { Deps } from "../../deps.js";
import type { Actor } from "../invoices/index.js";
import { buyerError } from "./buyer-errors.js";
import { findChanges } from "./received-invoices.repository.js";
import { receivedScopes } from "./received-scope.js";
import type { ChangePage } from "./received.schemas.js";

/**
 * The change feed of the caller's received invoices: every event after the cursor, in event order, at most `limit`.
 * The cursor is the last event id returned; paging with it misses nothing and repeats nothing.
 */
export async function listChanges(deps: Deps, actor: Actor, after: string | undefined, limit: number): Promise<ChangePage> {
  if (after !== undefined && !/^\d{1,15}$/.test(after)) throw buyerError("CURSOR_INVALID", { field: "after" });
  const from = after === undefined ? 0 : Number(after);
  const scopes = await receivedScopes(deps.database.db, actor);
  const rows = await findChanges(deps.database.db, deps.database.dialect, scopes, from, limit);
  const last = rows.at(-1);
  return {
    items: rows.map((e) => ({
      cursor: String(e.id),
      invoiceId: e.invoice_id,
      number: e.number,
      recipientSiret: e.recipient_siret,
      serviceCode: e.service_code,
      supplierSiret: e.supplier_siret,
      at: e.at,
      action: e.action,
      from: e.from_status,
      to: e.to_status,
      motif: e.motif,
      actor: { id: e.actor_id, name: e.actor_name, role: e.actor_role },
      details: JSON.parse(e.details) as Record<string, unknown>,
    })),
    nextCursor: last ? String(last.id) : String(from),
    hasMore: rows.length === limit,
  };
}
