import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../deps.js";
import * as S from "./accounts.schemas.js";
import { PUBLIC, SIGNED_IN } from "./openapi-security.js";
import { originOf, requireActor } from "./authenticate.js";
import { confirmEmailChange } from "./change-email.js";
import { logIn, logOut, logOutEverywhere } from "./log-in.js";
import { requestPasswordReset, resetPassword } from "./password-reset.js";
import { clearSessionCookies, csrfTokenFor, setSessionCookies } from "./session.js";
import { activateAccount, resendActivation, signUp } from "./sign-up.js";
import { disableTotp, enableTotp, regenerateRecoveryCodes, setUpTotp } from "./two-factor.js";

const tags = ["comptes"];
const perIp = (max: number, minutes: number) => ({ rateLimit: { max, timeWindow: minutes * 60_000 } });
const SENT = "Si cette adresse peut recevoir ce message, un e-mail vient d'être envoyé. Pensez à vérifier les indésirables.";

/** Sign-up, activation, login (+ TOTP), logout, reset, e-mail confirmation, 2FA set-up. */
export function authRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post("/api/v1/auth/signup", { config: perIp(20, 10), schema: { tags, security: PUBLIC, summary: "Créer un compte (un lien d'activation valable 60 minutes est envoyé)", body: S.SignUpBody, response: { 202: S.Accepted } } }, async (request, reply) => {
      await signUp(deps, request.body, originOf(request));
      return reply.status(202).send({ ok: true as const, message: SENT });
    });
    r.post("/api/v1/auth/activate", { config: perIp(20, 10), schema: { tags, security: PUBLIC, summary: "Activer un compte avec le jeton du lien", body: S.TokenBody, response: { 200: S.Ok.extend({ email: S.Email }) } } }, async (request) => {
      const { email } = await activateAccount(deps, request.body, originOf(request));
      return { ok: true as const, email };
    });
    r.post("/api/v1/auth/activate/resend", { config: perIp(10, 10), schema: { tags, security: PUBLIC, summary: "Renvoyer un lien d'activation", body: S.EmailBody, response: { 202: S.Accepted } } }, async (request, reply) => {
      await resendActivation(deps, request.body, originOf(request));
      return reply.status(202).send({ ok: true as const, message: SENT });
    });
    r.post("/api/v1/auth/login", { config: perIp(30, 1), schema: { tags, security: PUBLIC, summary: "Se connecter (mot de passe, puis code TOTP ou code de secours si la double authentification est active)", body: S.LogInBody, response: { 200: S.LogInResult } } }, async (request, reply) => {
      const { userId, sessionToken } = await logIn(deps, request.body, originOf(request));
      setSessionCookies(reply, deps, sessionToken);
      return { ok: true as const, userId, csrfToken: csrfTokenFor(sessionToken) };
    });
    r.post("/api/v1/auth/logout", { schema: { tags, security: SIGNED_IN, summary: "Se déconnecter", response: { 200: S.Ok } } }, async (request, reply) => {
      const actor = request.actor;
      await logOut(deps, actor?.kind === "user" ? actor.userId : null, request.sessionToken, originOf(request));
      clearSessionCookies(reply, deps);
      return { ok: true as const };
    });
    r.post("/api/v1/auth/logout-everywhere", { schema: { tags, security: SIGNED_IN, summary: "Fermer toutes mes sessions, sur tous les appareils", response: { 200: S.Ok } } }, async (request, reply) => {
      const actor = requireActor(request);
      if (actor.kind === "user") await logOutEverywhere(deps, actor.userId, originOf(request));
      clearSessionCookies(reply, deps);
      return { ok: true as const };
    });
    r.post("/api/v1/auth/reset/request", { config: perIp(10, 10), schema: { tags, security: PUBLIC, summary: "Mot de passe oublié : recevoir un lien (valable 60 minutes)", body: S.EmailBody, response: { 202: S.Accepted } } }, async (request, reply) => {
      await requestPasswordReset(deps, request.body, originOf(request));
      return reply.status(202).send({ ok: true as const, message: SENT });
    });
    r.post("/api/v1/auth/reset", { config: perIp(10, 10), schema: { tags, security: PUBLIC, summary: "Choisir un nouveau mot de passe avec le jeton du lien", body: S.ResetBody, response: { 200: S.Ok } } }, async (request) => {
      await resetPassword(deps, request.body, originOf(request));
      return { ok: true as const };
    });
    r.post("/api/v1/auth/email/confirm", { config: perIp(10, 10), schema: { tags, security: PUBLIC, summary: "Confirmer une nouvelle adresse de connexion", body: S.TokenBody, response: { 200: S.Ok.extend({ email: S.Email }) } } }, async (request) => {
      const { email } = await confirmEmailChange(deps, request.body, originOf(request));
      return { ok: true as const, email };
    });
    r.post("/api/v1/auth/totp/setup", { config: perIp(10, 1), schema: { tags, security: SIGNED_IN, summary: "Double authentification : obtenir un secret à scanner", response: { 200: S.TotpSetup } } }, async (request) => setUpTotp(deps, requireActor(request)));
    r.post("/api/v1/auth/totp/enable", { config: perIp(10, 1), schema: { tags, security: SIGNED_IN, summary: "Double authentification : confirmer avec un premier code (renvoie les codes de secours)", body: S.CodeBody, response: { 200: S.RecoveryCodes } } }, async (request) =>
      enableTotp(deps, requireActor(request), request.body, originOf(request)),
    );
    r.post("/api/v1/auth/totp/disable", { config: perIp(10, 1), schema: { tags, security: SIGNED_IN, summary: "Double authentification : désactiver (mot de passe et code)", body: S.DisableTotpBody, response: { 200: S.Ok } } }, async (request) => {
      await disableTotp(deps, requireActor(request), request.body, originOf(request));
      return { ok: true as const };
    });
    r.post("/api/v1/auth/totp/recovery-codes", { config: perIp(10, 1), schema: { tags, security: SIGNED_IN, summary: "Régénérer les codes de secours", body: S.CodeBody, response: { 200: S.RecoveryCodes } } }, async (request) =>
      regenerateRecoveryCodes(deps, requireActor(request), request.body, originOf(request)),
    );
  };
}
