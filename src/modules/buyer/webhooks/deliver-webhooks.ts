import { randomUUID } from "node:crypto";
import { bool } from "../../../db/database.js";
import type { Deps } from "../../../deps.js";
import { PAUSE_AFTER_FAILURES, signWebhook, webhookBackoffMs, webhookEventsOf } from "../domain/webhook-signature.js";
import { checkWebhookUrl } from "./webhook-url.js";
import { findHeadDeliveries, findWebhooksOf, insertDeliveries, updateDelivery, updateWebhook, findWebhook } from "./webhooks.repository.js";

/**
 * The outbox handler of status changes: queues one delivery per subscribed webhook of the recipient structure (the
 * outbox runs it after commit, at least once; the unique key makes a second run harmless), then tries to send.
 */
export async function enqueueWebhookDeliveries(entry: { id: number; payload: Record<string, unknown> }, deps: Deps): Promise<void> {
  const siret = entry.payload.recipientSiret;
  // A change the recipient is not told of (an A9 invoice still with the main contractor) is not pushed either.
  if (typeof siret !== "string" || entry.payload.recipientSees === false) return;
  const hooks = (await findWebhooksOf(deps.database.db, siret)).filter((h) => bool(h.active));
  const events = webhookEventsOf(entry.payload);
  const at = deps.clock.now().toISOString();
  const rows = hooks.flatMap((h) => {
    const wanted = JSON.parse(h.events) as string[];
    return events
      .filter((e) => wanted.includes(e))
      .map((event) => ({ webhook_id: h.id, outbox_id: entry.id, event, payload: JSON.stringify({ id: randomUUID(), type: event, createdAt: at, data: entry.payload }), status: "PENDING", attempts: 0, next_attempt_at: at, last_status_code: null, last_error: null, delivered_at: null, created_at: at }));
  });
  await insertDeliveries(deps.database.db, rows);
  if (rows.length > 0) await deliverPendingWebhooks(deps);
}

async function send(deps: Deps, url: string, secret: string, event: string, deliveryId: number, body: string): Promise<{ ok: boolean; status: number | null; error: string | null }> {
  try {
    await checkWebhookUrl(url, { production: deps.config.production, allowPrivate: deps.config.webhookAllowPrivate });
    const timestamp = Math.floor(deps.clock.now().getTime() / 1000);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "guichet-signature": signWebhook(secret, timestamp, body), "guichet-event": event, "guichet-delivery": String(deliveryId), "user-agent": "Guichet-Webhooks/1" },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    await res.arrayBuffer().catch(() => undefined);
    return { ok: res.status >= 200 && res.status < 300, status: res.status, error: res.status >= 200 && res.status < 300 ? null : `HTTP ${res.status}` };
  } catch (error) {
    return { ok: false, status: null, error: error instanceof Error ? error.message.slice(0, 500) : String(error) };
  }
}

/**
 * Sends what is due, webhook by webhook and in order: the oldest pending delivery of each active webhook goes first,
 * and a failure holds the rest back until its retry (exponential backoff), so a receiver sees the events in order.
 * After PAUSE_AFTER_FAILURES consecutive failures the webhook is paused. Returns how many were delivered.
 */
export async function deliverPendingWebhooks(deps: Deps, maxRounds = 1000): Promise<number> {
  // One pass at a time per database in this process, so the inline send and the retry loop never send a head twice.
  const previous = passes.get(deps.database) ?? Promise.resolve(0);
  const pass = previous.catch(() => 0).then(() => deliverPass(deps, maxRounds));
  passes.set(deps.database, pass);
  return pass;
}

const passes = new WeakMap<object, Promise<number>>();

async function deliverPass(deps: Deps, maxRounds: number): Promise<number> {
  const db = deps.database.db;
  let delivered = 0;
  for (let round = 0; round < maxRounds; round++) {
    const now = deps.clock.now();
    const due = (await findHeadDeliveries(db)).filter((d) => d.next_attempt_at <= now.toISOString());
    if (due.length === 0) return delivered;
    for (const d of due) {
      const result = await send(deps, d.url, d.secret, d.event, Number(d.id), d.payload);
      const at = deps.clock.now().toISOString();
      const attempts = d.attempts + 1;
      if (result.ok) {
        await updateDelivery(db, Number(d.id), { status: "DELIVERED", attempts, delivered_at: at, last_status_code: result.status, last_error: null });
        await updateWebhook(db, d.webhook_id, { consecutive_failures: 0 });
        delivered++;
        continue;
      }
      const next = new Date(deps.clock.now().getTime() + webhookBackoffMs(attempts)).toISOString();
      await updateDelivery(db, Number(d.id), { attempts, next_attempt_at: next, last_status_code: result.status, last_error: result.error });
      const hook = await findWebhook(db, d.webhook_id);
      const failures = (hook?.consecutive_failures ?? 0) + 1;
      await updateWebhook(db, d.webhook_id, failures >= PAUSE_AFTER_FAILURES ? { consecutive_failures: failures, active: 0, paused_at: at, updated_at: at } : { consecutive_failures: failures });
    }
  }
  return delivered;
}

/** Starts the retry loop (every `intervalMs`); returns a stop function. */
export function startWebhookDelivery(deps: Deps, intervalMs = 5000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => deliverPendingWebhooks(deps, 10)).catch((error) => deps.logger.error({ err: error }, "webhook delivery pass failed"));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
