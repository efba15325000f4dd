import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../../deps.js";
import { can, listAccessibleStructures, requireActor, scopeCovers, type ServiceScope } from "../accounts/index.js";
import type { LiveEvent } from "./event-bus.js";
import { findOutboxEntriesAfter } from "./outbox.repository.js";
import { outboxHandlers } from "./outbox-handlers.js";
import { startOutboxWorker } from "./outbox-worker.js";
import { closeLiveBus, liveBus } from "./publish-event.js";

const HEARTBEAT_MS = 20_000;

/** Who may see an event: the supplier's readers, and the recipient's readers whose service scope covers it. */
interface Audience {
  suppliers: Set<string>;
  recipients: Map<string, ServiceScope>;
}

function visible(event: LiveEvent, audience: Audience): boolean {
  const p = event.payload;
  if (typeof p.supplierSiret === "string" && audience.suppliers.has(p.supplierSiret)) return true;
  const scope = typeof p.recipientSiret === "string" ? audience.recipients.get(p.recipientSiret) : undefined;
  // recipientSees (set by the invoices module) is false for a draft, and for an invoice still with the main contractor.
  return scope !== undefined && p.to !== "BROUILLON" && p.recipientSees !== false && scopeCovers(scope, typeof p.serviceCode === "string" ? p.serviceCode : null);
}

// One event goes to every open stream that may see it: its frame is serialised once, not once per stream.
const frames = new WeakMap<LiveEvent, string>();

function frame(event: LiveEvent): string {
  let text = frames.get(event);
  if (text === undefined) {
    text = `id: ${event.id}\nevent: ${event.topic}\ndata: ${JSON.stringify(event.payload)}\n\n`;
    frames.set(event, text);
  }
  return text;
}

/**
 * GET /api/v1/events: server-sent events of the invoices the caller may see, from whichever server process made the
 * change (PostgreSQL LISTEN/NOTIFY, or outbox tailing on SQLite). `Last-Event-ID` replays what was missed. Also runs
 * the outbox worker of this process (side effects registered with registerOutboxHandler).
 */
export function eventsRoutes(deps: Deps) {
  return async (app: FastifyInstance) => {
    const open = new Set<() => void>();
    let stopWorker: (() => Promise<void>) | undefined;
    if (deps.config.env !== "test") {
      app.addHook("onReady", async () => {
        stopWorker = startOutboxWorker(deps, outboxHandlers());
      });
    }
    app.addHook("preClose", async () => {
      for (const end of open) end();
    });
    app.addHook("onClose", async () => {
      await stopWorker?.();
      await closeLiveBus(deps);
    });
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      "/api/v1/events",
      { schema: { tags: ["notifications"], summary: "Flux d'événements en direct (text/event-stream) : changements de statut des factures que vous pouvez voir", produces: ["text/event-stream"], headers: z.object({ "last-event-id": z.string().regex(/^\d+$/).optional() }).passthrough() } },
      async (request, reply) => {
        const actor = requireActor(request);
        const accesses = await listAccessibleStructures(deps.database.db, actor);
        const audience: Audience = { suppliers: new Set(), recipients: new Map() };
        for (const a of accesses) {
          if (can(a.role, "invoice.read_sent")) audience.suppliers.add(a.structureSiret);
          if (can(a.role, "invoice.read_received")) audience.recipients.set(a.structureSiret, a.scope);
        }
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" });
        res.write("retry: 3000\n\n");
        const send = (event: LiveEvent) => {
          if (visible(event, audience)) res.write(frame(event));
        };
        const bus = liveBus(deps);
        const unsubscribe = bus.subscribe(send);
        const lastId = Number(request.headers["last-event-id"] ?? 0);
        if (lastId > 0) {
          for (const row of await findOutboxEntriesAfter(deps.database.db, lastId, 500)) {
            send({ id: Number(row.id), topic: row.topic, payload: JSON.parse(row.payload) as Record<string, unknown> });
          }
        }
        const heartbeat = setInterval(() => res.write(": ping\n\n"), HEARTBEAT_MS);
        const end = () => {
          clearInterval(heartbeat);
          unsubscribe();
          open.delete(end);
          if (!res.writableEnded) res.end();
        };
        open.add(end);
        request.raw.on("close", end);
      },
    );
  };
}
