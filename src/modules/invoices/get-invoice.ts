import type { Deps } from "../../deps.js";
import type { LifecycleRole } from "./domain/invoice-lifecycle.js";
import { invoiceError } from "./invoice-errors.js";
import { findInvoice, findInvoiceEvents, findInvoiceFiles, type InvoiceEventRow, type InvoiceFileRow, type InvoiceRow } from "./invoice.repository.js";
import { rolesOn } from "./invoice-roles.js";
import type { AccessPort, Actor } from "./ports.js";

/** An invoice the caller may read, with the roles it holds on it; 404 otherwise (existence is not disclosed). */
export async function getReadableInvoice(deps: Deps, access: AccessPort, actor: Actor, id: string): Promise<{ invoice: InvoiceRow; roles: LifecycleRole[] }> {
  const invoice = await findInvoice(deps.database.db, id);
  if (!invoice) throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
  const { roles, canRead } = await rolesOn(deps.database.db, access, actor, invoice);
  if (!canRead) throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
  return { invoice, roles };
}

/** The invoice, its history and its files, for a caller allowed to read it. */
export async function getInvoice(deps: Deps, access: AccessPort, actor: Actor, id: string): Promise<{ invoice: InvoiceRow; roles: LifecycleRole[]; events: InvoiceEventRow[]; files: InvoiceFileRow[] }> {
  const { invoice, roles } = await getReadableInvoice(deps, access, actor, id);
  const [events, files] = await Promise.all([findInvoiceEvents(deps.database.db, id), findInvoiceFiles(deps.database.db, id)]);
  return { invoice, roles, events, files };
}

/** One file of an invoice (original, attachment, generated) with its bytes. */
export async function getInvoiceFile(deps: Deps, access: AccessPort, actor: Actor, id: string, fileId: number): Promise<{ file: InvoiceFileRow; bytes: Uint8Array }> {
  await getReadableInvoice(deps, access, actor, id);
  const file = (await findInvoiceFiles(deps.database.db, id)).find((f) => Number(f.id) === fileId);
  const bytes = file ? await deps.files.get(file.sha256) : undefined;
  if (!file || !bytes) throw invoiceError("INVOICE_NOT_FOUND", { field: "fileId" });
  return { file, bytes };
}
