import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../deps.js";
import { EInvoiceError } from "../../einvoice/errors.js";
import { AppError, appError } from "../../shared/errors.js";
import { validateInvoice } from "./validate-invoice.js";
import { ValidateQuery, ValidationResult } from "./validation.schemas.js";

const RAW_TYPES = ["application/xml", "text/xml", "application/pdf", "application/octet-stream"];

async function uploadedBytes(request: FastifyRequest): Promise<Uint8Array> {
  if (request.isMultipart()) {
    const file = await request.file();
    if (!file) throw appError("VALIDATION_FAILED", { field: "file" }, "Joignez la facture dans le champ « file ».");
    return new Uint8Array(await file.toBuffer());
  }
  const body = request.body;
  if (Buffer.isBuffer(body) && body.length > 0) return new Uint8Array(body);
  throw appError("VALIDATION_FAILED", { field: "file" }, "Envoyez la facture (XML ou PDF) dans le corps de la requête ou dans le champ multipart « file ».");
}

/** The public checker: POST a CII, UBL or Factur-X and get the findings in plain words. Rate-limited, nothing kept. */
export function validationRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    app.addContentTypeParser(RAW_TYPES, { parseAs: "buffer", bodyLimit: deps.config.maxUploadBytes }, (_request, body, done) => done(null, body));
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/api/v1/validate",
      {
        config: { rateLimit: { max: 60, timeWindow: 60_000 } },
        schema: {
          tags: ["validation"],
          summary: "Vérifier une facture (CII, UBL ou Factur-X) sans la déposer",
          description:
            "Envoyez le fichier en multipart (champ « file ») ou directement dans le corps (Content-Type application/xml ou application/pdf). Aucun compte n'est nécessaire et rien n'est conservé.",
          querystring: ValidateQuery,
          response: { 200: ValidationResult },
        },
      },
      async (request) => {
        const bytes = await uploadedBytes(request);
        try {
          return await validateInvoice(bytes, { locale: request.query.lang, publicBuyer: request.query.publicBuyer, maxBytes: deps.config.maxUploadBytes });
        } catch (error) {
          if (error instanceof EInvoiceError) throw new AppError(error.code, { status: 422, message: error.message, ...(error.messageEn ? { messageEn: error.messageEn } : {}), details: { ...(error.details ?? {}), field: "file" } });
          throw error;
        }
      },
    );
  };
}
