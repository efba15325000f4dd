import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import * as S from "./accounts.schemas.js";
import { SIGNED_IN } from "./openapi-security.js";
import { originOf, requireActor } from "./authenticate.js";
import { decideMembership } from "./decide-membership.js";
import { listMyMemberships, listRequestsToApprove } from "./list-memberships.js";
import { requestMembership } from "./request-membership.js";
import { leaveStructure } from "./structure-users.js";

const tags = ["rattachements"];

/** Rattachement: ask, list, approve, refuse, leave. */
export function membershipRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get("/api/v1/memberships", { schema: { tags, security: SIGNED_IN, summary: "Mes rattachements et demandes", response: { 200: z.array(S.MembershipView) } } }, async (request) => listMyMemberships(deps, requireActor(request)));
    r.get("/api/v1/memberships/pending", { schema: { tags, security: SIGNED_IN, summary: "Demandes à approuver (structures que je gère)", response: { 200: z.array(S.MembershipView) } } }, async (request) => listRequestsToApprove(deps, requireActor(request)));
    r.post(
      "/api/v1/memberships",
      {
        config: { rateLimit: { max: 20, timeWindow: 600_000 } },
        schema: { tags, security: SIGNED_IN, summary: "Demander un rattachement par SIRET (ou créer son entreprise si le SIRET est inconnu)", body: S.RequestMembershipBody, response: { 201: S.RequestMembershipResult } },
      },
      async (request, reply) => reply.status(201).send(await requestMembership(deps, requireActor(request), request.body, originOf(request))),
    );
    r.post("/api/v1/memberships/:id/approve", { schema: { tags, security: SIGNED_IN, summary: "Approuver une demande (rôle et services au choix)", params: S.IdParams, body: S.RoleChoiceBody, response: { 200: S.Ok } } }, async (request) => {
      await decideMembership(deps, requireActor(request), request.params.id, { decision: "approve", ...request.body }, originOf(request));
      return { ok: true as const };
    });
    r.post("/api/v1/memberships/:id/refuse", { schema: { tags, security: SIGNED_IN, summary: "Refuser une demande", params: S.IdParams, body: S.RefuseBody, response: { 200: S.Ok } } }, async (request) => {
      await decideMembership(deps, requireActor(request), request.params.id, { decision: "refuse", reason: request.body.reason }, originOf(request));
      return { ok: true as const };
    });
    r.post("/api/v1/memberships/:id/leave", { schema: { tags, security: SIGNED_IN, summary: "Quitter une structure ou annuler ma demande (le dernier gestionnaire désigne un successeur)", params: S.IdParams, body: S.LeaveBody, response: { 200: S.Ok } } }, async (request) => {
      await leaveStructure(deps, requireActor(request), request.params.id, request.body, originOf(request));
      return { ok: true as const };
    });
  };
}
