import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import * as S from "./accounts.schemas.js";
import { SIGNED_IN } from "./openapi-security.js";
import { createApiClient, listStructureApiClients, revokeApiClient } from "./api-clients.js";
import { originOf, requireActor } from "./authenticate.js";
import { listStructureUsers, removeStructureUser, updateStructureUser } from "./structure-users.js";

/** Users and API credentials of a structure (managers). */
export function structureRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ["utilisateurs d'une structure"];
    r.get("/api/v1/structures/:siret/users", { schema: { tags, security: SIGNED_IN, summary: "Utilisateurs de la structure (et demandes en attente pour les gestionnaires)", params: S.SiretParams, response: { 200: z.array(S.MembershipView) } } }, async (request) =>
      listStructureUsers(deps, requireActor(request), request.params.siret),
    );
    r.patch("/api/v1/structures/:siret/users/:userId", { schema: { tags, security: SIGNED_IN, summary: "Changer le rôle ou les services d'un utilisateur", params: S.SiretUserParams, body: S.RoleChoiceBody, response: { 200: S.Ok } } }, async (request) => {
      await updateStructureUser(deps, requireActor(request), request.params.siret, request.params.userId, request.body, originOf(request));
      return { ok: true as const };
    });
    r.delete("/api/v1/structures/:siret/users/:userId", { schema: { tags, security: SIGNED_IN, summary: "Retirer un utilisateur de la structure", params: S.SiretUserParams, response: { 200: S.Ok } } }, async (request) => {
      await removeStructureUser(deps, requireActor(request), request.params.siret, request.params.userId, originOf(request));
      return { ok: true as const };
    });
    const apiTags = ["identifiants d'API"];
    r.get("/api/v1/structures/:siret/api-clients", { schema: { tags: apiTags, security: SIGNED_IN, summary: "Identifiants d'API de la structure", params: S.SiretParams, response: { 200: z.array(S.ApiClientView) } } }, async (request) =>
      listStructureApiClients(deps, requireActor(request), request.params.siret),
    );
    r.post("/api/v1/structures/:siret/api-clients", { schema: { tags: apiTags, security: SIGNED_IN, summary: "Créer des identifiants d'API (le secret n'est affiché qu'une fois)", params: S.SiretParams, body: S.CreateApiClientBody, response: { 201: S.CreatedApiClient } } }, async (request, reply) =>
      reply.status(201).send(await createApiClient(deps, requireActor(request), request.params.siret, request.body, originOf(request))),
    );
    r.delete("/api/v1/structures/:siret/api-clients/:clientId", { schema: { tags: apiTags, security: SIGNED_IN, summary: "Révoquer des identifiants d'API", params: S.SiretClientParams, response: { 200: S.Ok } } }, async (request) => {
      await revokeApiClient(deps, requireActor(request), request.params.siret, request.params.clientId, originOf(request));
      return { ok: true as const };
    });
  };
}
