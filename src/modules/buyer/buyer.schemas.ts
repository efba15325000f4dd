import { z } from "zod";
import { REJECTION_REASONS } from "./domain/processing-rules.js";

// Request and response shapes of the buyer side's API (they also feed the OpenAPI document).

export const ProcessingBody = z.object({
  to: z.string().min(1).max(40).describe("Statut visé (une des cibles de allowedTransitions du destinataire)"),
  motif: z.string().max(2000).optional().describe("Motif (obligatoire pour REJETEE, SUSPENDUE, A_RECYCLER ; 255 caractères au plus)"),
  reason: z.enum(Object.keys(REJECTION_REASONS) as [keyof typeof REJECTION_REASONS, ...Array<keyof typeof REJECTION_REASONS>]).optional().describe("Motif de rejet codifié (REJETEE)"),
  expectedDocuments: z.array(z.string().min(1).max(255)).max(50).optional().describe("Pièces attendues du fournisseur (SUSPENDUE)"),
  mandateNumber: z.string().max(50).optional().describe("Numéro de mandat / demande de paiement (MANDATEE)"),
  paymentDate: z.string().max(10).optional().describe("Date de mise en paiement AAAA-MM-JJ (MISE_EN_PAIEMENT)"),
  amountPaid: z.string().max(20).optional().describe("Montant mis en paiement, chaîne décimale (MISE_EN_PAIEMENT)"),
  comment: z.string().max(2000).optional(),
});
export type ProcessingBody = z.infer<typeof ProcessingBody>;

export const IdParams = z.object({ id: z.string().min(1).max(64) });

export const IdempotencyHeaders = z.object({ "idempotency-key": z.string().min(1).max(255).optional() });
