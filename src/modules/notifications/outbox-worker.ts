import type { Deps } from "../../deps.js";
import { claimOutboxEntries, findDueOutboxEntries, markOutboxEntriesProcessed, markOutboxFailed, type OutboxRow } from "./outbox.repository.js";

// The outbox worker: runs the side effects of committed changes (mail, webhooks...) at least once, with retries.
// Handlers are registered per topic by the modules that own the side effect (the buyer side's webhooks, mail).

export type OutboxHandler = (entry: { id: number; topic: string; aggregateId: string; payload: Record<string, unknown> }, deps: Deps) => Promise<void>;

/** Handlers by topic; an entry with no handler is simply marked processed. */
export type OutboxHandlers = Record<string, OutboxHandler[]>;

const LOCK_MS = 60_000;

function backoffMs(attempts: number): number {
  return Math.min(60 * 60_000, 5_000 * 2 ** attempts);
}

/** Runs the handlers of one claimed entry; true when they all succeeded (a failure is recorded with its retry time). */
async function runEntry(deps: Deps, handlers: OutboxHandlers, row: OutboxRow): Promise<boolean> {
  try {
    const payload = JSON.parse(row.payload) as Record<string, unknown>;
    for (const handler of handlers[row.topic] ?? []) await handler({ id: Number(row.id), topic: row.topic, aggregateId: row.aggregate_id, payload }, deps);
    return true;
  } catch (error) {
    const retryAt = new Date(deps.clock.now().getTime() + backoffMs(row.attempts)).toISOString();
    await markOutboxFailed(deps.database.db, Number(row.id), error instanceof Error ? error.message : String(error), retryAt);
    deps.logger.warn({ err: error, outboxId: row.id, topic: row.topic }, "outbox entry failed, will retry");
    return false;
  }
}

/**
 * Processes one batch of due entries: claimed together in one statement, run in order, and marked processed together
 * at the end (or whenever the lock is half spent: the done ones are marked, the rest's lock extended). At least once:
 * a crash before the mark runs the batch's entries again (handlers are idempotent); another worker never takes an
 * entry while this one holds it.
 */
async function processBatch(deps: Deps, handlers: OutboxHandlers, rows: OutboxRow[]): Promise<void> {
  const db = deps.database.db;
  const lockFrom = (at: Date) => new Date(at.getTime() + LOCK_MS).toISOString();
  let now = deps.clock.now();
  let until = lockFrom(now);
  let renewAt = now.getTime() + LOCK_MS / 2;
  let held = await claimOutboxEntries(db, rows.map((r) => Number(r.id)), now.toISOString(), until);
  let done: number[] = [];
  for (const [i, row] of rows.entries()) {
    if (!held.has(Number(row.id))) continue;
    now = deps.clock.now();
    if (now.getTime() >= renewAt) {
      await markOutboxEntriesProcessed(db, done, now.toISOString());
      done = [];
      const rest = rows.slice(i).map((r) => Number(r.id)).filter((id) => held.has(id));
      const extended = lockFrom(now);
      held = await claimOutboxEntries(db, rest, now.toISOString(), extended, until);
      until = extended;
      renewAt = now.getTime() + LOCK_MS / 2;
      if (!held.has(Number(row.id))) continue;
    }
    if (await runEntry(deps, handlers, row)) done.push(Number(row.id));
  }
  await markOutboxEntriesProcessed(db, done, deps.clock.now().toISOString());
}

/** Processes every entry due now; returns how many were looked at. Used by the worker loop and by tests. */
export async function drainOutbox(deps: Deps, handlers: OutboxHandlers, batch = 100): Promise<number> {
  let total = 0;
  for (;;) {
    const rows = await findDueOutboxEntries(deps.database.db, deps.clock.now().toISOString(), batch);
    await processBatch(deps, handlers, rows);
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
