import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import * as S from "./accounts.schemas.js";
import { SIGNED_IN } from "./openapi-security.js";
import { listStructuresWaitingForManager } from "./admin-queries.js";
import { appointManager } from "./appoint-manager.js";
import { originOf, requireActor } from "./authenticate.js";

/** Platform administration: unblock structures by appointing a manager. */
export function adminRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ["administration"];
    r.get(
      "/api/v1/admin/structures-without-manager",
      { schema: { tags, security: SIGNED_IN, summary: "Structures ayant des demandes en attente mais aucun gestionnaire", response: { 200: z.array(z.object({ siret: z.string(), name: z.string(), pending: z.number() })) } } },
      async (request) => listStructuresWaitingForManager(deps, requireActor(request)),
    );
    r.post(
      "/api/v1/admin/structures/:siret/managers",
      { schema: { tags, security: SIGNED_IN, summary: "Désigner un gestionnaire (administrateur de la plateforme)", params: S.SiretParams, body: S.AppointManagerBody, response: { 200: S.Ok } } },
      async (request) => {
        await appointManager(deps, requireActor(request), { siret: request.params.siret, email: request.body.email }, originOf(request));
        return { ok: true as const };
      },
    );
  };
}
