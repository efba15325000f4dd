import { z } from "zod";
import { InvoiceView } from "../invoices/index.js";

export { PaymentClockView } from "../invoices/index.js";

// The inbox (« Factures reçues »), its change feed and assignments.

const csv = z
  .string()
  .max(1000)
  .transform((v) => v.split(",").map((s) => s.trim()).filter((s) => s.length > 0));

export const ReceivedQuery = z.object({
  status: csv.optional().describe("Statuts, séparés par des virgules"),
  service: z.string().max(100).optional().describe("Code service"),
  supplier: z.string().regex(/^\d{14}$/).optional().describe("SIRET du fournisseur"),
  from: z.string().max(32).optional().describe("Déposées à partir de (date ou horodatage ISO)"),
  to: z.string().max(32).optional().describe("Déposées avant (date ou horodatage ISO)"),
  assignee: z.string().max(64).optional().describe("Identifiant de l'agent, « me » pour moi, « none » pour les factures non attribuées"),
  sort: z.enum(["depositedAt", "statusAt", "amount", "number"]).default("depositedAt"),
  order: z.enum(["asc", "desc"]).default("desc"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const ReceivedInvoice = InvoiceView.extend({ assignee: z.object({ id: z.string(), name: z.string() }).nullable() });
export const ReceivedPage = z.object({ items: z.array(ReceivedInvoice), total: z.number().int() });
export type ReceivedPage = z.infer<typeof ReceivedPage>;

export const ChangesQuery = z.object({
  after: z.string().max(20).optional().describe("Curseur renvoyé par la page précédente (nextCursor) ; absent : depuis le début"),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
});

export const Change = z.object({
  cursor: z.string(),
  invoiceId: z.string(),
  number: z.string(),
  recipientSiret: z.string(),
  serviceCode: z.string().nullable(),
  supplierSiret: z.string(),
  at: z.string(),
  action: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  motif: z.string().nullable(),
  actor: z.object({ id: z.string(), name: z.string(), role: z.string() }),
  details: z.record(z.string(), z.unknown()),
});
export const ChangePage = z.object({ items: z.array(Change), nextCursor: z.string(), hasMore: z.boolean() });
export type ChangePage = z.infer<typeof ChangePage>;

export const AssignBody = z.object({ assigneeId: z.string().min(1).max(64).describe("Identifiant de l'utilisateur (agent ou gestionnaire de la structure)") });
export const Assignment = z.object({ invoiceId: z.string(), assignee: z.object({ id: z.string(), name: z.string() }), assignedAt: z.string(), assignedBy: z.string() });
