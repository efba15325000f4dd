import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { Deps } from "../../deps.js";
import { requireActor } from "./authenticate.js";
import { getNotificationPreferences, updateNotificationPreferences } from "./notification-preferences.js";
import { NotificationPreferencesBody, NotificationPreferencesView } from "./notification-preferences.schemas.js";
import { SIGNED_IN } from "./openapi-security.js";

const tags = ["comptes"];

/** The signed-in user's mail preferences. */
export function notificationPreferencesRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const url = "/api/v1/me/notification-preferences";
    r.get(url, { schema: { tags, security: SIGNED_IN, summary: "Mes préférences d'e-mails (nouvelles factures reçues, changements de statut)", response: { 200: NotificationPreferencesView } } }, async (request) =>
      getNotificationPreferences(deps, requireActor(request)),
    );
    r.put(url, { schema: { tags, security: SIGNED_IN, summary: "Modifier mes préférences d'e-mails", body: NotificationPreferencesBody, response: { 200: NotificationPreferencesView } } }, async (request) =>
      updateNotificationPreferences(deps, requireActor(request), request.body),
    );
  };
}
