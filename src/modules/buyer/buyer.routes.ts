import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../deps.js";
import { actorOf, InvoiceView } from "../invoices/index.js";
import { IdempotencyHeaders, IdParams, ProcessingBody } from "./buyer.schemas.js";
import { processInvoice } from "./process-invoice.js";
import { supplierAnswerRoutes } from "./supplier-answer.routes.js";
import { figuresRoutes } from "./figures.routes.js";
import { webhookRoutes } from "./webhooks/webhooks.routes.js";
import { invoiceMailJobs } from "./mail/invoice-mail-jobs.js";
import { assignInvoice } from "./assign-invoice.js";
import { listChanges } from "./list-changes.js";
import { listReceivedInvoices } from "./list-received-invoices.js";
import { AssignBody, Assignment, ChangePage, ChangesQuery, PaymentClockView, ReceivedPage, ReceivedQuery } from "./received.schemas.js";
import { getPaymentClock } from "./get-payment-clock.js";
import { getInvoiceBundle } from "./get-invoice-bundle.js";
import { paymentSettingsRoutes } from "./settings/payment-settings.routes.js";
import { invoiceNotesRoutes } from "./notes/invoice-notes.routes.js";

const tags = ["factures reçues"];

/** The buyer side's HTTP surface: the inbox of received invoices, its change feed, assignment and processing. */
export function buyerRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    await app.register(supplierAnswerRoutes(deps));
    await app.register(webhookRoutes(deps));
    await app.register(figuresRoutes(deps));
    await app.register(invoiceMailJobs(deps));
    await app.register(paymentSettingsRoutes(deps));
    await app.register(invoiceNotesRoutes(deps));
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

    r.get(
      "/api/v1/received-invoices",
      { schema: { tags, summary: "Factures reçues par mes structures (agents : leurs services ; gestionnaires : toute la structure), filtres et tri", querystring: ReceivedQuery, response: { 200: ReceivedPage } } },
      async (request) => {
        const actor = actorOf(request);
        const q = request.query;
        return listReceivedInvoices(deps, actor, { ...q, assignee: q.assignee === "me" ? actor.id : q.assignee });
      },
    );

    r.get(
      "/api/v1/received-invoices/changes",
      {
        schema: {
          tags,
          summary: "Flux des changements des factures reçues, dans l'ordre des événements : repartir de nextCursor ne manque ni ne répète rien",
          querystring: ChangesQuery,
          response: { 200: ChangePage },
        },
      },
      async (request) => listChanges(deps, actorOf(request), request.query.after, request.query.limit),
    );

    r.get(
      "/api/v1/invoices/:id/payment-clock",
      { schema: { tags, summary: "Délai de paiement d'une facture (fournisseur et destinataire) : échéance, jours restants, intérêts moratoires et indemnité en cas de retard", params: IdParams, response: { 200: PaymentClockView } } },
      async (request) => getPaymentClock(deps, actorOf(request), request.params.id),
    );

    r.get(
      "/api/v1/invoices/:id/bundle",
      { schema: { tags, summary: "Dossier de la facture (ZIP) : original, facture en CII et en UBL, pièces jointes, historique en JSON", params: IdParams, produces: ["application/zip"] } },
      async (request, reply) => {
        const { number, zip } = await getInvoiceBundle(deps, actorOf(request), request.params.id);
        return reply
          .type("application/zip")
          .header("content-disposition", `attachment; filename="facture-${number.replace(/[^\w.-]/g, "_")}.zip"`)
          .header("x-content-type-options", "nosniff")
          .send(Buffer.from(zip));
      },
    );

    r.post(
      "/api/v1/invoices/:id/assign",
      { schema: { tags, summary: "Attribuer une facture reçue à un agent du service (ou à un gestionnaire)", params: IdParams, body: AssignBody, response: { 200: Assignment } } },
      async (request) => assignInvoice(deps, actorOf(request), request.params.id, request.body.assigneeId),
    );
  };
}
