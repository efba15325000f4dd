import swagger from "@fastify/swagger";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { renderApiDocs } from "./api-docs-page.js";

/** Registers the OpenAPI 3.1 generator (fed by the routes' zod schemas), /api/openapi.json and the /api/docs page. */
export async function registerOpenApi(app: FastifyInstance, brandName: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Guichet API",
        version: "1.0.0",
        description: `API du portail de facturation électronique (${brandName}). Erreurs au format application/problem+json avec un code stable.`,
      },
      components: {
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer", description: "Jeton obtenu par POST /api/oauth/token (client credentials)" },
          session: { type: "apiKey", in: "cookie", name: "guichet_session" },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.get("/api/docs", { schema: { hide: true } }, async (_request, reply) => {
    reply.type("text/html; charset=utf-8").send(renderApiDocs(app.swagger() as unknown as OpenApiDocument));
  });
}

export interface OpenApiDocument {
  info: { title: string; description?: string; version: string };
  paths?: Record<string, Record<string, { summary?: string; description?: string; tags?: string[]; parameters?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> }>>;
}
