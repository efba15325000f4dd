import type { FastifyInstance } from "fastify";
import type { Deps } from "../../deps.js";
import { adminRoutes } from "./admin.routes.js";
import { warnExpiringApiClients } from "./api-clients.js";
import { authRoutes } from "./auth.routes.js";
import { installAuthentication } from "./authenticate.js";
import { devMailRoutes } from "./dev-mail.routes.js";
import { meRoutes } from "./me.routes.js";
import { membershipRoutes } from "./membership.routes.js";
import { oauthRoutes } from "./oauth.routes.js";
import { structureRoutes } from "./structure.routes.js";

const HOURLY = 3600_000;

/**
 * The accounts module's HTTP surface. Not encapsulated (like fastify-plugin): its onRequest hook resolves
 * `request.actor` and checks CSRF for every route of the application, whichever module registers it.
 */
export function accountsRoutes(deps: Deps) {
  const plugin = async (app: FastifyInstance) => {
    installAuthentication(app, deps);
    for (const routes of [authRoutes, meRoutes, membershipRoutes, structureRoutes, adminRoutes, devMailRoutes]) await app.register(routes(deps));
    await app.register(oauthRoutes(deps));
    if (deps.config.env !== "test") {
      // Managers hear about credentials that will end soon; a missed hour is caught up on the next.
      const run = () => void warnExpiringApiClients(deps).catch((error: unknown) => deps.logger.error({ err: error }, "avertissement d'expiration des identifiants d'API échoué"));
      const timer = setInterval(run, HOURLY);
      timer.unref();
      app.addHook("onReady", async () => run());
      app.addHook("onClose", async () => clearInterval(timer));
    }
  };
  // Same effect as fastify-plugin's skip-override: hooks and decorators apply to the whole application.
  Object.assign(plugin, { [Symbol.for("skip-override")]: true });
  return plugin;
}
