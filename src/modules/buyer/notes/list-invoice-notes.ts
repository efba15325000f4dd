import type { Deps } from "../../../deps.js";
import { appError } from "../../../shared/errors.js";
import { type Actor, accessAdapter, getReadableInvoice, type InvoiceRow } from "../../invoices/index.js";
import { findInvoiceNotes, type InvoiceNoteRow } from "./invoice-notes.repository.js";
import type { InvoiceNote } from "./invoice-notes.schemas.js";

/** Access first: the invoice is readable (404 otherwise) and the caller reads it as its recipient (403 for the supplier). */
export async function requireRecipient(deps: Deps, actor: Actor, id: string): Promise<InvoiceRow> {
  const { invoice, roles } = await getReadableInvoice(deps, accessAdapter, actor, id);
  if (!roles.includes("DESTINATAIRE")) throw appError("FORBIDDEN", { rule: "NOT_RECIPIENT" });
  return invoice;
}

/** A note as the API shows it. */
export function presentNote(row: InvoiceNoteRow): InvoiceNote {
  return { id: Number(row.id), text: row.text, author: { id: row.author_id, name: row.author_name }, createdAt: row.created_at };
}

/** The internal notes of a received invoice, for the recipient's agents and managers only. */
export async function listInvoiceNotes(deps: Deps, actor: Actor, id: string): Promise<InvoiceNote[]> {
  await requireRecipient(deps, actor, id);
  return (await findInvoiceNotes(deps.database.db, id)).map(presentNote);
}
