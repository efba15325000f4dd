import type { Mail } from "../../../mail/mailer.js";

// What Guichet writes to people about invoices, in French: a new invoice for the agents of the service, the day's
// new invoices in one digest, a status change for the supplier. Plain text; links open the invoice in the portal.

export interface Brand {
  shortName: string;
  publicUrl: string;
}

/** What a mail says about one invoice (kept as JSON in the digest queue). */
export interface InvoiceSummary {
  invoiceId: string;
  number: string;
  supplierName: string;
  recipientName: string;
  serviceCode: string | null;
  amount: string | null;
  currency: string;
  /** Set when the supplier completed a suspended invoice (its comment, if any): the mail says so. */
  completion?: { comment: string | null };
}

const signature = (b: Brand) => `\n\n-- \n${b.shortName}\n${b.publicUrl}\nPour choisir les e-mails que vous recevez : ${b.publicUrl}/mon-compte`;
const link = (b: Brand, s: InvoiceSummary) => `${b.publicUrl}/factures/${s.invoiceId}`;

/** "1234.5" → "1 234,50 EUR" (French display; the figure itself is the stored decimal string). */
export function frenchAmount(amount: string | null, currency: string): string {
  if (!amount) return "montant non indiqué";
  const [units = "0", cents = ""] = amount.replace(/^-/, "").split(".");
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, "\u202f");
  return `${amount.startsWith("-") ? "-" : ""}${grouped},${cents.padEnd(2, "0").slice(0, 2)} ${currency}`;
}

const completed = (s: InvoiceSummary) => (s.completion ? `complétée par le fournisseur${s.completion.comment ? ` (« ${s.completion.comment} »)` : ""} : ` : "");
const line = (s: InvoiceSummary) => `${completed(s)}facture ${s.number} de ${s.supplierName}, ${frenchAmount(s.amount, s.currency)}${s.serviceCode ? `, service ${s.serviceCode}` : ""}`;

/** One new invoice, for an agent who wants each at once. */
export function newInvoiceMail(b: Brand, to: string, s: InvoiceSummary): Mail {
  return {
    to,
    subject: `${b.shortName} : nouvelle facture ${s.number} de ${s.supplierName}`,
    text: `Bonjour,\n\nUne nouvelle facture est à traiter pour ${s.recipientName} :\n${line(s)}.\n\nPour l'ouvrir : ${link(b, s)}${signature(b)}`,
  };
}

/** A suspended invoice the supplier completed (with its comment), for an agent who wants each at once. */
export function completedInvoiceMail(b: Brand, to: string, s: InvoiceSummary): Mail {
  const comment = s.completion?.comment ? `\nCommentaire du fournisseur : ${s.completion.comment}` : "";
  return {
    to,
    subject: `${b.shortName} : facture ${s.number} complétée par ${s.supplierName}`,
    text: `Bonjour,\n\nLa facture ${s.number} de ${s.supplierName} (${frenchAmount(s.amount, s.currency)}${s.serviceCode ? `, service ${s.serviceCode}` : ""}), suspendue, a été complétée par le fournisseur : elle est de retour dans les factures reçues de ${s.recipientName}.${comment}\n\nPour l'ouvrir : ${link(b, s)}${signature(b)}`,
  };
}

/** The day's new (and completed) invoices, for an agent who wants one mail a day. */
export function digestMail(b: Brand, to: string, items: readonly InvoiceSummary[]): Mail {
  const n = items.length;
  const lines = items.map((s) => `- ${line(s)}\n  ${link(b, s)}`).join("\n");
  const anyCompleted = items.some((s) => s.completion);
  return {
    to,
    subject: anyCompleted ? `${b.shortName} : ${n} facture${n > 1 ? "s" : ""} à traiter (nouvelles ou complétées)` : `${b.shortName} : ${n} nouvelle${n > 1 ? "s" : ""} facture${n > 1 ? "s" : ""} reçue${n > 1 ? "s" : ""}`,
    text: `Bonjour,\n\nDepuis le dernier récapitulatif, ${anyCompleted ? `${n > 1 ? `${n} factures sont arrivées ou ont été complétées` : "une facture est arrivée ou a été complétée"}` : n > 1 ? `${n} nouvelles factures sont arrivées` : "une nouvelle facture est arrivée"} :\n\n${lines}\n\nToutes vos factures reçues : ${b.publicUrl}/factures-recues${signature(b)}`,
  };
}

/** A status change of a sent invoice, for the supplier. */
export function statusChangeMail(b: Brand, to: string, s: InvoiceSummary, change: { statusLabel: string; motif: string | null }): Mail {
  const motif = change.motif ? `\nMotif : ${change.motif}` : "";
  return {
    to,
    subject: `${b.shortName} : facture ${s.number} – ${change.statusLabel}`,
    text: `Bonjour,\n\nLa facture ${s.number} adressée à ${s.recipientName} (${frenchAmount(s.amount, s.currency)}) est passée au statut « ${change.statusLabel} ».${motif}\n\nPour la suivre : ${link(b, s)}${signature(b)}`,
  };
}
