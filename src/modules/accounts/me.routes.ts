import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import * as S from "./accounts.schemas.js";
import { SIGNED_IN } from "./openapi-security.js";
import { originOf, requireActor } from "./authenticate.js";
import { requestEmailChange } from "./change-email.js";
import { getMe, listMyEvents, updateMyName } from "./get-me.js";
import { changePassword } from "./password-reset.js";

const tags = ["comptes"];
const SENT = "Un lien de confirmation a été envoyé à la nouvelle adresse (valable 60 minutes).";

/** The signed-in user's own account. */
export function meRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get("/api/v1/me", { schema: { tags, security: SIGNED_IN, summary: "Mon compte, mes rattachements et l'état de ma double authentification", response: { 200: S.MeView } } }, async (request) => getMe(deps, requireActor(request)));
    r.patch("/api/v1/me", { schema: { tags, security: SIGNED_IN, summary: "Modifier mon nom", body: S.UpdateMeBody, response: { 200: S.MeView } } }, async (request) => updateMyName(deps, requireActor(request), request.body.displayName));
    r.post("/api/v1/me/password", { config: { rateLimit: { max: 10, timeWindow: 600_000 } }, schema: { tags, security: SIGNED_IN, summary: "Changer mon mot de passe (mes autres sessions sont fermées)", body: S.ChangePasswordBody, response: { 200: S.Ok } } }, async (request) => {
      await changePassword(deps, requireActor(request), request.body, request.sessionToken, originOf(request));
      return { ok: true as const };
    });
    r.post("/api/v1/me/email", { config: { rateLimit: { max: 10, timeWindow: 600_000 } }, schema: { tags, security: SIGNED_IN, summary: "Changer mon adresse de connexion (confirmation par la nouvelle adresse)", body: S.ChangeEmailBody, response: { 202: S.Accepted } } }, async (request, reply) => {
      await requestEmailChange(deps, requireActor(request), request.body, originOf(request));
      return reply.status(202).send({ ok: true as const, message: SENT });
    });
    r.get("/api/v1/me/events", { schema: { tags, security: SIGNED_IN, summary: "Journal de mon compte (connexions, changements)", response: { 200: z.array(S.AccountEvent) } } }, async (request) => listMyEvents(deps, requireActor(request)));
  };
}
