import { sql } from "kysely";
import type { TransactionScope } from "../../db/transaction.js";
import type { Deps } from "../../deps.js";
import { createEventBus, type EventBus, type LiveEvent, NOTIFY_CHANNEL } from "./event-bus.js";
import { insertOutboxEntries, insertOutboxEntry } from "./outbox.repository.js";

const buses = new WeakMap<object, EventBus>();

/** The live bus of this deps' database (one per database handle, built on first use, closed with the app). */
export function liveBus(deps: Pick<Deps, "database" | "config" | "logger">): EventBus {
  let bus = buses.get(deps.database);
  if (!bus) {
    const url = deps.config.database.kind === "postgres" ? deps.config.database.url : undefined;
    bus = createEventBus(deps.database, { logger: deps.logger, postgresUrl: url });
    buses.set(deps.database, bus);
  }
  return bus;
}

/** Closes and forgets the live bus of this deps' database. */
export async function closeLiveBus(deps: Pick<Deps, "database">): Promise<void> {
  const bus = buses.get(deps.database);
  buses.delete(deps.database);
  await bus?.close();
}

export interface DomainEvent {
  topic: string;
  aggregateId: string;
  payload: Record<string, unknown>;
  at: string;
}

/**
 * Records a domain event in the caller's transaction: an outbox entry (for the worker's side effects: mail,
 * webhooks), a NOTIFY on PostgreSQL (delivered to every process only if the transaction commits), and a local emit
 * after commit. Nothing is announced for a change that rolls back.
 */
export async function publishEvent(scope: TransactionScope, deps: Pick<Deps, "database" | "config" | "logger">, event: DomainEvent): Promise<number> {
  const id = await insertOutboxEntry(scope.trx, event);
  await announce(scope, deps, [{ id, topic: event.topic, payload: event.payload }]);
  return id;
}

/** Several events of one transaction, in order, written in one statement (the deposit's DEPOSEE then MISE_A_DISPOSITION). */
export async function publishEvents(scope: TransactionScope, deps: Pick<Deps, "database" | "config" | "logger">, events: DomainEvent[]): Promise<number[]> {
  const ids = await insertOutboxEntries(scope.trx, events);
  await announce(scope, deps, events.map((e, i) => ({ id: ids[i] as number, topic: e.topic, payload: e.payload })));
  return ids;
}

async function announce(scope: TransactionScope, deps: Pick<Deps, "database" | "config" | "logger">, lives: LiveEvent[]): Promise<void> {
  if (deps.database.dialect === "postgres") {
    for (const live of lives) {
      const text = JSON.stringify(live);
      // NOTIFY payloads are limited to 8000 bytes: a bigger one is left to the outbox replay.
      if (Buffer.byteLength(text) < 7900) await sql`select pg_notify(${NOTIFY_CHANNEL}, ${text})`.execute(scope.trx);
    }
  }
  scope.afterCommit(() => {
    const bus = liveBus(deps);
    for (const live of lives) bus.emit(live);
  });
}
