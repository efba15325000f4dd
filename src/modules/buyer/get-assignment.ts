import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import { type Actor, accessAdapter, getReadableInvoice } from "../invoices/index.js";
import { findAssignment } from "./buyer.repository.js";

/** Who a received invoice is assigned to (null: nobody), for the recipient's people only. */
export async function getAssignment(deps: Deps, actor: Actor, id: string) {
  const { roles } = await getReadableInvoice(deps, accessAdapter, actor, id);
  if (!roles.includes("DESTINATAIRE")) throw appError("FORBIDDEN", { rule: "NOT_RECIPIENT" });
  const row = await findAssignment(deps.database.db, id);
  return row ? { assignee: { id: row.assignee_id, name: row.assignee_name }, assignedAt: row.assigned_at, assignedBy: row.assigned_by } : null;
}
