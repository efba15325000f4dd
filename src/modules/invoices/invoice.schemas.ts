import { z } from "zod";
import { ALL_FRAMEWORKS } from "./domain/billing-frameworks.js";
import { ALL_STATUSES } from "./domain/invoice-statuses.js";
import { PaymentClockView } from "./payment-clock.schemas.js";

// The invoices API contract: one zod schema per shape, types inferred (they feed the handlers and the OpenAPI).

const Siret = z.string().regex(/^\d{14}$/, "Un SIRET compte exactement 14 chiffres.");
const Amount = z.string().regex(/^-?\d+(\.\d+)?$/, "Montant attendu au format 1234.56").nullable();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Date attendue au format AAAA-MM-JJ");

export const Finding = z.object({
  rule: z.string().describe("Identifiant de la règle (DEP-…, BR-…, BR-FR-…)"),
  severity: z.enum(["fatal", "warning"]),
  message: z.string().describe("Explication en français (en anglais si l'appelant le demande en premier dans Accept-Language et que la règle l'a)"),
  lang: z.enum(["fr", "en"]).optional().describe("Langue du message quand l'appelant a demandé l'anglais"),
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
  draftReminder: z.boolean().describe("Brouillon enregistré depuis plus de 2 jours et jamais envoyé"),
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
  paymentClock: PaymentClockView,
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
  validatorSiret: Siret.optional().describe("A9 (sous-traitant) : SIRET du titulaire du marché, qui valide la facture avant le destinataire"),
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

const FormText = (max: number) => z.string().max(max).default("");
export const FormLineBody = z.object({
  description: z.string().max(1024),
  quantity: z.string().max(32),
  unit: z.string().max(8),
  unitPrice: z.string().max(32),
  vatRate: z.string().max(8),
});
export const DraftBody = z.object({
  supplierSiret: Siret,
  recipientSiret: z.string().max(14).default(""),
  serviceCode: FormText(100),
  engagementNumber: FormText(50),
  contractNumber: FormText(50),
  framework: z.enum(ALL_FRAMEWORKS as [string, ...string[]]).default("A1_FACTURE_FOURNISSEUR"),
  validatorSiret: z.string().max(14).default("").describe("A9 : SIRET du titulaire du marché"),
  documentType: z.enum(["FACTURE", "AVOIR"]).default("FACTURE"),
  number: FormText(100),
  issueDate: FormText(10),
  dueDate: FormText(10),
  currency: z.string().length(3).default("EUR"),
  lines: z.array(FormLineBody).max(999),
  paymentTerms: FormText(1024),
  iban: FormText(40),
});
export const DraftResult = z.object({
  invoice: InvoiceView,
  findings: z.array(Finding),
  totals: z.object({
    lineAmounts: z.array(z.string()),
    vatBreakdown: z.array(z.object({ rate: z.string(), base: z.string(), vat: z.string() })),
    totalWithoutVat: z.string(),
    totalVat: z.string(),
    totalWithVat: z.string(),
  }),
});

/** A supplier's lifecycle action (multipart fields or JSON). */
export const ActionFields = z.object({
  action: z.string().trim().min(1).max(40),
  comment: z.string().trim().max(1024).optional(),
  recipientSiret: Siret.optional(),
  serviceCode: z.string().trim().max(100).optional(),
  engagementNumber: z.string().trim().max(50).optional(),
  paymentDate: IsoDate.optional(),
});
