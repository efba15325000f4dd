import cookie from "@fastify/cookie";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Deps } from "./deps.js";
import { installErrorHandler } from "./http/error-handler.js";
import { registerOpenApi } from "./http/openapi.js";
import { registerWebApp } from "./http/web-app.js";
import { platformRoutes } from "./http/platform.routes.js";
import { accountsRoutes, notificationPreferencesRoutes } from "./modules/accounts/index.js";
import { buyerRoutes } from "./modules/buyer/index.js";
import { directoryRoutes } from "./modules/directory/index.js";
import { invoiceDepositRoutes, invoiceJobsRoutes, invoiceRoutes, invoiceValidationRoutes } from "./modules/invoices/index.js";
import { eventsRoutes } from "./modules/notifications/index.js";
import { validationRoutes } from "./modules/validation/index.js";

/** A module's HTTP surface: a Fastify plugin built from the deps. */
export type ModuleRoutes = (deps: Deps) => (app: FastifyInstance) => Promise<void>;

/** Every module's routes, in one list: add yours here. */
const MODULE_ROUTES: ModuleRoutes[] = [platformRoutes, accountsRoutes, notificationPreferencesRoutes, directoryRoutes, invoiceDepositRoutes, invoiceRoutes, invoiceValidationRoutes, buyerRoutes, eventsRoutes, validationRoutes, invoiceJobsRoutes];

export interface AppOptions {
  /** Serve the built front end (off in API tests). */
  serveWeb?: boolean;
}

/** Builds the HTTP application from its deps; does no I/O of its own. */
export async function createApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    // pino's Logger is a FastifyBaseLogger; the cast keeps the instance's generic parameters at their defaults.
    loggerInstance: deps.logger as FastifyBaseLogger,
    trustProxy: deps.config.trustProxy,
    bodyLimit: deps.config.maxUploadBytes + 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { "img-src": ["'self'", "data:", "blob:"], "frame-src": ["'self'", "blob:"], "object-src": ["'self'", "blob:"] },
    },
  });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: deps.config.maxUploadBytes, files: 200 } });
  await registerOpenApi(app, deps.config.brand.name);

  for (const routes of MODULE_ROUTES) await app.register(routes(deps));
  if (options.serveWeb ?? true) await registerWebApp(app);
  await app.ready();
  return app;
}
