import type { FastifyError, FastifyInstance } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, appError, toProblem as problemOf } from "../shared/errors.js";
import { localeOf } from "../shared/errors-en.js";

const PROBLEM = "application/problem+json; charset=utf-8";

/**
 * Turns every error into problem+json with a stable code and a French message (English when the caller asks for it
 * first in Accept-Language); never leaks a stack trace.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const locale = localeOf(request.headers["accept-language"]);
    const toProblem = (e: AppError) => problemOf(e, locale);
    reply.header("content-language", locale);
    if (error instanceof AppError) {
      if (error.status >= 500) request.log.error({ err: error }, error.message);
      return reply.status(error.status).type(PROBLEM).send(toProblem(error));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, "").replaceAll("/", ".") || undefined,
        message: v.message,
      }));
      const first = errors[0]?.field;
      const problem = toProblem(appError("VALIDATION_FAILED", { errors, ...(first ? { field: first } : {}) }));
      return reply.status(400).type(PROBLEM).send({ ...problem, in: error.validationContext });
    }
    const fastifyError = error as FastifyError;
    if (fastifyError.statusCode === 429) {
      return reply.status(429).type(PROBLEM).send(toProblem(appError("RATE_LIMITED")));
    }
    if (fastifyError.code === "FST_REQ_FILE_TOO_LARGE" || fastifyError.code === "FST_ERR_CTP_BODY_TOO_LARGE") {
      return reply.status(413).type(PROBLEM).send(toProblem(appError("PAYLOAD_TOO_LARGE")));
    }
    if (fastifyError.statusCode && fastifyError.statusCode < 500) {
      const problem = toProblem(new AppError(fastifyError.code ?? "BAD_REQUEST", { status: fastifyError.statusCode, message: "Requête invalide.", messageEn: "Invalid request." }));
      return reply.status(fastifyError.statusCode).type(PROBLEM).send(problem);
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.status(500).type(PROBLEM).send(toProblem(appError("INTERNAL_ERROR")));
  });
  app.setNotFoundHandler((request, reply) => {
    const locale = localeOf(request.headers["accept-language"]);
    reply.header("content-language", locale);
    reply.status(404).type(PROBLEM).send(problemOf(appError("NOT_FOUND", { path: request.url.split("?")[0] }), locale));
  });
}
