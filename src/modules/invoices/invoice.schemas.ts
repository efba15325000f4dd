import { z } from "zod";
import { ALL_FRAMEWORKS } from "./domain/billing-frameworks.js";
import { ALL_STATUSES } from "./domain/invoice-statuses.js";

// The invoices API contract: one zod schema per shape, types inferred (they feed the handlers and the OpenAPI).

const Siret = z.string().regex(/^\d{14}$/, "Un SIRET compte exactement 14 chiffres.");
const Amount = z.string().regex(/^-?\d+(\.\d+)?$/, "Montant attendu au format 1234.56").nullable();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Date attendue au format AAAA-MM-JJ");

export const Finding = z.object({
  rule: z.string().describe("Identifiant de la règle (DEP-…, BR-…, BR-FR-…)"),
  severity: z.enum(["fatal", "warning"]),
  message: z.string().describe("Explication en français"),
  field: z.string().optional(),
  reason: z.string().optional().describe("Code motif de la réforme 2026 (DOUBLON, DEST_INC, …)"),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Finding = z.infer<typeof Finding>;

export const AllowedTransition = z.object({
  action: z.string(),
  label: z.string(),
  to: z.enum(ALL_STATUSES as [string, ...string[]]),
  toLabel: z.string(),
  role: z.string(),
  requires: z.array(z.string()),
  accepts: z.array(z.string()),
});

export const InvoiceView = z.object({
  id: z.string(),
  number: z.string(),
  status: z.string(),
  statusLabel: z.string(),
  statusAt: z.string(),
  cdar: z.number().nullable().describe("Code statut du cycle de vie de la réforme 2026 (200–213)"),
  version: z.number().int(),
  source: z.string(),
  documentType: z.enum(["FACTURE", "AVOIR"]),
  framework: z.string(),
  supplier: z.object({ siret: z.string(), name: z.string().nullable() }),
  recipient: z.object({ siret: z.string(), name: z.string().nullable() }),
  serviceCode: z.string().nullable(),
  engagementNumber: z.string().nullable(),
  contractNumber: z.string().nullable(),
  issueDate: z.string().nullable(),
  dueDate: z.string().nullable(),
  currency: z.string(),
  totals: z.object({ withoutVat: Amount, vat: Amount, withVat: Amount, due: Amount }),
  syntax: z.string().nullable(),
  profile: z.string().nullable(),
  originalSha256: z.string().nullable(),
  depositedAt: z.string().nullable(),
  createdAt: z.string(),
  warnings: z.array(Finding),
  roles: z.array(z.string()).describe("Vos rôles sur cette facture (FOURNISSEUR, DESTINATAIRE)"),
  allowedTransitions: z.array(AllowedTransition).describe("Les actions que vous pouvez faire maintenant"),
});
export type InvoiceView = z.infer<typeof InvoiceView>;

export const InvoiceEventView = z.object({
  id: z.number(),
  at: z.string(),
  action: z.string(),
  actionLabel: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  toLabel: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), role: z.string() }),
  motif: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const InvoiceFileView = z.object({ id: z.number(), kind: z.string(), name: z.string(), mime: z.string(), size: z.number(), sha256: z.string(), url: z.string() });

export const InvoiceDetail = InvoiceView.extend({
  history: z.array(InvoiceEventView),
  files: z.array(InvoiceFileView),
  data: z.record(z.string(), z.unknown()),
});
export type InvoiceDetail = z.infer<typeof InvoiceDetail>;

export const DepositResponse = InvoiceView;

const csv = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(item)).optional();

export const ListQuery = z.object({
  status: csv(z.enum(ALL_STATUSES as [string, ...string[]])).describe("Statuts, séparés par des virgules"),
  supplierSiret: Siret.optional(),
  recipientSiret: Siret.optional(),
  serviceCode: z.string().max(100).optional(),
  number: z.string().max(100).optional().describe("Tout ou partie du numéro"),
  issueDateFrom: IsoDate.optional(),
  issueDateTo: IsoDate.optional(),
  depositedFrom: IsoDate.optional(),
  depositedTo: IsoDate.optional(),
  amountMin: z.string().regex(/^\d+(\.\d{1,2})?$/).optional().describe("Montant à payer minimal (TTC)"),
  amountMax: z.string().regex(/^\d+(\.\d{1,2})?$/).optional(),
  sort: z.enum(["createdAt", "issueDate", "amount", "number", "status", "statusAt"]).default("createdAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListQuery = z.infer<typeof ListQuery>;

export const InvoicePage = z.object({ items: z.array(InvoiceView), nextCursor: z.string().nullable() });

export const IdParams = z.object({ id: z.string().min(1).max(64) });
export const FileParams = z.object({ id: z.string().min(1).max(64), fileId: z.coerce.number().int().positive() });

export const Receipt = z.object({
  invoiceId: z.string(),
  number: z.string(),
  depositedAt: z.string().describe("Date et heure du dépôt : point de départ du délai de paiement"),
  originalSha256: z.string().describe("Empreinte SHA-256 de l'original déposé"),
  originalName: z.string(),
  supplier: z.object({ siret: z.string(), name: z.string().nullable() }),
  recipient: z.object({ siret: z.string(), name: z.string().nullable() }),
  serviceCode: z.string().nullable(),
  totalWithVat: z.string().nullable(),
  currency: z.string(),
  depositedBy: z.string(),
  pdfUrl: z.string(),
});

/** Routing and typed fields of a deposit (multipart fields or JSON body). */
export const DepositFields = z.object({
  supplierSiret: Siret.optional(),
  recipientSiret: Siret.optional(),
  serviceCode: z.string().trim().max(100).optional(),
  engagementNumber: z.string().trim().max(100).optional(),
  contractNumber: z.string().trim().max(100).optional(),
  framework: z.enum(ALL_FRAMEWORKS as [string, ...string[]]).optional(),
  acceptDifferences: z.preprocess((v) => v === "true" || v === true || v === "1", z.boolean()).optional(),
  typedNumber: z.string().trim().max(100).optional(),
  typedIssueDate: IsoDate.optional(),
  typedTotalWithVat: z.string().trim().max(32).optional(),
  typedTotalWithoutVat: z.string().trim().max(32).optional(),
  number: z.string().trim().max(100).optional().describe("PDF simple : numéro de la facture"),
  issueDate: IsoDate.optional(),
  dueDate: IsoDate.optional(),
  documentType: z.enum(["FACTURE", "AVOIR"]).optional(),
  currency: z.string().length(3).optional(),
  totalWithoutVat: z.string().regex(/^-?\d+(\.\d+)?$/).optional(),
  totalVat: z.string().regex(/^-?\d+(\.\d+)?$/).optional(),
  totalWithVat: z.string().regex(/^-?\d+(\.\d+)?$/).optional(),
});
export type DepositFields = z.infer<typeof DepositFields>;

export const JsonFile = z.object({ name: z.string().min(1).max(255), contentBase64: z.string().min(1), mime: z.string().max(100).optional() });
export const JsonDepositBody = DepositFields.extend({ file: JsonFile, attachments: z.array(JsonFile).max(50).optional() });
