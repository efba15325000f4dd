import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../../deps.js";
import { actorOf, STATUS_CHANGED } from "../../invoices/index.js";
import { registerOutboxHandler } from "../../notifications/index.js";
import { WEBHOOK_EVENTS } from "../domain/webhook-signature.js";
import { enqueueWebhookDeliveries, startWebhookDelivery } from "./deliver-webhooks.js";
import { createWebhook, listDeliveries, listWebhooks, removeWebhook, replayDelivery, resumeWebhook } from "./manage-webhooks.js";

const tags = ["webhooks"];
const Siret = z.object({ siret: z.string().regex(/^\d{14}$/) });
const HookParams = Siret.extend({ webhookId: z.string().min(1).max(64) });
const Webhook = z.object({ id: z.string(), url: z.string(), events: z.array(z.string()), active: z.boolean(), consecutiveFailures: z.number().int(), pausedAt: z.string().nullable(), createdAt: z.string() });
const Delivery = z.object({ id: z.number().int(), event: z.string(), status: z.string(), attempts: z.number().int(), nextAttemptAt: z.string(), lastStatusCode: z.number().int().nullable(), lastError: z.string().nullable(), deliveredAt: z.string().nullable(), createdAt: z.string() });

let registered = false;

/** Webhooks of a structure (managers): register, list, delete, resume, delivery log, manual replay. */
export function webhookRoutes(deps: Deps) {
  if (!registered) {
    registerOutboxHandler(STATUS_CHANGED, enqueueWebhookDeliveries);
    registered = true;
  }
  return async (app: FastifyInstance) => {
    let stop: (() => Promise<void>) | undefined;
    if (deps.config.env !== "test") {
      app.addHook("onReady", async () => {
        stop = startWebhookDelivery(deps);
      });
    }
    app.addHook("onClose", async () => stop?.());
    const r = app.withTypeProvider<ZodTypeProvider>();
    const base = "/api/v1/structures/:siret/webhooks";
    r.post(
      base,
      {
        schema: {
          tags,
          summary: "Déclarer un webhook (URL https publique, événements invoice.received, invoice.status_changed, invoice.completed) ; le secret de signature n'est montré qu'ici",
          params: Siret,
          body: z.object({ url: z.string().min(8).max(2000), events: z.array(z.enum(WEBHOOK_EVENTS)).min(1) }),
          response: { 201: Webhook.extend({ secret: z.string() }) },
        },
      },
      async (request, reply) => {
        reply.status(201);
        return createWebhook(deps, actorOf(request), request.params.siret, request.body);
      },
    );
    r.get(base, { schema: { tags, summary: "Webhooks de la structure", params: Siret, response: { 200: z.array(Webhook) } } }, async (request) => listWebhooks(deps, actorOf(request), request.params.siret));
    r.delete(`${base}/:webhookId`, { schema: { tags, summary: "Supprimer un webhook", params: HookParams } }, async (request, reply) => {
      await removeWebhook(deps, actorOf(request), request.params.siret, request.params.webhookId);
      return reply.status(204).send();
    });
    r.post(`${base}/:webhookId/resume`, { schema: { tags, summary: "Réactiver un webhook mis en pause après des échecs répétés", params: HookParams, response: { 200: Webhook } } }, async (request) =>
      resumeWebhook(deps, actorOf(request), request.params.siret, request.params.webhookId),
    );
    r.get(
      `${base}/:webhookId/deliveries`,
      { schema: { tags, summary: "Journal des envois (les plus récents d'abord)", params: HookParams, querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }), response: { 200: z.array(Delivery) } } },
      async (request) => listDeliveries(deps, actorOf(request), request.params.siret, request.params.webhookId, request.query.limit),
    );
    r.post(
      `${base}/:webhookId/deliveries/:deliveryId/replay`,
      { schema: { tags, summary: "Renvoyer un événement", params: HookParams.extend({ deliveryId: z.coerce.number().int().positive() }), response: { 200: Delivery } } },
      async (request) => replayDelivery(deps, actorOf(request), request.params.siret, request.params.webhookId, request.params.deliveryId),
    );
  };
}
