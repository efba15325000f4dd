import { z } from "zod";

// The figures page's API shapes (they also feed the OpenAPI document).

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Date attendue au format AAAA-MM-JJ");

export const FiguresQuery = z.object({
  siret: z.string().regex(/^\d{14}$/, "Un SIRET compte exactement 14 chiffres.").optional().describe("Structure destinataire (par défaut : la première de vos structures)"),
  serviceCode: z.string().min(1).max(100).optional().describe("Code service (absent : tous les services que vous voyez)"),
  from: IsoDate.optional().describe("Factures déposées à partir de ce jour (inclus)"),
  to: IsoDate.optional().describe("Factures déposées jusqu'à ce jour (inclus)"),
});
export type FiguresQuery = z.infer<typeof FiguresQuery>;

const Count = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

export const ReceivedFiguresView = z.object({
  siret: z.string(),
  structureName: z.string().nullable(),
  serviceCode: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  scopes: z.array(z.object({ siret: z.string(), name: z.string().nullable(), serviceCodes: z.array(z.string()).describe("Services que vous voyez (tous ceux de la structure pour un gestionnaire)") })).describe("Les structures et services dont vous pouvez voir les chiffres"),
  total: z.number().int(),
  byStatus: z.array(Count),
  byService: z.array(Count),
  processing: z.object({
    decided: z.number().int().describe("Factures sur lesquelles le destinataire a statué (suspension, rejet, service fait, mandat, paiement…)"),
    medianDays: z.number().nullable().describe("Délai médian entre le dépôt et la première décision, en jours"),
    averageDays: z.number().nullable(),
    buckets: z.array(Count).describe("Répartition de ce délai par tranche de jours"),
  }),
  payment: z.object({
    paid: z.number().int(),
    paidOnTime: z.number().int(),
    paidLate: z.number().int(),
    open: z.number().int().describe("Factures pas encore payées dont le délai court (ou est suspendu)"),
    openLate: z.number().int().describe("Dont déjà en retard"),
    medianDaysToPay: z.number().nullable().describe("Délai médian entre le dépôt et la mise en paiement, en jours"),
    interest: z.string().describe("Intérêts moratoires cumulés (en euros)"),
    indemnities: z.string().describe("Indemnités forfaitaires de 40 € cumulées"),
  }),
  suspensionReasons: z.array(Count).describe("Motifs de suspension les plus fréquents (10 au plus)"),
  rejectionReasons: z.array(Count).describe("Motifs de rejet (liste de la réforme)"),
});
export type ReceivedFiguresView = z.infer<typeof ReceivedFiguresView>;

export const CurrentAssignment = z
  .object({ assignee: z.object({ id: z.string(), name: z.string() }), assignedAt: z.string(), assignedBy: z.string() })
  .nullable()
  .describe("L'agent à qui la facture est attribuée ; null si personne");
