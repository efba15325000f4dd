import { z } from "zod";

// The mail preferences of the signed-in user (GET/PUT /api/v1/me/notification-preferences).

export const NotificationPreferencesBody = z.object({
  newInvoices: z.enum(["IMMEDIATE", "DAILY", "OFF"]).describe("Nouvelles factures reçues : à chaque facture (IMMEDIATE), en un récapitulatif quotidien (DAILY) ou jamais (OFF)"),
  statusChanges: z.boolean().describe("Changements de statut des factures émises par mes structures"),
});
export type NotificationPreferencesBody = z.infer<typeof NotificationPreferencesBody>;

export const NotificationPreferencesView = NotificationPreferencesBody.extend({
  concerns: z
    .object({
      receivedInvoices: z.boolean().describe("Je traite des factures reçues (agent, gestionnaire d'une structure publique)"),
      sentInvoices: z.boolean().describe("Je suis des factures émises (fournisseur)"),
    })
    .describe("Quelles préférences me concernent, selon mes rattachements"),
});
export type NotificationPreferencesView = z.infer<typeof NotificationPreferencesView>;
