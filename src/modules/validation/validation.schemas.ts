import { z } from "zod";

export const ValidationFinding = z.object({
  rule: z.string().describe("Identifiant de la règle (BR-CO-10, CII-SR-001, BR-FR-12...)"),
  severity: z.enum(["fatal", "warning"]),
  terms: z.array(z.string()).describe("Termes métier EN 16931 concernés (BT, BG)"),
  part: z.string().describe("Partie de la facture concernée"),
  partLabel: z.string(),
  path: z.string().describe("Chemin de l'élément fautif dans le XML"),
  line: z.number().int(),
  message: z.string(),
});
export type ValidationFinding = z.infer<typeof ValidationFinding>;

const text = z.string().nullable();

/** What the invoice says, shown beside the findings so the supplier recognises it. */
export const InvoiceSummary = z.object({
  number: text,
  issueDate: text,
  dueDate: text,
  currency: text,
  sellerName: text,
  sellerId: text,
  buyerName: text,
  buyerId: text,
  buyerReference: text,
  purchaseOrderReference: text,
  totalWithoutVat: text,
  totalVat: text,
  totalWithVat: text,
  amountDue: text,
  lineCount: z.number().int(),
});
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

export const ValidationResult = z.object({
  syntax: z.enum(["CII", "UBL"]),
  kind: z.enum(["Invoice", "CreditNote"]),
  profile: z.string(),
  source: z.enum(["xml", "pdf"]),
  valid: z.boolean(),
  fatalCount: z.number().int(),
  warningCount: z.number().int(),
  sets: z.array(z.string()),
  summary: InvoiceSummary,
  findings: z.array(ValidationFinding),
});
export type ValidationResult = z.infer<typeof ValidationResult>;

export const ValidateQuery = z.object({
  lang: z.enum(["fr", "en"]).default("fr"),
  publicBuyer: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v === "true")
    .describe("Appliquer les règles françaises du B2G (acheteur public)"),
});
