import { EventEmitter } from "node:events";
import type { Client } from "pg";
import type { Logger } from "pino";
import type { DatabaseHandle } from "../../db/database.js";
import { pgDriver } from "../../db/pg-driver.js";
import { findLastOutboxId, findOutboxEntriesAfter } from "./outbox.repository.js";

// The live event bus: what SSE clients listen to. Every state change writes an outbox entry in its transaction; the
// process that committed emits it at once, and other processes learn of it through PostgreSQL LISTEN/NOTIFY (the
// NOTIFY is sent inside the transaction, so only on commit), or on SQLite by tailing the outbox table. Entries are
// deduplicated by id, so a client never sees one twice.

export const NOTIFY_CHANNEL = "guichet_events";

/** One live event: the outbox entry's id, topic and payload. */
export interface LiveEvent {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
}

export interface EventBus {
  /** Called after commit by the process that made the change. */
  emit(event: LiveEvent): void;
  /** Listens to every event, from this process or another; returns the unsubscribe function. */
  subscribe(listener: (event: LiveEvent) => void): () => void;
  close(): Promise<void>;
}

interface BusOptions {
  logger?: Logger;
  /** How often SQLite tails the outbox for other processes' events while someone listens (ms). */
  pollMs?: number;
  /** PostgreSQL URL for the LISTEN connection. */
  postgresUrl?: string | undefined;
}

/** Builds the bus for a database: LISTEN/NOTIFY on PostgreSQL, outbox tailing on SQLite. */
export function createEventBus(database: DatabaseHandle, options: BusOptions = {}): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const seen = new Set<number>();
  let lastId = 0;
  let started: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let client: Client | undefined;
  let closed = false;

  const deliver = (event: LiveEvent) => {
    if (seen.has(event.id)) return;
    seen.add(event.id);
    if (seen.size > 5000) for (const id of [...seen].slice(0, 2500)) seen.delete(id);
    if (event.id > lastId) lastId = event.id;
    emitter.emit("event", event);
  };

  const tail = async () => {
    const rows = await findOutboxEntriesAfter(database.db, lastId, 500);
    for (const r of rows) deliver({ id: Number(r.id), topic: r.topic, payload: JSON.parse(r.payload) as Record<string, unknown> });
  };

  const start = async () => {
    lastId = Math.max(lastId, await findLastOutboxId(database.db));
    if (database.dialect === "postgres" && options.postgresUrl) {
      client = new (pgDriver().Client)({ connectionString: options.postgresUrl });
      client.on("notification", (msg) => {
        if (msg.channel !== NOTIFY_CHANNEL || !msg.payload) return;
        try {
          deliver(JSON.parse(msg.payload) as LiveEvent);
        } catch (error) {
          options.logger?.warn({ err: error }, "live event unreadable");
        }
      });
      client.on("error", (error) => options.logger?.error({ err: error }, "LISTEN connection lost"));
      await client.connect();
      await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    } else {
      timer = setInterval(() => {
        if (emitter.listenerCount("event") > 0) tail().catch((error) => options.logger?.warn({ err: error }, "outbox tail failed"));
      }, options.pollMs ?? 1000);
      timer.unref();
    }
  };

  return {
    emit: deliver,
    subscribe(listener) {
      if (!started && !closed) started = start().catch((error) => options.logger?.error({ err: error }, "live bus failed to start"));
      emitter.on("event", listener);
      return () => emitter.off("event", listener);
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await started;
      if (client) await client.end().catch(() => undefined);
      emitter.removeAllListeners();
    },
  };
}
