import type { FastifyReply } from "fastify";
import type { Deps } from "../../deps.js";
import type { Db } from "../../db/transaction.js";
import { hashSecret, newSecret } from "./domain/tokens.js";
import type { RequestOrigin } from "./audit.repository.js";
import { insertSession } from "./session.repository.js";

export const SESSION_COOKIE = "guichet_session";
export const CSRF_COOKIE = "guichet_csrf";
export const CSRF_HEADER = "x-csrf-token";
/** A session ends after 12 hours without activity, and at the latest 7 days after login. */
export const SESSION_IDLE_MS = 12 * 3600_000;
export const SESSION_MAX_MS = 7 * 24 * 3600_000;

/** The anti-CSRF token of a session: derived from the session secret, so it is bound to it and never stored. */
export function csrfTokenFor(sessionToken: string): string {
  return Buffer.from(hashSecret(`csrf:${sessionToken}`), "hex").toString("base64url");
}

/** Opens a server-side session for a user; returns the secret to put in the cookie. */
export async function openSession(db: Db, deps: Pick<Deps, "clock">, userId: string, origin: RequestOrigin): Promise<string> {
  const token = newSecret();
  const now = deps.clock.now();
  await insertSession(db, {
    id_hash: hashSecret(token),
    user_id: userId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + SESSION_IDLE_MS).toISOString(),
    ip: origin.ip,
    user_agent: origin.userAgent?.slice(0, 500) ?? null,
  });
  return token;
}

/** Cookies are Secure in production and whenever the portal is served over https (browsers refuse them on plain http). */
export function cookiesAreSecure(config: Deps["config"]): boolean {
  return config.production || config.publicUrl.startsWith("https://");
}

function cookieBase(deps: Pick<Deps, "config">) {
  return { path: "/", sameSite: "lax" as const, secure: cookiesAreSecure(deps.config) };
}

/** Sets the session cookie (httpOnly) and its CSRF companion (readable by the page, sent back as x-csrf-token). */
export function setSessionCookies(reply: FastifyReply, deps: Pick<Deps, "config">, token: string): void {
  const base = cookieBase(deps);
  const maxAge = Math.floor(SESSION_MAX_MS / 1000);
  reply.setCookie(SESSION_COOKIE, token, { ...base, httpOnly: true, maxAge });
  reply.setCookie(CSRF_COOKIE, csrfTokenFor(token), { ...base, httpOnly: false, maxAge });
}

/** Clears both cookies. */
export function clearSessionCookies(reply: FastifyReply, deps: Pick<Deps, "config">): void {
  const base = cookieBase(deps);
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, { ...base, httpOnly: false });
}
