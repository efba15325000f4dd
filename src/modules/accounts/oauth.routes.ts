import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../deps.js";
import { appError } from "../../shared/errors.js";
import * as S from "./accounts.schemas.js";
import { PUBLIC } from "./openapi-security.js";
import { issueAccessToken } from "./api-clients.js";

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header || !/^basic /i.test(header)) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

/** OAuth 2 client credentials (RFC 6749 §4.4): form or JSON body, credentials in the body or HTTP Basic. */
export function oauthRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    // Encapsulated: the form parser applies to this route only.
    app.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string" }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.post(
      "/api/oauth/token",
      {
        config: { rateLimit: { max: 30, timeWindow: 60_000 } },
        schema: {
          tags: ["identifiants d'API"], security: PUBLIC,
          summary: "Obtenir un jeton d'accès (OAuth 2 client credentials, valable 1 heure)",
          body: S.TokenRequest,
          response: { 200: S.TokenResponse },
        },
      },
      async (request, reply) => {
        if (request.body.grant_type !== "client_credentials") throw appError("UNSUPPORTED_GRANT_TYPE", { field: "grant_type", error: "unsupported_grant_type" });
        const basic = basicCredentials(request.headers.authorization);
        const clientId = basic?.id ?? request.body.client_id;
        const clientSecret = basic?.secret ?? request.body.client_secret;
        if (!clientId || !clientSecret) throw appError("INVALID_CLIENT", { field: "client_id", error: "invalid_client" });
        reply.header("cache-control", "no-store");
        return issueAccessToken(deps, { clientId, clientSecret });
      },
    );
  };
}
