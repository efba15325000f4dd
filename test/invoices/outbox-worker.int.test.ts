import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runInTransaction } from "../../src/db/transaction.js";
import { drainOutbox, type OutboxHandler, publishEvent } from "../../src/modules/notifications/index.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";

describe.each(testDialects())("outbox worker on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  const publish = (topic: string, n: number) =>
    runInTransaction(t.deps.database.db, (scope) => publishEvent(scope, t.deps, { topic, aggregateId: `a${n}`, payload: { n }, at: t.deps.clock.now().toISOString() }));

  it("runs each committed entry's handlers once, in order, and nothing for a rolled-back change", async () => {
    const seen: number[] = [];
    const handler: OutboxHandler = async (entry) => {
      seen.push(entry.payload.n as number);
    };
    await publish("test.topic", 1);
    await expect(runInTransaction(t.deps.database.db, async (scope) => {
      await publishEvent(scope, t.deps, { topic: "test.topic", aggregateId: "x", payload: { n: 99 }, at: t.deps.clock.now().toISOString() });
      throw new Error("annulé");
    })).rejects.toThrow("annulé");
    await publish("test.topic", 2);
    expect(await drainOutbox(t.deps, { "test.topic": [handler] })).toBe(2);
    expect(seen).toEqual([1, 2]);
    expect(await drainOutbox(t.deps, { "test.topic": [handler] })).toBe(0);
    expect(seen).toEqual([1, 2]);
  });

  it("retries a failed entry later with backoff, keeping its error, and never loses it", async () => {
    let fail = true;
    const handler: OutboxHandler = async () => {
      if (fail) throw new Error("webhook injoignable");
    };
    await publish("test.flaky", 1);
    await drainOutbox(t.deps, { "test.flaky": [handler] });
    const row = await t.deps.database.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ attempts: 1, last_error: "webhook injoignable", processed_at: null });
    fail = false;
    expect(await drainOutbox(t.deps, { "test.flaky": [handler] })).toBe(0); // not due yet
    t.clock.advance(60_000);
    expect(await drainOutbox(t.deps, { "test.flaky": [handler] })).toBe(1);
    const done = await t.deps.database.db.selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(done.processed_at).not.toBeNull();
  });
});
