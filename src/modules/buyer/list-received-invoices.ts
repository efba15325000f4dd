import type { Deps } from "../../deps.js";
import { type Actor, presentInvoice } from "../invoices/index.js";
import { findReceivedInvoices, type ReceivedFilters } from "./received-invoices.repository.js";
import { receivedScopes } from "./received-scope.js";
import type { ReceivedPage } from "./received.schemas.js";

/** The caller's inbox of received invoices: the structures and services it covers, filtered, sorted, paged. */
export async function listReceivedInvoices(deps: Deps, actor: Actor, filters: ReceivedFilters): Promise<ReceivedPage> {
  const scopes = await receivedScopes(deps.database.db, actor);
  const { rows, total } = await findReceivedInvoices(deps.database.db, scopes, filters);
  const now = deps.clock.now();
  const processing = new Set(scopes.filter((s) => s.canProcess).map((s) => s.siret));
  return {
    total,
    items: rows.map((row) => ({
      ...presentInvoice(row, processing.has(row.recipient_siret) ? ["DESTINATAIRE"] : [], now),
      assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? row.assignee_id } : null,
    })),
  };
}
