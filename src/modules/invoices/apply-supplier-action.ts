import { createHash } from "node:crypto";
import type { Deps } from "../../deps.js";
import { runInTransaction } from "../../db/transaction.js";
import type { AppError } from "../../shared/errors.js";
import type { DepositFile } from "./deposit-invoice.js";
import { checkAttachments, checkRouting } from "./domain/deposit-rules.js";
import { findTransition, InvalidTransitionError } from "./domain/invoice-lifecycle.js";
import type { InvoiceStatus } from "./domain/invoice-statuses.js";
import { checkSealedFields, type InvoiceField } from "./domain/sealed-fields.js";
import { getReadableInvoice } from "./get-invoice.js";
import { invoiceError } from "./invoice-errors.js";
import { findInvoiceFiles, type InvoiceRow, insertInvoiceFiles } from "./invoice.repository.js";
import type { AccessPort, Actor, DirectoryPort } from "./ports.js";
import { recordTransition } from "./record-transition.js";
import { sendDraft } from "./send-draft.js";

export interface SupplierActionInput {
  action: string;
  comment?: string | undefined;
  attachments?: DepositFile[] | undefined;
  recipientSiret?: string | undefined;
  serviceCode?: string | undefined;
  engagementNumber?: string | undefined;
  paymentDate?: string | undefined;
}

function refused(findings: Array<{ rule: string; field?: string }>): AppError {
  const first = findings[0];
  return invoiceError("INVOICE_REFUSED", { errors: findings, ...(first ? { rule: first.rule } : {}), ...(first?.field ? { field: first.field } : {}) }, "L'action n'a pas été faite : corrigez les points signalés.");
}

/**
 * What the supplier does next on its invoice, as the lifecycle table allows: complete a suspended invoice with
 * attachments (COMPLETER), re-address one sent back (RECYCLER: new recipient, service or engagement, same number,
 * routed again), declare a payment received (CONSTATER_ENCAISSEMENT), send a form draft (DEPOSER: a Factur-X is made
 * from the form and deposited).
 */
export async function applySupplierAction(deps: Deps, ports: { access: AccessPort; directory: DirectoryPort }, actor: Actor, id: string, input: SupplierActionInput): Promise<InvoiceRow> {
  const { invoice, roles } = await getReadableInvoice(deps, ports.access, actor, id);
  if (!roles.includes("FOURNISSEUR")) throw invoiceError("INVOICE_NOT_FOUND", { field: "id" });
  await ports.access.requireAccess(deps.database.db, actor, invoice.supplier_siret, "invoice.deposit");
  const status = invoice.status as InvoiceStatus;
  if (!findTransition(status, input.action, "FOURNISSEUR")) throw new InvalidTransitionError(status, input.action, "FOURNISSEUR");
  if (input.action === "DEPOSER") return sendDraft(deps, ports, actor, invoice);
  const db = deps.database.db;
  const now = deps.clock.now().toISOString();
  const who = { id: actor.id, name: actor.name };

  if (input.action === "RECYCLER") {
    const changed: InvoiceField[] = [];
    if (input.recipientSiret && input.recipientSiret !== invoice.recipient_siret) changed.push("recipientSiret");
    if ((input.serviceCode ?? "") !== (invoice.service_code ?? "")) changed.push("serviceCode");
    if ((input.engagementNumber ?? "") !== (invoice.engagement_number ?? "")) changed.push("engagementNumber");
    checkSealedFields(status, changed);
    const recipientSiret = input.recipientSiret || invoice.recipient_siret;
    const serviceCode = input.serviceCode?.trim() || undefined;
    const engagementNumber = input.engagementNumber?.trim() || undefined;
    const recipient = await ports.directory.findStructure(db, recipientSiret);
    const service = serviceCode ? await ports.directory.findService(db, recipientSiret, serviceCode) : undefined;
    const findings = checkRouting({ recipientSiret, recipient, serviceCode, service, engagementNumber });
    if (findings.length > 0) throw refused(findings);
    return runInTransaction(db, async (scope) => {
      const changes = { recipient_siret: recipientSiret, recipient_name: recipient?.name ?? null, service_code: serviceCode ?? null, engagement_number: engagementNumber ?? null };
      const again = await recordTransition(scope, deps, { invoice, action: "RECYCLER", role: "FOURNISSEUR", actor: who, input: { routing: changes, comment: input.comment }, changes, details: { changed } });
      return recordTransition(scope, deps, { invoice: again, action: "METTRE_A_DISPOSITION", role: "SYSTEME", actor: { id: "system", name: "Guichet (acheminement)" }, details: { recipientSiret, serviceCode: serviceCode ?? null } });
    });
  }

  if (input.action === "COMPLETER") {
    const attachments = input.attachments ?? [];
    const existing = await findInvoiceFiles(db, id);
    const findings = checkAttachments(attachments.map((a) => ({ name: a.name, size: a.bytes.byteLength })), existing.reduce((n, f) => n + f.size, 0));
    if (findings.length > 0) throw refused(findings);
    const shas: string[] = [];
    for (const a of attachments) shas.push(await deps.files.put(a.bytes));
    return runInTransaction(db, async (scope) => {
      await insertInvoiceFiles(scope.trx, attachments.map((a, i) => ({ invoice_id: id, kind: "ATTACHMENT", sha256: shas[i] ?? createHash("sha256").update(a.bytes).digest("hex"), name: a.name.slice(0, 255), mime: a.mime ?? "application/octet-stream", size: a.bytes.byteLength, created_at: now })));
      return recordTransition(scope, deps, { invoice, action: "COMPLETER", role: "FOURNISSEUR", actor: who, input: { attachments: attachments.map((a) => a.name), comment: input.comment }, details: { attachments: attachments.map((a) => a.name) } });
    });
  }

  return runInTransaction(db, (scope) =>
    recordTransition(scope, deps, { invoice, action: input.action, role: "FOURNISSEUR", actor: who, input: { comment: input.comment, paymentDate: input.paymentDate }, details: input.paymentDate ? { paymentDate: input.paymentDate } : {} }),
  );
}
