import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../../deps.js";
import { originOf } from "../../accounts/index.js";
import { actorOf } from "../../invoices/index.js";
import { getPaymentSettings, updatePaymentSettings } from "./manage-payment-settings.js";
import { PaymentSettingsBody, PaymentSettingsView, SiretParams } from "./payment-settings.schemas.js";

const tags = ["factures reçues"];

/** The payment clock settings of a public structure: read by its agents and managers, set by its managers. */
export function paymentSettingsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const url = "/api/v1/structures/:siret/payment-settings";
    r.get(
      url,
      { schema: { tags, summary: "Délai de paiement de la structure publique : nombre de jours et point de départ (dépôt ou service fait)", params: SiretParams, response: { 200: PaymentSettingsView } } },
      async (request) => getPaymentSettings(deps, actorOf(request), request.params.siret),
    );
    r.put(
      url,
      {
        schema: {
          tags,
          summary: "Fixer le délai de paiement de la structure (gestionnaires) : il s'applique au délai de toutes ses factures reçues, déjà reçues comprises",
          description: "403 pour un agent ; 404 pour qui n'a rien à voir avec la structure ; 422 PAYMENT_DELAY_INVALID hors de 1 à 60 jours.",
          params: SiretParams,
          body: PaymentSettingsBody,
          response: { 200: PaymentSettingsView },
        },
      },
      async (request) => updatePaymentSettings(deps, actorOf(request), request.params.siret, request.body, originOf(request)),
    );
  };
}
