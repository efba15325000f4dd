import type { Deps } from "../../../deps.js";
import { listMailRecipients } from "../../accounts/index.js";
import { findInvoice, findInvoiceEvents, type InvoiceRow, isInvoiceStatus, statusLabel, TRANSITIONS } from "../../invoices/index.js";
import type { OutboxHandler } from "../../notifications/index.js";
import { type Brand, completedInvoiceMail, type InvoiceSummary, newInvoiceMail, statusChangeMail } from "./invoice-mails.js";
import { claimMails, insertDigestItem, markMailSent, markMailsSent, releaseMail } from "./mail-log.repository.js";
import type { Mail } from "../../../mail/mailer.js";

// Mails of a status change, run by the outbox worker after commit (at least once): each mail is claimed in the mail
// log under a key naming the outbox entry and the person, so a run repeated after a crash or a failed relay sends
// only what did not go out.

/** The sender's look used in mails. */
export function brandOf(deps: Pick<Deps, "config">): Brand {
  return { shortName: deps.config.brand.shortName, publicUrl: deps.config.publicUrl.replace(/\/$/, "") };
}

/** What the mails say about an invoice. */
export function summaryOf(invoice: InvoiceRow): InvoiceSummary {
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    supplierName: invoice.supplier_name ?? `SIRET ${invoice.supplier_siret}`,
    recipientName: invoice.recipient_name ?? `SIRET ${invoice.recipient_siret}`,
    serviceCode: invoice.service_code,
    amount: invoice.amount_due ?? invoice.total_with_vat,
    currency: invoice.currency,
  };
}

/** Actions taken on the buyer's side (recipient, accountant, validator): the ones a supplier hears about. */
const BUYER_SIDE_ACTIONS = new Set<string>(TRANSITIONS.filter((t) => t.roles.some((r) => r === "DESTINATAIRE" || r === "COMPTABLE" || r === "VALIDEUR")).map((t) => t.action));

/** Sends a claimed mail and logs it sent; a refused mail gives its claim back and fails (the caller retries). */
export async function sendClaimed(deps: Deps, key: string, mail: Mail): Promise<void> {
  try {
    await deps.mailer.send(mail);
  } catch (error) {
    await releaseMail(deps.database.db, key);
    throw error;
  }
  await markMailSent(deps.database.db, key, deps.clock.now().toISOString());
}

/**
 * Sends each mail unless the mail log says it already went out (or another run is sending it), with two statements
 * in all (claim together, mark sent together): a refused mail gives its claim back and, once the others are sent,
 * fails the run (the caller retries; the mail log skips what went out).
 */
export async function sendAllOnce(deps: Deps, list: Array<{ key: string; userId: string; kind: string; mail: () => Mail }>): Promise<void> {
  const db = deps.database.db;
  const mails = [...new Map(list.map((m) => [m.key, m])).values()];
  const claimed = await claimMails(db, mails.map((m) => ({ key: m.key, user_id: m.userId, kind: m.kind })), deps.clock.now().toISOString());
  const sent: string[] = [];
  let failure: unknown;
  for (const m of mails) {
    if (!claimed.has(m.key)) continue;
    try {
      await deps.mailer.send(m.mail());
      sent.push(m.key);
    } catch (error) {
      await releaseMail(db, m.key);
      failure ??= error;
    }
  }
  await markMailsSent(db, sent, deps.clock.now().toISOString());
  if (failure !== undefined) throw failure;
}

/** The supplier's comment on the completion published at `at` (the latest completion when none matches). */
async function completionComment(deps: Deps, invoiceId: string, at: unknown): Promise<string | null> {
  const completions = (await findInvoiceEvents(deps.database.db, invoiceId)).filter((e) => e.action === "COMPLETER");
  const event = completions.find((e) => e.at === at) ?? completions.at(-1);
  const comment = event ? (JSON.parse(event.details) as { comment?: unknown }).comment : undefined;
  return typeof comment === "string" && comment.trim() ? comment.trim() : null;
}

/** Tells the agents of the service, each by its new-invoice preference (at once, in the digest, or not), of an invoice to process: new, or completed. */
async function announceToAgents(deps: Deps, outboxId: number, invoice: InvoiceRow, summary: InvoiceSummary): Promise<void> {
  const agents = await listMailRecipients(deps.database.db, invoice.recipient_siret, "invoice.process", { serviceCode: invoice.service_code });
  const immediate = agents.filter((a) => a.preferences.newInvoices === "IMMEDIATE");
  const [prefix, kind, write] = summary.completion ? (["completed", "COMPLETED_INVOICE", completedInvoiceMail] as const) : (["new", "NEW_INVOICE", newInvoiceMail] as const);
  await sendAllOnce(deps, immediate.map((a) => ({ key: `${prefix}:${outboxId}:${a.userId}`, userId: a.userId, kind, mail: () => write(brandOf(deps), a.email, summary) })));
  for (const agent of agents) {
    if (agent.preferences.newInvoices === "DAILY") {
      await insertDigestItem(deps.database.db, { user_id: agent.userId, outbox_id: outboxId, invoice_id: invoice.id, summary: JSON.stringify(summary), created_at: deps.clock.now().toISOString() });
    }
  }
}

async function announceStatusChange(deps: Deps, outboxId: number, invoice: InvoiceRow, to: string, motif: string | null): Promise<void> {
  const suppliers = await listMailRecipients(deps.database.db, invoice.supplier_siret, "invoice.read_sent");
  const change = { statusLabel: isInvoiceStatus(to) ? statusLabel(to) : to, motif };
  const told = suppliers.filter((p) => p.preferences.statusChanges);
  await sendAllOnce(deps, told.map((p) => ({ key: `status:${outboxId}:${p.userId}`, userId: p.userId, kind: "STATUS_CHANGE", mail: () => statusChangeMail(brandOf(deps), p.email, summaryOf(invoice), change) })));
}

/**
 * Outbox handler of `invoice.status_changed`: an invoice made available to its recipient, or a suspended one the
 * supplier completed, is announced to the agents of its service (at once or in their daily digest); a change made on
 * the buyer's side is told to the supplier.
 */
export const mailInvoiceEvent: OutboxHandler = async (entry, deps) => {
  const action = String(entry.payload.action ?? "");
  const newInvoice = action === "METTRE_A_DISPOSITION";
  const completed = action === "COMPLETER";
  const buyerSide = BUYER_SIDE_ACTIONS.has(action);
  if (!newInvoice && !completed && !buyerSide) return;
  const invoice = await findInvoice(deps.database.db, entry.aggregateId);
  if (!invoice) return;
  if (newInvoice) await announceToAgents(deps, entry.id, invoice, summaryOf(invoice));
  if (completed) await announceToAgents(deps, entry.id, invoice, { ...summaryOf(invoice), completion: { comment: await completionComment(deps, invoice.id, entry.payload.at) } });
  if (buyerSide) await announceStatusChange(deps, entry.id, invoice, String(entry.payload.to ?? ""), typeof entry.payload.motif === "string" ? entry.payload.motif : null);
};
