import type { Invoice } from "../../model/invoice.js";
import type { Buyer, PostalAddress, Seller } from "../../model/parties.js";
import type { Identifier } from "../../model/value.js";
import { frenchAmount, frenchDate } from "./french-format.js";
import type { PdfCanvas } from "./pdf-canvas.js";

const CREDIT_TYPES = new Set(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);

function idLabel(id: Identifier | undefined): string | undefined {
  if (!id?.value) return undefined;
  const scheme = id.scheme?.value;
  // ICD 0002 is the French SIRENE register: 14 digits are a SIRET, 9 a SIREN.
  if (scheme === "0002" || (!scheme && /^\d{14}$/.test(id.value))) return `${id.value.length === 9 ? "SIREN" : "SIRET"} ${id.value}`;
  return `Identifiant ${id.value}${scheme ? ` (${scheme})` : ""}`;
}

function addressLines(a: PostalAddress): string[] {
  const city = [a.postCode?.value, a.city?.value].filter(Boolean).join(" ");
  return [a.line1?.value, a.line2?.value, a.line3?.value, city, a.countrySubdivision?.value, a.countryCode?.value].filter((l): l is string => !!l);
}

function partyLines(p: Seller | Buyer): string[] {
  const ids = "identifiers" in p ? p.identifiers : p.identifier ? [p.identifier] : [];
  return [
    ...addressLines(p.address),
    idLabel(p.legalRegistrationId) ?? idLabel(ids[0]),
    p.vatId?.value ? `N° TVA ${p.vatId.value}` : undefined,
    p.contact?.email?.value,
  ].filter((l): l is string => !!l);
}

function header(c: PdfCanvas, inv: Invoice): void {
  const credit = CREDIT_TYPES.has(inv.typeCode?.value ?? "");
  c.text(`${credit ? "AVOIR" : "FACTURE"} N° ${inv.number?.value ?? ""}`, 0, { size: 16, bold: true });
  c.text(`Date : ${frenchDate(inv.issueDate?.value)}`, 0, { size: 10, align: "right", width: c.width });
  c.y -= 22;
  if (inv.dueDate) c.text(`Échéance : ${frenchDate(inv.dueDate.value)}`, 0, { size: 10, align: "right", width: c.width });
  c.y -= 16;
  const half = c.width / 2 - 10;
  const seller = [inv.seller.name?.value ?? "", ...partyLines(inv.seller)];
  const buyer = [inv.buyer.name?.value ?? "", ...partyLines(inv.buyer)];
  c.text("Vendeur", 0, { bold: true, size: 8 });
  c.text("Acheteur", half + 20, { bold: true, size: 8 });
  c.y -= 12;
  for (let i = 0; i < Math.max(seller.length, buyer.length); i++) {
    c.need(12);
    if (seller[i]) c.text(seller[i] as string, 0, { bold: i === 0 });
    if (buyer[i]) c.text(buyer[i] as string, half + 20, { bold: i === 0 });
    c.y -= 12;
  }
  c.y -= 6;
}

function references(c: PdfCanvas, inv: Invoice): void {
  const refs: Array<[string, string | undefined]> = [
    ["Code service / référence acheteur", inv.buyerReference?.value],
    ["Engagement / bon de commande", inv.purchaseOrderReference?.value],
    ["Contrat", inv.contractReference?.value],
    ["Projet", inv.projectReference?.value],
    ["Facture d'origine", inv.precedingInvoices.map((p) => p.number?.value).filter(Boolean).join(", ") || undefined],
    ["Période facturée", inv.invoicingPeriod ? `du ${frenchDate(inv.invoicingPeriod.start?.value)} au ${frenchDate(inv.invoicingPeriod.end?.value)}` : undefined],
  ];
  for (const [label, value] of refs.filter(([, v]) => v)) {
    c.need(12);
    c.text(`${label} :`, 0, { bold: true });
    c.text(value as string, 190);
    c.y -= 12;
  }
  c.y -= 6;
}

const COLS = { label: 0, qty: 250, unit: 300, price: 330, vat: 400, total: 440 };

function lines(c: PdfCanvas, inv: Invoice): void {
  c.need(30);
  c.rule();
  c.text("Désignation", COLS.label, { bold: true });
  c.text("Qté", COLS.qty, { bold: true });
  c.text("Unité", COLS.unit, { bold: true });
  c.text("PU HT", COLS.price, { bold: true, align: "right", width: 60 });
  c.text("TVA", COLS.vat, { bold: true, align: "right", width: 35 });
  c.text("Montant HT", COLS.total, { bold: true, align: "right", width: c.width - COLS.total });
  c.y -= 14;
  for (const line of inv.lines) {
    const label = c.wrap(`${line.item.name?.value ?? ""}${line.item.description?.value ? ` — ${line.item.description.value}` : ""}`, COLS.qty - 10);
    c.need(12 * label.length + 2);
    c.text(frenchAmount(line.quantity?.value, 0), COLS.qty);
    c.text(line.quantityUnit?.value ?? "", COLS.unit);
    c.text(frenchAmount(line.price.netPrice?.value), COLS.price, { align: "right", width: 60 });
    c.text(line.vatRate ? `${frenchAmount(line.vatRate.value, 0)} %` : (line.vatCategory?.value ?? ""), COLS.vat, { align: "right", width: 35 });
    c.text(frenchAmount(line.netAmount?.value), COLS.total, { align: "right", width: c.width - COLS.total });
    for (const l of label) {
      c.text(l, COLS.label);
      c.y -= 12;
    }
  }
  c.rule();
}

function totals(c: PdfCanvas, inv: Invoice): void {
  const cur = inv.currency?.value ?? "EUR";
  const t = inv.totals;
  c.need(14 * (inv.vatBreakdown.length + 1));
  c.text("TVA", 0, { bold: true });
  c.y -= 12;
  for (const b of inv.vatBreakdown) {
    const rate = b.rate ? `${frenchAmount(b.rate.value, 0)} %` : "";
    const reason = b.exemptionReason?.value ?? b.exemptionReasonCode?.value;
    c.text(`Catégorie ${b.category?.value ?? "?"} ${rate} : base ${frenchAmount(b.taxableAmount?.value)} ${cur}, TVA ${frenchAmount(b.taxAmount?.value)} ${cur}${reason ? ` (${reason})` : ""}`, 0);
    c.y -= 12;
  }
  c.y -= 4;
  const rows: Array<[string, string | undefined, boolean]> = [
    ["Total HT des lignes", t.lineNetTotal?.value, false],
    ["Remises", t.allowanceTotal?.value, false],
    ["Frais", t.chargeTotal?.value, false],
    ["Total HT", t.taxExclusiveTotal?.value, false],
    ["Total TVA", t.vatTotal?.value, false],
    ["Total TTC", t.taxInclusiveTotal?.value, true],
    ["Déjà payé", t.paidAmount?.value, false],
    ["Arrondi", t.roundingAmount?.value, false],
    ["Net à payer", t.amountDue?.value, true],
  ];
  for (const [label, value, strong] of rows.filter(([, v]) => v !== undefined)) {
    c.need(13);
    c.text(label, 300, { bold: strong });
    c.text(`${frenchAmount(value)} ${cur}`, 300, { bold: strong, align: "right", width: c.width - 300 });
    c.y -= 13;
  }
  c.y -= 6;
}

function payment(c: PdfCanvas, inv: Invoice): void {
  const p = inv.payment;
  const facts: string[] = [];
  if (inv.dueDate) facts.push(`À payer au plus tard le ${frenchDate(inv.dueDate.value)}.`);
  if (inv.paymentTerms?.value) facts.push(inv.paymentTerms.value);
  for (const t of p?.creditTransfers ?? []) facts.push(`Virement : IBAN ${t.accountId?.value ?? ""}${t.serviceProviderId ? ` — BIC ${t.serviceProviderId.value}` : ""}${t.accountName ? ` (${t.accountName.value})` : ""}`);
  if (p?.remittanceInformation?.value) facts.push(`Référence à rappeler : ${p.remittanceInformation.value}`);
  if (facts.length === 0) return;
  c.need(14);
  c.text("Paiement", 0, { bold: true });
  c.y -= 12;
  for (const f of facts) c.paragraph(f);
  c.y -= 6;
}

/** Draws the human-readable invoice (in French) from the model. */
export function renderInvoice(c: PdfCanvas, inv: Invoice, profileLabel: string): void {
  header(c, inv);
  references(c, inv);
  lines(c, inv);
  totals(c, inv);
  payment(c, inv);
  for (const note of inv.notes) if (note.text?.value) c.paragraph(note.text.value, { size: 8 });
  c.y -= 8;
  c.paragraph(`Facture électronique Factur-X (profil ${profileLabel}) : les données structurées jointes (factur-x.xml) font foi.`, { size: 7 });
}
