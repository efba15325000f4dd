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

  it("two workers draining at once run each entry once; a failure holds back only its own entry", async () => {
    const seen: number[] = [];
    const handler: OutboxHandler = async (entry) => {
      seen.push(entry.payload.n as number);
      if (entry.payload.n === 2) throw new Error("relais refusé");
    };
    for (const n of [1, 2, 3, 4]) await publish("test.batch", n);
    await Promise.all([drainOutbox(t.deps, { "test.batch": [handler] }), drainOutbox(t.deps, { "test.batch": [handler] })]);
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
    const rows = await t.deps.database.db.selectFrom("outbox").select(["aggregate_id", "processed_at", "attempts", "locked_until"]).orderBy("id").execute();
    expect(rows.map((r) => [r.aggregate_id, r.processed_at !== null, Number(r.attempts), r.locked_until])).toEqual([
      ["a1", true, 0, null],
      ["a2", false, 1, null],
      ["a3", true, 0, null],
      ["a4", true, 0, null],
    ]);
  });

  it("a long batch marks what is done and extends its hold on the rest before the lock runs out", async () => {
    const db = t.deps.database.db;
    const states: Array<{ firstDone: boolean; thirdLockedUntil: string | null }> = [];
    const handler: OutboxHandler = async (entry) => {
      if (entry.payload.n === 1) t.clock.advance(40_000); // past half of the 60 s lock
      if (entry.payload.n === 2) {
        const rows = await db.selectFrom("outbox").select(["aggregate_id", "processed_at", "locked_until"]).orderBy("id").execute();
        states.push({ firstDone: rows[0]?.processed_at != null, thirdLockedUntil: rows[2]?.locked_until ?? null });
      }
    };
    for (const n of [1, 2, 3]) await publish("test.long", n);
    expect(await drainOutbox(t.deps, { "test.long": [handler] })).toBe(3);
    expect(states).toEqual([{ firstDone: true, thirdLockedUntil: new Date(t.deps.clock.now().getTime() + 60_000).toISOString() }]);
    const left = await db.selectFrom("outbox").select("id").where("processed_at", "is", null).execute();
    expect(left).toEqual([]);
  });
});
