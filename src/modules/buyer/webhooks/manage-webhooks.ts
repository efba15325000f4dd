import { randomBytes, randomUUID } from "node:crypto";
import { bool } from "../../../db/database.js";
import type { Deps } from "../../../deps.js";
import { appError } from "../../../shared/errors.js";
import { type Actor as AccountsActor, requireAccess } from "../../accounts/index.js";
import type { Actor } from "../../invoices/index.js";
import type { WebhookEvent } from "../domain/webhook-signature.js";
import { deliverPendingWebhooks } from "./deliver-webhooks.js";
import { checkWebhookUrl } from "./webhook-url.js";
import { type DeliveryRow, deleteWebhook, findDeliveries, findDelivery, findWebhook, findWebhooksOf, insertWebhook, updateDelivery, updateWebhook, type WebhookRow } from "./webhooks.repository.js";

const guard = (deps: Deps, actor: Actor, siret: string) => requireAccess(deps.database.db, actor.principal as AccountsActor, siret, "webhooks.manage");

/** A webhook as the API shows it (the secret only once, at creation). */
export function presentWebhook(row: WebhookRow) {
  return { id: row.id, url: row.url, events: JSON.parse(row.events) as string[], active: bool(row.active), consecutiveFailures: row.consecutive_failures, pausedAt: row.paused_at, createdAt: row.created_at };
}

/** A delivery of the log. */
export function presentDelivery(row: DeliveryRow) {
  return { id: Number(row.id), event: row.event, status: row.status, attempts: row.attempts, nextAttemptAt: row.next_attempt_at, lastStatusCode: row.last_status_code, lastError: row.last_error, deliveredAt: row.delivered_at, createdAt: row.created_at };
}

/** Registers a webhook for a structure (managers): URL checked against SSRF, a new signing secret returned once. */
export async function createWebhook(deps: Deps, actor: Actor, siret: string, input: { url: string; events: WebhookEvent[] }) {
  await guard(deps, actor, siret);
  await checkWebhookUrl(input.url, { production: deps.config.production, allowPrivate: deps.config.webhookAllowPrivate });
  const at = deps.clock.now().toISOString();
  const row = { id: randomUUID(), structure_siret: siret, url: input.url, events: JSON.stringify([...new Set(input.events)]), secret: `whsec_${randomBytes(24).toString("base64url")}`, active: 1, consecutive_failures: 0, paused_at: null, created_by: actor.id, created_at: at, updated_at: at };
  await insertWebhook(deps.database.db, row);
  return { ...presentWebhook(row), secret: row.secret };
}

/** The structure's webhooks. */
export async function listWebhooks(deps: Deps, actor: Actor, siret: string) {
  await guard(deps, actor, siret);
  return (await findWebhooksOf(deps.database.db, siret)).map(presentWebhook);
}

async function ownWebhook(deps: Deps, actor: Actor, siret: string, id: string): Promise<WebhookRow> {
  await guard(deps, actor, siret);
  const hook = await findWebhook(deps.database.db, id);
  if (!hook || hook.structure_siret !== siret) throw appError("NOT_FOUND", { field: "webhookId" });
  return hook;
}

/** Removes a webhook and its log. */
export async function removeWebhook(deps: Deps, actor: Actor, siret: string, id: string): Promise<void> {
  await ownWebhook(deps, actor, siret, id);
  await deleteWebhook(deps.database.db, id);
}

/** Resumes a paused webhook (failure count reset) and sends what waited. */
export async function resumeWebhook(deps: Deps, actor: Actor, siret: string, id: string) {
  await ownWebhook(deps, actor, siret, id);
  await updateWebhook(deps.database.db, id, { active: 1, consecutive_failures: 0, paused_at: null, updated_at: deps.clock.now().toISOString() });
  await deliverPendingWebhooks(deps);
  return presentWebhook((await findWebhook(deps.database.db, id)) as WebhookRow);
}

/** The webhook's delivery log, newest first. */
export async function listDeliveries(deps: Deps, actor: Actor, siret: string, id: string, limit: number) {
  await ownWebhook(deps, actor, siret, id);
  return (await findDeliveries(deps.database.db, id, limit)).map(presentDelivery);
}

/** Sends one delivery again (manual replay), now. */
export async function replayDelivery(deps: Deps, actor: Actor, siret: string, id: string, deliveryId: number) {
  await ownWebhook(deps, actor, siret, id);
  const delivery = await findDelivery(deps.database.db, id, deliveryId);
  if (!delivery) throw appError("NOT_FOUND", { field: "deliveryId" });
  await updateDelivery(deps.database.db, deliveryId, { status: "PENDING", next_attempt_at: deps.clock.now().toISOString() });
  await deliverPendingWebhooks(deps);
  return presentDelivery((await findDelivery(deps.database.db, id, deliveryId)) as DeliveryRow);
}
