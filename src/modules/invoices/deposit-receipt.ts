import type { Deps } from "../../deps.js";
import { getReadableInvoice } from "./get-invoice.js";
import { invoiceError } from "./invoice-errors.js";
import { findInvoiceEvents, findInvoiceFiles } from "./invoice.repository.js";
import type { AccessPort, Actor } from "./ports.js";

/** The deposit receipt ("accusé de dépôt"): when the invoice was deposited and the fingerprint of its original. */
export interface DepositReceipt {
  invoiceId: string;
  number: string;
  depositedAt: string;
  originalSha256: string;
  originalName: string;
  supplier: { siret: string; name: string | null };
  recipient: { siret: string; name: string | null };
  serviceCode: string | null;
  totalWithVat: string | null;
  currency: string;
  depositedBy: string;
  pdfUrl: string;
}

/** The deposit receipt of an invoice the caller may read (409 for a draft, which has none). */
export async function getDepositReceipt(deps: Deps, access: AccessPort, actor: Actor, id: string): Promise<DepositReceipt> {
  const { invoice } = await getReadableInvoice(deps, access, actor, id);
  if (!invoice.deposited_at || !invoice.original_sha256) throw invoiceError("RECEIPT_UNAVAILABLE");
  const [events, files] = await Promise.all([findInvoiceEvents(deps.database.db, id), findInvoiceFiles(deps.database.db, id)]);
  const deposit = events.find((e) => e.to_status === "DEPOSEE");
  const original = files.find((f) => f.kind === "ORIGINAL");
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    depositedAt: invoice.deposited_at,
    originalSha256: invoice.original_sha256,
    originalName: original?.name ?? "",
    supplier: { siret: invoice.supplier_siret, name: invoice.supplier_name },
    recipient: { siret: invoice.recipient_siret, name: invoice.recipient_name },
    serviceCode: invoice.service_code,
    totalWithVat: invoice.total_with_vat,
    currency: invoice.currency,
    depositedBy: deposit?.actor_name ?? invoice.created_by,
    pdfUrl: `/api/v1/invoices/${invoice.id}/receipt.pdf`,
  };
}

/** "2026-03-02T09:00:00.000Z" → "02/03/2026 à 10:00:00 (heure de Paris)". */
function parisTime(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" });
  const time = d.toLocaleTimeString("fr-FR", { timeZone: "Europe/Paris" });
  return `${date} à ${time} (heure de Paris)`;
}

/** The receipt as a one-page PDF (pdf-lib, standard fonts). */
export async function renderReceiptPdf(receipt: DepositReceipt, brand: string): Promise<Uint8Array> {
  // pdf-lib is loaded when a receipt is first drawn, not when the server starts.
  const { PDFDocument, rgb, StandardFonts } = await import("pdf-lib");
  const doc = await PDFDocument.create();
  doc.setTitle(`Accusé de dépôt — facture ${receipt.number}`);
  doc.setCreator(brand);
  doc.setCreationDate(new Date(receipt.depositedAt));
  doc.setModificationDate(new Date(receipt.depositedAt));
  const page = doc.addPage([595, 842]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const mono = await doc.embedFont(StandardFonts.Courier);
  let y = 780;
  const line = (label: string, value: string, font = regular) => {
    page.drawText(label, { x: 50, y, size: 10, font: bold });
    page.drawText(value, { x: 210, y, size: 10, font });
    y -= 20;
  };
  page.drawText(brand, { x: 50, y, size: 11, font: regular, color: rgb(0.3, 0.3, 0.3) });
  y -= 36;
  page.drawText("Accusé de dépôt de facture", { x: 50, y, size: 20, font: bold });
  y -= 40;
  line("Facture n°", receipt.number);
  line("Identifiant", receipt.invoiceId, mono);
  line("Déposée le", parisTime(receipt.depositedAt));
  line("Horodatage (UTC)", receipt.depositedAt, mono);
  line("Fournisseur", `${receipt.supplier.name ?? ""} (SIRET ${receipt.supplier.siret})`);
  line("Destinataire", `${receipt.recipient.name ?? ""} (SIRET ${receipt.recipient.siret})`);
  if (receipt.serviceCode) line("Code service", receipt.serviceCode);
  if (receipt.totalWithVat) line("Montant TTC", `${receipt.totalWithVat} ${receipt.currency}`);
  line("Fichier original", receipt.originalName.slice(0, 60));
  line("Déposée par", receipt.depositedBy.slice(0, 60));
  y -= 10;
  page.drawText("Empreinte SHA-256 de l'original :", { x: 50, y, size: 10, font: bold });
  y -= 18;
  page.drawText(receipt.originalSha256, { x: 50, y, size: 9, font: mono });
  y -= 40;
  const note = [
    "La date et l'heure de dépôt ci-dessus font courir le délai de paiement de la facture.",
    "L'empreinte permet de vérifier que le fichier conservé est exactement celui qui a été déposé",
    "(commande : sha256sum <fichier>).",
  ];
  for (const text of note) {
    page.drawText(text, { x: 50, y, size: 9, font: regular, color: rgb(0.25, 0.25, 0.25) });
    y -= 14;
  }
  return doc.save();
}
