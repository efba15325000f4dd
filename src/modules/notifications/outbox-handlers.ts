import type { OutboxHandler, OutboxHandlers } from "./outbox-worker.js";

export type { OutboxHandler };

// Side effects by topic, registered once at import time by the modules that own them (mail, webhooks...).
const registry: OutboxHandlers = {};

/** Adds a handler for an outbox topic (e.g. "invoice.status_changed"); handlers must be idempotent (at-least-once). */
export function registerOutboxHandler(topic: string, handler: OutboxHandler): void {
  const list = registry[topic] ?? [];
  list.push(handler);
  registry[topic] = list;
}

/** The registered handlers (what the worker runs). */
export function outboxHandlers(): OutboxHandlers {
  return registry;
}
