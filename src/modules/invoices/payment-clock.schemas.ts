import { z } from "zod";

// The payment clock as the API shows it (on the invoice detail and at /api/v1/invoices/{id}/payment-clock).

export const PaymentClockView = z
  .object({
    state: z.enum(["RUNNING", "SUSPENDED", "PAID", "STOPPED"]).describe("En cours, suspendu, payé, arrêté (facture rejetée)"),
    delayDays: z.number().int().describe("Délai de paiement de la structure (jours)"),
    startDate: z.string().describe("Point de départ du délai"),
    suspendedDays: z.number().int().describe("Jours de suspension (délai arrêté)"),
    dueDate: z.string().describe("Date limite de paiement"),
    daysLeft: z.number().int().describe("Jours restants (négatif en cas de retard)"),
    late: z.boolean(),
    daysLate: z.number().int(),
    paymentDate: z.string().nullable(),
    interestRate: z.string().describe("Taux des intérêts moratoires (taux BCE + 8 points), en %"),
    interest: z.string().describe("Intérêts moratoires dus à ce jour (ou à la date de paiement)"),
    indemnity: z.string().describe("Indemnité forfaitaire pour frais de recouvrement (40 €)"),
  })
  .nullable()
  .describe("Délai de paiement (null tant que la facture n'est pas déposée)");
export type PaymentClockView = z.infer<typeof PaymentClockView>;
