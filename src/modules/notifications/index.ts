// Public API of the notifications module: the outbox, the live event bus and its SSE endpoint.
export type { EventBus, LiveEvent } from "./event-bus.js";

export { type OutboxHandler, registerOutboxHandler, outboxHandlers } from "./outbox-handlers.js";
export { eventsRoutes } from "./events.routes.js";
export { drainOutbox, startOutboxWorker } from "./outbox-worker.js";
export { closeLiveBus, type DomainEvent, liveBus, publishEvent, publishEvents } from "./publish-event.js";
