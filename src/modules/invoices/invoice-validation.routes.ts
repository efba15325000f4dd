import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { accessAdapter, actorOf } from "./access.adapter.js";
import { decideValidation } from "./decide-validation.js";
import { presentInvoice } from "./invoice.presenter.js";
import { IdParams, InvoiceView } from "./invoice.schemas.js";
import { lifecycleAppError } from "./invoice-errors.js";
import { findInvoicesToValidate } from "./invoice-validation.repository.js";

// The main contractor's side of the subcontractor circuit (A9): the invoices awaiting its validation, and its answer.

const tags = ["factures"];

const ValidationView = z.object({
  validatorSiret: z.string(),
  requestedAt: z.string(),
  dueAt: z.string().describe("Sans réponse à cette date, la facture est validée tacitement et part chez le destinataire"),
  decidedAt: z.string().nullable(),
  decision: z.string().nullable().describe("VALIDER, REFUSER ou CONSTATER_ABSENCE_VALIDATION (validation tacite)"),
});
const ValidationItem = z.object({ invoice: InvoiceView, validation: ValidationView });
const ValidationsQuery = z.object({ state: z.enum(["pending", "decided"]).default("pending") });
const ValidationBody = z.object({
  action: z.enum(["VALIDER", "REFUSER"]),
  motif: z.string().trim().max(255).optional().describe("Obligatoire pour REFUSER"),
  comment: z.string().trim().max(1024).optional(),
});

/** GET /api/v1/validations and POST /api/v1/invoices/{id}/validation. */
export function invoiceValidationRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      "/api/v1/validations",
      { schema: { tags, summary: "Factures de sous-traitants (A9) à valider par mes structures titulaires (state=pending), ou déjà traitées (decided)", querystring: ValidationsQuery, response: { 200: z.object({ items: z.array(ValidationItem) }) } } },
      async (request) => {
        const actor = actorOf(request);
        const sirets = await accessAdapter.structuresFor(deps.database.db, actor, "invoice.deposit");
        const rows = await findInvoicesToValidate(deps.database.db, sirets, { decided: request.query.state === "decided" });
        const now = deps.clock.now();
        return {
          items: rows.map(({ invoice, validation }) => ({
            invoice: presentInvoice(invoice, ["VALIDEUR"], now),
            validation: { validatorSiret: validation.validator_siret, requestedAt: validation.requested_at, dueAt: validation.due_at, decidedAt: validation.decided_at, decision: validation.decision },
          })),
        };
      },
    );
    r.post(
      "/api/v1/invoices/:id/validation",
      {
        schema: {
          tags,
          summary: "Valider (VALIDER) ou refuser (REFUSER, avec motif) la facture d'un sous-traitant, en tant que titulaire du marché",
          description: "Validée, la facture est mise à disposition du destinataire public ; refusée, elle s'arrête là (le sous-traitant émet une nouvelle facture). Sans réponse sous 15 jours, la validation est tacite. 409 INVALID_TRANSITION si la facture n'attend plus de validation.",
          params: IdParams,
          body: ValidationBody,
          response: { 200: InvoiceView },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        try {
          const invoice = await decideValidation(deps, accessAdapter, actor, request.params.id, request.body);
          return presentInvoice(invoice, ["VALIDEUR"], deps.clock.now());
        } catch (error) {
          throw lifecycleAppError(error);
        }
      },
    );
  };
}
