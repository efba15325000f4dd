import { runEngineJob } from "../../shared/engine-pool.js";
import type { DepositReceipt } from "./deposit-receipt.js";

// The deposit receipt drawn as a PDF: on the engine pool when the server has one (pdf-lib then stays off the main
// thread, about 20 MB), here otherwise.

/** The job's name in the engine worker's table (src/engine-worker.ts). */
export const RECEIPT_PDF_JOB = "invoices.receiptPdf";

/** "2026-03-02T09:00:00.000Z" → "02/03/2026 à 10:00:00 (heure de Paris)". */
function parisTime(iso: string): string {
  const d = new Date(iso);
  const date = d.toLocaleDateString("fr-FR", { timeZone: "Europe/Paris" });
  const time = d.toLocaleTimeString("fr-FR", { timeZone: "Europe/Paris" });
  return `${date} à ${time} (heure de Paris)`;
}

/** The job, as the worker runs it: the receipt as a one-page PDF (pdf-lib, standard fonts). */
export async function receiptPdfJob(receipt: DepositReceipt, brand: string): Promise<Uint8Array> {
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

/** The receipt as a one-page PDF. */
export function renderReceiptPdf(receipt: DepositReceipt, brand: string): Promise<Uint8Array> {
  return runEngineJob(RECEIPT_PDF_JOB, [receipt, brand], () => receiptPdfJob(receipt, brand));
}
