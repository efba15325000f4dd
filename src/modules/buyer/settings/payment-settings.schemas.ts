import { z } from "zod";

// The payment clock settings of a public structure as the API reads and writes them.

/** The legal bounds of the delay: 30 days for the State and local authorities, 50 for public hospitals, 60 for
 * public undertakings (Code de la commande publique R.2192-10 and R.2192-11); a contract may only shorten it. */
export const DELAY_MIN_DAYS = 1;
export const DELAY_MAX_DAYS = 60;

export const SiretParams = z.object({ siret: z.string().regex(/^\d{14}$/).describe("SIRET de la structure publique") });

// Bounds are checked by the use case, after the caller's access (a stranger learns nothing from a 422).
export const PaymentSettingsBody = z.object({
  delayDays: z.number().int().describe(`Délai global de paiement en jours (${DELAY_MIN_DAYS} à ${DELAY_MAX_DAYS} : 30 pour l'État et les collectivités, 50 pour les établissements publics de santé)`),
  fromServiceFait: z.boolean().describe("Le délai court à partir du service fait (constaté après la réception) plutôt que du dépôt"),
});
export type PaymentSettingsBody = z.infer<typeof PaymentSettingsBody>;

export const PaymentSettingsView = PaymentSettingsBody.extend({
  siret: z.string(),
  updatedAt: z.string().nullable().describe("Dernière modification par un gestionnaire (null : délai de l'annuaire, à compter du dépôt)"),
  canEdit: z.boolean().describe("L'appelant (gestionnaire) peut les modifier"),
  minDays: z.number().int(),
  maxDays: z.number().int(),
});
export type PaymentSettingsView = z.infer<typeof PaymentSettingsView>;
