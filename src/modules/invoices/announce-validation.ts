import type { Deps } from "../../deps.js";
import { listMailRecipients } from "../accounts/index.js";
import type { OutboxHandler } from "../notifications/index.js";
import { findInvoice } from "./invoice.repository.js";
import { findInvoiceValidation } from "./invoice-validation.repository.js";

const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * Outbox handler of `invoice.status_changed`: when a subcontractor's invoice is submitted to its main contractor
 * (SOUMETTRE_VALIDATION), the contractor's members who may deposit invoices for it are mailed, with the date after
 * which the validation is tacit. Run after commit, at least once (a crash after sending may send it again).
 */
export const announceValidation: OutboxHandler = async (entry, deps: Deps) => {
  if (entry.payload.action !== "SOUMETTRE_VALIDATION") return;
  const db = deps.database.db;
  const [invoice, validation] = await Promise.all([findInvoice(db, entry.aggregateId), findInvoiceValidation(db, entry.aggregateId)]);
  if (!invoice || !validation || validation.decided_at) return;
  const people = await listMailRecipients(db, validation.validator_siret, "invoice.deposit");
  const brand = deps.config.brand.shortName;
  const url = `${deps.config.publicUrl.replace(/\/$/, "")}/factures/${invoice.id}`;
  const supplier = invoice.supplier_name ?? `SIRET ${invoice.supplier_siret}`;
  const recipient = invoice.recipient_name ?? `SIRET ${invoice.recipient_siret}`;
  const amount = invoice.total_with_vat ? ` de ${invoice.total_with_vat.replace(".", ",")} € TTC` : "";
  for (const person of people) {
    const text = `Bonjour,\n\nVotre sous-traitant ${supplier} a déposé la facture n° ${invoice.number}${amount} pour ${recipient}, au titre du marché dont vous êtes titulaire.\nElle attend votre validation avant de partir chez le destinataire : validez-la ou refusez-la (avec un motif) avant le ${frenchDate(validation.due_at)}. Sans réponse à cette date, elle sera validée tacitement et transmise.\n${url}\n\n— ${brand}`;
    await deps.mailer.send({ to: person.email, subject: `${brand} : facture de sous-traitant à valider (n° ${invoice.number})`, text });
  }
};
