import type { Deps } from "../../deps.js";
import { claimOutboxEntry, findDueOutboxEntries, markOutboxFailed, markOutboxProcessed, type OutboxRow } from "./outbox.repository.js";

// The outbox worker: runs the side effects of committed changes (mail, webhooks...) at least once, with retries.
// Handlers are registered per topic by the modules that own the side effect (the buyer side's webhooks, mail).

export type OutboxHandler = (entry: { id: number; topic: string; aggregateId: string; payload: Record<string, unknown> }, deps: Deps) => Promise<void>;

/** Handlers by topic; an entry with no handler is simply marked processed. */
export type OutboxHandlers = Record<string, OutboxHandler[]>;

const LOCK_MS = 60_000;

function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 5_000 * 2 ** attempts);
}

async function processEntry(deps: Deps, handlers: OutboxHandlers, row: OutboxRow): Promise<void> {
  const now = deps.clock.now();
  if (!(await claimOutboxEntry(deps.database.db, Number(row.id), now.toISOString(), new Date(now.getTime() + LOCK_MS).toISOString()))) return;
  try {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    for (const handler of handlers[row.topic] ?? []) await handler({ id: Number(row.id), topic: row.topic, aggregateId: row.aggregate_id, payload }, deps);
    await markOutboxProcessed(deps.database.db, Number(row.id), deps.clock.now().toISOString());
  } catch (error) {
    const retryAt = new Date(deps.clock.now().getTime() + backoffMs(row.attempts)).toISOString();
    await markOutboxFailed(deps.database.db, Number(row.id), error instanceof Error ? error.message : String(error), retryAt);
    deps.logger.warn({ err: error, outboxId: row.id, topic: row.topic }, "outbox entry failed, will retry");
  }
}

/** Processes every entry due now; returns how many were looked at. Used by the worker loop and by tests. */
export async function drainOutbox(deps: Deps, handlers: OutboxHandlers, batch = 100): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await findDueOutboxEntries(deps.database.db, deps.clock.now().toISOString(), batch);
    for (const row of rows) await processEntry(deps, handlers, row);
    total += rows.length;
    if (rows.length < batch) return total;
  }
}

/** Starts the background loop (every `intervalMs`); returns a stop function that waits for the current pass. */
export function startOutboxWorker(deps: Deps, handlers: OutboxHandlers, intervalMs = 1000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const timer = setInterval(() => {
    running = running.then(() => (stopped ? 0 : drainOutbox(deps, handlers))).catch((error) => deps.logger.error({ err: error }, "outbox worker pass failed"));
  }, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
