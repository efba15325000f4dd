import type { Invoice, PostalAddress } from "../../../einvoice/index.js";
import type { InvoiceForm, FormTotals } from "./invoice-form.js";

/** What the form needs to know of a party: from the directory. */
export interface FormParty {
  siret: string;
  name: string;
  address?: { line1: string | null; postalCode: string | null; city: string | null; countryCode: string | null } | undefined;
}

const v = (value: string) => ({ value });
/** What the user typed as a number ("0,10", "1 200") as an EN 16931 decimal ("0.10", "1200"). */
const decimal = (typed: string) => typed.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");


// The legal mentions French rules require on every invoice (BR-FR-05), as notes with their UNTDID 4451 subject codes.
const LEGAL_NOTES = [
  { subjectCode: v("PMT"), text: v("Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.") },
  { subjectCode: v("PMD"), text: v("Intérêts moratoires en cas de retard de paiement : taux de la BCE majoré de 8 points (acheteurs publics).") },
  { subjectCode: v("AAB"), text: v("Pas d'escompte pour paiement anticipé.") },
];

// The reform's billing-framework codes (BT-23) for the form's frameworks: M for an invoice of goods and services.
const BT23: Record<string, string> = { A1: "M1", A2: "M2", A9: "M1", A12: "M1" };

/** The French intra-community VAT number of a SIREN: FR + key ((12 + 3 × (SIREN mod 97)) mod 97) + SIREN. */
export function frenchVatNumber(siren: string): string {
  const key = (12 + 3 * (Number(siren) % 97)) % 97;
  return `FR${String(key).padStart(2, "0")}${siren}`;
}

function address(p: FormParty): PostalAddress {
  const a = p.address;
  const out: PostalAddress = { countryCode: v(a?.countryCode || "FR") };
  if (a?.line1) out.line1 = v(a.line1);
  if (a?.postalCode) out.postCode = v(a.postalCode);
  if (a?.city) out.city = v(a.city);
  return out;
}

/**
 * The EN 16931 invoice a "Saisir une facture" form describes: the supplier and the recipient from the directory
 * (SIREN with scheme 0002 as legal id, SIRET with scheme 0009 as identifier and electronic address), the code
 * service as buyer reference (BT-10), the engagement as purchase order (BT-13), the billing framework as the reform's
 * code (BT-23), the legal mentions French rules require (BR-FR-05), lines and VAT breakdown
 * with the exact totals the form computed, and the IBAN as credit transfer.
 */
export function formToInvoice(form: InvoiceForm, totals: FormTotals, supplier: FormParty, recipient: FormParty): Invoice {
  const cur = form.currency || "EUR";
  const amount = (value: string) => ({ value, currency: v(cur) });
  const category = (rate: string) => (Number(rate) > 0 ? "S" : "E");
  return {
    number: v(form.number.trim()),
    issueDate: v(form.issueDate),
    typeCode: v(form.documentType === "AVOIR" ? "381" : "380"),
    currency: v(cur),
    ...(form.dueDate ? { dueDate: v(form.dueDate) } : {}),
    ...(form.serviceCode.trim() ? { buyerReference: v(form.serviceCode.trim()) } : {}),
    ...(form.engagementNumber.trim() ? { purchaseOrderReference: v(form.engagementNumber.trim()) } : {}),
    ...(form.contractNumber.trim() ? { contractReference: v(form.contractNumber.trim()) } : {}),
    ...(form.paymentTerms.trim() ? { paymentTerms: v(form.paymentTerms.trim()) } : {}),
    notes: LEGAL_NOTES.map((n) => ({ ...n })),
    process: { businessProcess: v(BT23[form.framework.split("_")[0] ?? ""] ?? "M1"), specificationId: v("urn:cen.eu:en16931:2017") },
    precedingInvoices: [],
    seller: {
      name: v(supplier.name),
      identifiers: [{ value: supplier.siret, scheme: v("0009") }],
      legalRegistrationId: { value: supplier.siret.slice(0, 9), scheme: v("0002") },
      vatId: v(frenchVatNumber(supplier.siret.slice(0, 9))),
      electronicAddress: { value: supplier.siret, scheme: v("0009") },
      address: address(supplier),
    },
    buyer: {
      name: v(recipient.name),
      identifier: { value: recipient.siret, scheme: v("0009") },
      legalRegistrationId: { value: recipient.siret.slice(0, 9), scheme: v("0002") },
      electronicAddress: { value: recipient.siret, scheme: v("0009") },
      address: address(recipient),
    },
    ...(form.iban.trim() ? { payment: { meansCode: v("30"), creditTransfers: [{ accountId: v(form.iban.replace(/\s+/g, "").toUpperCase()) }] } } : {}),
    allowances: [],
    charges: [],
    totals: {
      lineNetTotal: amount(totals.totalWithoutVat),
      taxExclusiveTotal: amount(totals.totalWithoutVat),
      vatTotal: amount(totals.totalVat),
      taxInclusiveTotal: amount(totals.totalWithVat),
      amountDue: amount(totals.totalWithVat),
    },
    vatBreakdown: totals.vatBreakdown.map((b) => ({
      taxableAmount: amount(b.base),
      taxAmount: amount(b.vat),
      category: v(category(decimal(b.rate))),
      rate: v(decimal(b.rate)),
      ...(category(decimal(b.rate)) === "E" ? { exemptionReason: v("Exonération de TVA") } : {}),
    })),
    supportingDocuments: [],
    lines: form.lines.map((l, i) => ({
      id: v(String(i + 1)),
      quantity: v(decimal(l.quantity)),
      quantityUnit: v(l.unit || "C62"),
      netAmount: amount(totals.lineAmounts[i] ?? "0.00"),
      allowances: [],
      charges: [],
      price: { netPrice: amount(decimal(l.unitPrice)) },
      vatCategory: v(category(decimal(l.vatRate))),
      vatRate: v(decimal(l.vatRate)),
      item: { name: v(l.description), classifications: [], attributes: [] },
    })),
  } satisfies Invoice;
}


