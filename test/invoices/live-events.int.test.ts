import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInTransaction } from "../../src/db/transaction.js";
import { createEventBus, type LiveEvent, NOTIFY_CHANNEL } from "../../src/modules/notifications/event-bus.js";
import { publishEvent } from "../../src/modules/notifications/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { ciiInvoice, DEMO_SUPPLIER, RECIPIENT } from "./factories.js";
import { createInvoicesTestApp, depositParts, logIn, multipart, SUPPLIER_EMAIL } from "./http-helpers.js";

/** Reads server-sent events from a live HTTP response until `until` returns true for one. */
async function readEvents(response: Response, until: (e: { event: string; data: Record<string, unknown>; id: string }) => boolean, timeoutMs = 10_000) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const seen: Array<{ event: string; data: Record<string, unknown>; id: string }> = [];
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let cut = buffer.indexOf("\n\n");
    while (cut >= 0) {
      const block = buffer.slice(0, cut);
      buffer = buffer.slice(cut + 2);
      const fields = Object.fromEntries(block.split("\n").filter((l) => !l.startsWith(":") && l.includes(": ")).map((l) => [l.slice(0, l.indexOf(": ")), l.slice(l.indexOf(": ") + 2)]));
      if (fields.data) {
        const e = { event: fields.event ?? "message", data: JSON.parse(fields.data) as Record<string, unknown>, id: fields.id ?? "" };
        seen.push(e);
        if (until(e)) {
          await reader.cancel();
          return seen;
        }
      }
      cut = buffer.indexOf("\n\n");
    }
  }
  await reader.cancel();
  return seen;
}

describe.each(testDialects())("live events on %s", (dialect) => {
  let t: TestApp;
  let base: string;

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  afterAll(async () => t.close());

  it("refuses an anonymous listener", async () => {
    expect((await fetch(`${base}/api/v1/events`)).status).toBe(401);
  });

  it("pushes the status changes of a deposit to the supplier's open stream, without reload", async () => {
    const session = await logIn(t, SUPPLIER_EMAIL);
    const stream = await fetch(`${base}/api/v1/events`, { headers: session.headers });
    expect(stream.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const body = multipart(depositParts(ciiInvoice({ seller: DEMO_SUPPLIER, number: "LIVE-1" }), { recipientSiret: RECIPIENT }));
    const deposit = fetch(`${base}/api/v1/invoices`, { method: "POST", headers: { ...session.headers, ...body.headers }, body: new Uint8Array(body.payload) });
    const events = await readEvents(stream, (e) => e.data.to === "MISE_A_DISPOSITION");
    expect((await deposit).status).toBe(201);
    expect(events.map((e) => [e.event, e.data.number, e.data.to])).toEqual([
      ["invoice.status_changed", "LIVE-1", "DEPOSEE"],
      ["invoice.status_changed", "LIVE-1", "MISE_A_DISPOSITION"],
    ]);
  });

  it("delivers a change committed by another server process (outbox row written elsewhere), replays from Last-Event-ID", async () => {
    const session = await logIn(t, SUPPLIER_EMAIL);
    const stream = await fetch(`${base}/api/v1/events`, { headers: session.headers });
    // Another process commits a change: its outbox row (and, on PostgreSQL, its NOTIFY) is all this process sees.
    const payload = { invoiceId: "elsewhere", number: "AUTRE-PROCESSUS", to: "SUSPENDUE", supplierSiret: DEMO_SUPPLIER, recipientSiret: RECIPIENT, serviceCode: null };
    const at = new Date().toISOString();
    await t.deps.database.db.insertInto("outbox").values({ topic: "invoice.status_changed", aggregate_id: "elsewhere", payload: JSON.stringify(payload), created_at: at, available_at: at }).execute();
    const events = await readEvents(stream, (e) => e.data.number === "AUTRE-PROCESSUS");
    const last = events[events.length - 1];
    expect(last?.data.to).toBe("SUSPENDUE");
    // A reconnecting client gets what it missed since its last id; others' events are not shown.
    const replay = await fetch(`${base}/api/v1/events`, { headers: { ...session.headers, "last-event-id": String(Number(last?.id) - 1) } });
    const again = await readEvents(replay, (e) => e.data.number === "AUTRE-PROCESSUS");
    expect(again.map((e) => e.data.number)).toEqual(["AUTRE-PROCESSUS"]);
  });

  it("hides other structures' invoices", async () => {
    const session = await logIn(t, SUPPLIER_EMAIL);
    const stream = await fetch(`${base}/api/v1/events`, { headers: session.headers });
    const at = new Date().toISOString();
    for (const [supplier, number] of [["12345678200077", "PAS-A-MOI"], [DEMO_SUPPLIER, "A-MOI"]]) {
      const payload = { invoiceId: number, number, to: "REJETEE", supplierSiret: supplier, recipientSiret: RECIPIENT, serviceCode: null };
      await t.deps.database.db.insertInto("outbox").values({ topic: "invoice.status_changed", aggregate_id: number as string, payload: JSON.stringify(payload), created_at: at, available_at: at }).execute();
    }
    const events = await readEvents(stream, (e) => e.data.number === "A-MOI");
    expect(events.map((e) => e.data.number)).toEqual(["A-MOI"]);
  });

  it.runIf(dialect === "postgres")("on PostgreSQL, LISTEN/NOTIFY carries committed events only", async () => {
    const db = t.deps.database.db;
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(db);
    const url = new URL(process.env.TEST_PG_URL as string);
    url.pathname = `/${rows[0]?.name}`;
    // A bus of "another process": it hears this database only through LISTEN.
    const other = createEventBus({ ...t.deps.database }, { postgresUrl: url.toString(), pollMs: 3_600_000 });
    const heard: LiveEvent[] = [];
    other.subscribe((e) => heard.push(e));
    await new Promise((r) => setTimeout(r, 300)); // let LISTEN start
    const deps = { database: t.deps.database, config: t.deps.config, logger: t.deps.logger };
    await expect(
      runInTransaction(db, async (scope) => {
        await publishEvent(scope, deps, { topic: "test.rolled_back", aggregateId: "x", payload: { n: 1 }, at: new Date().toISOString() });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    await runInTransaction(db, (scope) => publishEvent(scope, deps, { topic: "test.committed", aggregateId: "y", payload: { n: 2 }, at: new Date().toISOString() }));
    for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(heard.map((e) => e.topic)).toEqual(["test.committed"]);
    expect(NOTIFY_CHANNEL).toBe("guichet_events");
    await other.close();
  });
});
