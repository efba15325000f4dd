import type { PlainPdfData } from "./deposit-invoice.js";
import { siretOf, sirenOf } from "./domain/invoice-facts.js";
import type { ReadFile } from "./read-deposit-file.js";

/** The invoice data a deposit works with: read from the structured file, or typed beside a plain PDF. */
export interface Resolved {
  number: string;
  issueDate: string | undefined;
  dueDate: string | undefined;
  documentType: "FACTURE" | "AVOIR";
  currency: string;
  totals: { withoutVat?: string | undefined; vat?: string | undefined; withVat?: string | undefined; due?: string | undefined };
  sellerSiret: string | undefined;
  sellerSiren: string | undefined;
  sellerName: string | undefined;
  buyerSiret: string | undefined;
  buyerReference: string | undefined;
  orderReference: string | undefined;
  contractReference: string | undefined;
}

const CREDIT_TYPES = new Set(["81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "532"]);

/** The deposit's data from the file's facts, or from what the user typed for a plain PDF (undefined otherwise). */
export function resolveDepositData(read: ReadFile, pdfData: PlainPdfData | undefined): Resolved | undefined {
  if (read.kind === "FACTURX" || read.kind === "XML") {
    const f = read.facts;
    return {
      number: f.number ?? "",
      issueDate: f.issueDate,
      dueDate: f.dueDate,
      documentType: f.typeCode && CREDIT_TYPES.has(f.typeCode) ? "AVOIR" : "FACTURE",
      currency: f.currency ?? "EUR",
      totals: { withoutVat: f.totalWithoutVat, vat: f.totalVat, withVat: f.totalWithVat, due: f.amountDue },
      sellerSiret: siretOf(f.sellerIds),
      sellerSiren: sirenOf(f.sellerIds),
      sellerName: f.sellerName,
      buyerSiret: siretOf(f.buyerIds),
      buyerReference: f.buyerReference,
      orderReference: f.orderReference,
      contractReference: f.contractReference,
    };
  }
  if (read.kind === "PDF" && pdfData) {
    return {
      number: pdfData.number,
      issueDate: pdfData.issueDate,
      dueDate: pdfData.dueDate,
      documentType: pdfData.documentType ?? "FACTURE",
      currency: pdfData.currency ?? "EUR",
      totals: { withoutVat: pdfData.totalWithoutVat, vat: pdfData.totalVat, withVat: pdfData.totalWithVat, due: pdfData.amountDue ?? pdfData.totalWithVat },
      sellerSiret: undefined,
      sellerSiren: undefined,
      sellerName: undefined,
      buyerSiret: undefined,
      buyerReference: undefined,
      orderReference: undefined,
      contractReference: undefined,
    };
  }
  return undefined;
}

/** An amount in cents (to sort and sum), or null when it is not a plain decimal. */
export function amountCents(amount: string | undefined): number | null {
  if (!amount || !/^-?\d+(\.\d+)?$/.test(amount.trim())) return null;
  const [i = "0", f = ""] = amount.trim().split(".");
  const negative = i.startsWith("-");
  const value = Math.abs(Number(i)) * 100 + Number(f.padEnd(2, "0").slice(0, 2));
  return negative ? -value : value;
}
