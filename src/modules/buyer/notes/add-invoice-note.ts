import type { Deps } from "../../../deps.js";
import type { Actor } from "../../invoices/index.js";
import { buyerError } from "../buyer-errors.js";
import { insertInvoiceNote } from "./invoice-notes.repository.js";
import { NOTE_MAX_LENGTH, type NoteBody, type InvoiceNote } from "./invoice-notes.schemas.js";
import { presentNote, requireRecipient } from "./list-invoice-notes.js";

/**
 * Adds an internal note to a received invoice (the recipient's agents and managers who read it). A note is no event:
 * it changes no status and goes to no outbox, so no live stream, change feed, webhook or mail carries it.
 */
export async function addInvoiceNote(deps: Deps, actor: Actor, id: string, input: NoteBody): Promise<InvoiceNote> {
  await requireRecipient(deps, actor, id);
  const text = input.text.trim();
  if (text.length === 0 || text.length > NOTE_MAX_LENGTH) throw buyerError("NOTE_INVALID", { field: "text", rule: text.length === 0 ? "REQUIRED" : "MAX_LENGTH", max: NOTE_MAX_LENGTH });
  const row = await insertInvoiceNote(deps.database.db, { invoice_id: id, author_id: actor.id, author_name: actor.name, text, created_at: deps.clock.now().toISOString() });
  return presentNote(row);
}
