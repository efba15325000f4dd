import { INVOICE_STATUSES, type InvoiceStatus } from "./invoice-statuses.js";

// Fields sealed by status (STYLE habit 2): a draft can change anything; once deposited the invoice data never changes,
// except what the lifecycle allows (recycling changes the routing, completing adds attachments and a comment).

export const INVOICE_FIELDS = [
  "supplierSiret",
  "recipientSiret",
  "serviceCode",
  "engagementNumber",
  "contractNumber",
  "framework",
  "documentType",
  "number",
  "issueDate",
  "dueDate",
  "currency",
  "lines",
  "totals",
  "paymentTerms",
  "iban",
  "original",
  "attachments",
  "comment",
] as const;
export type InvoiceField = (typeof INVOICE_FIELDS)[number];

const ROUTING: readonly InvoiceField[] = ["recipientSiret", "serviceCode", "engagementNumber"];

/** The fields the supplier may still change on an invoice in that status. */
export function editableFields(status: InvoiceStatus): readonly InvoiceField[] {
  if (status === "BROUILLON") return INVOICE_FIELDS;
  if (status === "A_RECYCLER") return [...ROUTING, "comment"];
  if (status === "SUSPENDUE") return ["attachments", "comment"];
  return [];
}

/** Thrown when a change touches a sealed field. */
export class SealedFieldsError extends Error {
  readonly fields: readonly InvoiceField[];
  constructor(status: InvoiceStatus, fields: readonly InvoiceField[]) {
    super(`Ces données ne peuvent plus être modifiées au statut « ${INVOICE_STATUSES[status].fr} » : ${fields.join(", ")}.`);
    this.name = "SealedFieldsError";
    this.fields = fields;
  }
}

/** Throws SealedFieldsError when any of `changed` is sealed in `status`. */
export function checkSealedFields(status: InvoiceStatus, changed: readonly InvoiceField[]): void {
  const open = new Set(editableFields(status));
  const sealed = changed.filter((f) => !open.has(f));
  if (sealed.length > 0) throw new SealedFieldsError(status, sealed);
}
