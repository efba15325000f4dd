import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../deps.js";
import { actorOf } from "../invoices/index.js";
import { IdParams } from "./buyer.schemas.js";
import { CurrentAssignment, FiguresQuery, ReceivedFiguresView } from "./figures.schemas.js";
import { getAssignment } from "./get-assignment.js";
import { getReceivedFigures } from "./get-received-figures.js";

const tags = ["factures reçues"];

/** The figures of received invoices, and the current assignment of one (for the buyer's invoice page). */
export function figuresRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      "/api/v1/received-invoices/figures",
      { schema: { tags, summary: "Chiffres des factures reçues d'une structure ou d'un service : statuts, délais de traitement et de paiement, motifs de suspension et de rejet", querystring: FiguresQuery, response: { 200: ReceivedFiguresView } } },
      async (request) => getReceivedFigures(deps, actorOf(request), request.query),
    );
    r.get(
      "/api/v1/invoices/:id/assignment",
      { schema: { tags, summary: "À qui une facture reçue est attribuée (destinataire seulement)", params: IdParams, response: { 200: CurrentAssignment } } },
      async (request) => getAssignment(deps, actorOf(request), request.params.id),
    );
  };
}
