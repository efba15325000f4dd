import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../../deps.js";
import { actorOf } from "../../invoices/index.js";
import { IdParams } from "../buyer.schemas.js";
import { addInvoiceNote } from "./add-invoice-note.js";
import { InvoiceNote, InvoiceNotes, NoteBody } from "./invoice-notes.schemas.js";
import { listInvoiceNotes } from "./list-invoice-notes.js";

const tags = ["factures reçues"];

/** The buyer's internal notes on a received invoice (never shown to the supplier). */
export function invoiceNotesRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      "/api/v1/invoices/:id/notes",
      { schema: { tags, summary: "Notes internes d'une facture reçue (agents et gestionnaires du destinataire ; jamais montrées au fournisseur)", params: IdParams, response: { 200: InvoiceNotes } } },
      async (request) => listInvoiceNotes(deps, actorOf(request), request.params.id),
    );
    r.post(
      "/api/v1/invoices/:id/notes",
      {
        schema: {
          tags,
          summary: "Ajouter une note interne à une facture reçue (2000 caractères au plus) : ni événement, ni notification, jamais montrée au fournisseur",
          params: IdParams,
          body: NoteBody,
          response: { 201: InvoiceNote },
        },
      },
      async (request, reply) => reply.status(201).send(await addInvoiceNote(deps, actorOf(request), request.params.id, request.body)),
    );
  };
}
