import { createHmac, timingSafeEqual } from "node:crypto";

// Webhook signatures: HMAC-SHA256 of `timestamp.body` with the webhook's secret, sent as
// `Guichet-Signature: t=<unix seconds>,v1=<hex>` (the timestamp lets receivers refuse replays).
// node:crypto is computation, not I/O: the domain stays pure.

/** The Guichet-Signature header value for a body sent at `timestamp` (unix seconds). */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

/** True when the header carries a valid signature of the body, no older than `toleranceSeconds` at `now`. */
export function verifyWebhook(secret: string, header: string, body: string, now: number, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(",").map((p) => p.split("=", 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(now - t) > toleranceSeconds || typeof parts.v1 !== "string") return false;
  const expected = Buffer.from(signWebhook(secret, t, body).split("v1=")[1] ?? "", "hex");
  const given = Buffer.from(parts.v1, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The webhook event types a structure may subscribe to. */
export const WEBHOOK_EVENTS = ["invoice.received", "invoice.status_changed", "invoice.completed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The webhook events one status change gives: every change, plus « received » and « completed » when they apply. */
export function webhookEventsOf(change: { to?: unknown; action?: unknown }): WebhookEvent[] {
  const events: WebhookEvent[] = [];
  if (change.to === "MISE_A_DISPOSITION" && change.action === "METTRE_A_DISPOSITION") events.push("invoice.received");
  events.push("invoice.status_changed");
  if (change.to === "COMPLETEE") events.push("invoice.completed");
  return events;
}

/** Delay before the next attempt after `attempts` failures: 10 s doubling, at most one hour. */
export function webhookBackoffMs(attempts: number): number {
  return Math.min(3_600_000, 10_000 * 2 ** Math.max(0, attempts - 1));
}

/** Consecutive failures after which a webhook is paused until a manager resumes it. */
export const PAUSE_AFTER_FAILURES = 10;
