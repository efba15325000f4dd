import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../deps.js";
import { actorOf, InvoiceView } from "../invoices/index.js";
import { IdempotencyHeaders, IdParams, ProcessingBody } from "./buyer.schemas.js";
import { processInvoice } from "./process-invoice.js";

const tags = ["factures reçues"];

/** The buyer side's HTTP surface: processing received invoices. */
export function buyerRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/api/v1/invoices/:id/transitions",
      {
        schema: {
          tags,
          summary: "Traiter une facture reçue : la faire passer au statut `to` (session ou jeton d'API ; en-tête Idempotency-Key pris en compte)",
          description:
            "REJETEE : `reason` (liste) + `motif` ; SUSPENDUE : `motif` (255 caractères au plus) + `expectedDocuments` ; A_RECYCLER : `motif` ; MANDATEE : `mandateNumber` ; MISE_EN_PAIEMENT : `paymentDate` + `amountPaid`. 409 INVALID_TRANSITION si le cycle de vie ne le permet pas, 422 PROCESSING_REFUSED si un champ manque.",
          params: IdParams,
          headers: IdempotencyHeaders,
          body: ProcessingBody,
          response: { 200: InvoiceView },
        },
      },
      async (request, reply) => {
        const { invoice, replayed } = await processInvoice(deps, actorOf(request), request.params.id, request.body, request.headers["idempotency-key"]);
        if (replayed) reply.header("idempotent-replayed", "true");
        return invoice;
      },
    );
  };
}
