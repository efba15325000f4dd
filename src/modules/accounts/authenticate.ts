import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Deps } from "../../deps.js";
import { bool } from "../../db/database.js";
import { appError } from "../../shared/errors.js";
import type { Actor } from "./actor.js";
import { findAccessToken } from "./api-client.repository.js";
import type { RequestOrigin } from "./audit.repository.js";
import { hashSecret, safeEqual } from "./domain/tokens.js";
import { CSRF_HEADER, SESSION_COOKIE, SESSION_IDLE_MS, SESSION_MAX_MS, csrfTokenFor } from "./session.js";
import { findSession, updateSessionSeen } from "./session.repository.js";
import { findUserById } from "./user.repository.js";

declare module "fastify" {
  interface FastifyRequest {
    /** The caller, resolved from the session cookie or the bearer token before any handler runs (null: anonymous). */
    actor: Actor | null;
    /** The session secret when the caller came with a valid session cookie. */
    sessionToken: string | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const TOUCH_EVERY_MS = 5 * 60_000;

/** The caller resolved for this request by the accounts hook (session cookie or bearer token), or null when anonymous. */
export function authenticate(request: FastifyRequest): Actor | null {
  return request.actor;
}

/** The caller or a 401 UNAUTHENTICATED: the first line of every handler that needs someone. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw appError("UNAUTHENTICATED");
  return request.actor;
}

/** Where the request comes from, for the audit log. */
export function originOf(request: FastifyRequest): RequestOrigin {
  const agent = request.headers["user-agent"];
  return { ip: request.ip ?? null, userAgent: typeof agent === "string" ? agent : null };
}

async function actorFromBearer(deps: Deps, token: string): Promise<Actor | null> {
  const now = deps.clock.now().toISOString();
  const row = await findAccessToken(deps.database.db, hashSecret(token));
  if (!row || row.token_expires_at <= now || row.revoked_at !== null || (row.client_expires_at !== null && row.client_expires_at <= now)) return null;
  return { kind: "api-client", clientId: row.client_id, structureSiret: row.structure_siret, role: row.role as "MEMBER" | "AGENT" };
}

async function actorFromSession(deps: Deps, token: string): Promise<Actor | null> {
  const db = deps.database.db;
  const idHash = hashSecret(token);
  const session = await findSession(db, idHash);
  const now = deps.clock.now();
  if (!session || session.expires_at <= now.toISOString()) return null;
  const user = await findUserById(db, session.user_id);
  if (user?.status !== "ACTIVE") return null;
  if (now.getTime() - Date.parse(session.last_seen_at) > TOUCH_EVERY_MS) {
    const cap = Date.parse(session.created_at) + SESSION_MAX_MS;
    const expires = new Date(Math.min(cap, now.getTime() + SESSION_IDLE_MS)).toISOString();
    await updateSessionSeen(db, idHash, now.toISOString(), expires);
  }
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    platformAdmin: bool(user.is_platform_admin),
    secondFactorMissing: deps.config.require2faForManagers && !bool(user.totp_enabled),
  };
}

/**
 * Resolves `request.actor` on every /api request (bearer token first, then the session cookie) and enforces CSRF:
 * a state-changing request authenticated by cookie must carry x-csrf-token equal to the session's token; one without
 * a session is refused when the browser says it is cross-site (login CSRF).
 */
export function installAuthentication(app: FastifyInstance, deps: Deps): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionToken", null);
  app.addHook("onRequest", async (request) => {
    request.actor = null;
    request.sessionToken = null;
    if (!request.url.startsWith("/api/")) return;
    const authorization = request.headers.authorization;
    if (authorization && /^bearer /i.test(authorization)) {
      const actor = await actorFromBearer(deps, authorization.slice(7).trim());
      if (!actor) throw appError("UNAUTHENTICATED", { rule: "INVALID_TOKEN" }, "Jeton d'accès invalide ou expiré : demandez-en un nouveau à POST /api/oauth/token.");
      request.actor = actor;
      return;
    }
    const token = request.cookies?.[SESSION_COOKIE];
    if (token) {
      request.actor = await actorFromSession(deps, token);
      if (request.actor) request.sessionToken = token;
    }
    if (SAFE_METHODS.has(request.method)) return;
    if (request.sessionToken) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== "string" || !safeEqual(sent, csrfTokenFor(request.sessionToken))) throw appError("CSRF_TOKEN_INVALID");
    } else if (request.headers["sec-fetch-site"] === "cross-site") {
      throw appError("CSRF_TOKEN_INVALID");
    }
  });
}
