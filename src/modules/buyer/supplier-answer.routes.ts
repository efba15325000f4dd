import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import { accessAdapter, actorOf, applySupplierAction, directoryAdapter, InvoiceView, lifecycleAppError, presentInvoice } from "../invoices/index.js";
import { IdParams } from "./buyer.schemas.js";

const tags = ["factures reçues"];
const JsonFile = z.object({ name: z.string().min(1).max(255), contentBase64: z.string().min(1), mime: z.string().max(100).optional() });
// No minimum here: the caller's access is checked first, then the lifecycle table refuses a completion without
// attachments (as for a multipart body without files).
const CompleteJson = z.object({ comment: z.string().max(2000).optional(), attachments: z.array(JsonFile).max(50) });
const RecycleBody = z.object({
  recipientSiret: z.string().regex(/^\d{14}$/).optional(),
  serviceCode: z.string().max(100).optional(),
  engagementNumber: z.string().max(50).optional(),
  comment: z.string().max(2000).optional(),
});

type Attachment = { name: string; bytes: Uint8Array; mime?: string | undefined };

async function completion(request: FastifyRequest): Promise<{ comment: string | undefined; attachments: Attachment[] }> {
  if (request.isMultipart()) {
    const attachments: Attachment[] = [];
    let comment: string | undefined;
    for await (const part of request.parts()) {
      if (part.type === "file") attachments.push({ name: part.filename || part.fieldname, bytes: new Uint8Array(await part.toBuffer()), mime: part.mimetype });
      else if (part.fieldname === "comment" && typeof part.value === "string") comment = part.value.slice(0, 2000);
    }
    return { comment, attachments };
  }
  const parsed = CompleteJson.safeParse(request.body);
  if (!parsed.success) throw appError("VALIDATION_FAILED", { field: String(parsed.error.issues[0]?.path.join(".") ?? "body"), errors: parsed.error.issues.map((i) => ({ field: i.path.join("."), message: i.message })) });
  return { comment: parsed.data.comment, attachments: parsed.data.attachments.map((a) => ({ name: a.name, bytes: new Uint8Array(Buffer.from(a.contentBase64, "base64")), mime: a.mime })) };
}

/** The supplier's answers to the buyer: complete a suspended invoice, re-address one sent back for recycling. */
export function supplierAnswerRoutes(deps: Deps) {
  const ports = { access: accessAdapter, directory: directoryAdapter };
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/api/v1/invoices/:id/complete",
      {
        schema: {
          tags,
          summary: "Compléter une facture suspendue (fournisseur) : commentaire et pièces jointes répondant à la liste attendue → COMPLETEE, de retour chez le destinataire",
          description: "multipart/form-data (`comment`, `attachment` répétable) ou JSON `{comment, attachments: [{name, contentBase64, mime}]}`.",
          params: IdParams,
          response: { 200: InvoiceView },
        },
      },
      async (request) => {
        const { comment, attachments } = await completion(request);
        try {
          const invoice = await applySupplierAction(deps, ports, actorOf(request), request.params.id, { action: "COMPLETER", comment, attachments });
          return presentInvoice(invoice, ["FOURNISSEUR"], deps.clock.now());
        } catch (error) {
          throw lifecycleAppError(error);
        }
      },
    );

    r.post(
      "/api/v1/invoices/:id/recycle",
      {
        schema: {
          tags,
          summary: "Recycler une facture à recycler (fournisseur) : nouveau destinataire, service ou engagement, même numéro → acheminée de nouveau",
          params: IdParams,
          body: RecycleBody,
          response: { 200: InvoiceView },
        },
      },
      async (request) => {
        try {
          const invoice = await applySupplierAction(deps, ports, actorOf(request), request.params.id, { action: "RECYCLER", ...request.body });
          return presentInvoice(invoice, ["FOURNISSEUR"], deps.clock.now());
        } catch (error) {
          throw lifecycleAppError(error);
        }
      },
    );
  };
}
