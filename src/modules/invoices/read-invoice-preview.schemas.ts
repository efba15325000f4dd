import { z } from "zod";
import { Finding } from "./invoice.schemas.js";

const S = z.string().nullable();

export const InvoicePreview = z.object({
  kind: z.enum(["FACTURX", "XML", "PDF", "UNREADABLE"]).describe("Factur-X, XML CII/UBL, PDF simple, ou illisible"),
  syntax: S,
  profile: S,
  guessedFromText: z.boolean().describe("Vrai quand les données ont été devinées dans le texte d'un PDF simple : à vérifier"),
  data: z.object({
    number: S,
    issueDate: S,
    dueDate: S,
    documentType: z.enum(["FACTURE", "AVOIR"]).nullable(),
    currency: S,
    totalWithoutVat: S,
    totalVat: S,
    totalWithVat: S,
    amountDue: S,
    supplierSiret: S,
    supplierName: S,
    recipientSiret: S,
    serviceCode: S,
    engagementNumber: S,
    contractNumber: S,
  }),
  recipient: z
    .object({ siret: z.string(), name: z.string(), active: z.boolean(), serviceCodeRequired: z.boolean(), engagementRequired: z.boolean(), serviceOrEngagementRequired: z.boolean() })
    .nullable(),
  findings: z.array(Finding).describe("Tous les contrôles du dépôt : les « fatal » empêchent l'envoi, les « warning » sont à lire"),
  canDeposit: z.boolean(),
});
export type InvoicePreview = z.infer<typeof InvoicePreview>;
