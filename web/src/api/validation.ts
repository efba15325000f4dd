import { apiRequest } from "./client";

export interface ValidationFinding {
  rule: string;
  severity: "fatal" | "warning";
  terms: string[];
  part: string;
  partLabel: string;
  path: string;
  line: number;
  message: string;
}

export interface InvoiceSummary {
  number: string | null;
  issueDate: string | null;
  dueDate: string | null;
  currency: string | null;
  sellerName: string | null;
  sellerId: string | null;
  buyerName: string | null;
  buyerId: string | null;
  buyerReference: string | null;
  purchaseOrderReference: string | null;
  totalWithoutVat: string | null;
  totalVat: string | null;
  totalWithVat: string | null;
  amountDue: string | null;
  lineCount: number;
}

export interface ValidationResult {
  syntax: "CII" | "UBL";
  kind: "Invoice" | "CreditNote";
  profile: string;
  source: "xml" | "pdf";
  valid: boolean;
  fatalCount: number;
  warningCount: number;
  summary: InvoiceSummary;
  findings: ValidationFinding[];
}

/** Sends a file to the public checker; nothing is kept on the server. */
export function validateInvoiceFile(file: File, lang: "fr" | "en", publicBuyer: boolean): Promise<ValidationResult> {
  const form = new FormData();
  form.append("file", file);
  return apiRequest<ValidationResult>("POST", `/api/v1/validate?lang=${lang}&publicBuyer=${publicBuyer}`, form);
}
