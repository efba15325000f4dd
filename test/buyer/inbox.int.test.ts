import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInTransaction } from "../../src/db/transaction.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { DEMO_SUPPLIER } from "../invoices/factories.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, createInvoicesTestApp, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";
import { depositTo, processRequest } from "./support.js";

interface Change {
  cursor: string;
  invoiceId: string;
  to: string;
}

describe.each(testDialects())("received invoices inbox and change feed on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;
  let drit: string;
  let drh: string;

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    [supplier, manager, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL), await logIn(t, AGENT_EMAIL)];
    drit = await depositTo(t, supplier, "DRIT");
    drh = await depositTo(t, supplier, "DRH");
  });
  afterAll(async () => t.close());

  const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
  const userId = async (email: string) => (await t.deps.database.db.selectFrom("users").select("id").where("email", "=", email).executeTakeFirstOrThrow()).id;

  async function feed(session: Session, after: string | undefined, limit: number): Promise<{ items: Change[]; nextCursor: string; hasMore: boolean }> {
    const res = await get(session, `/api/v1/received-invoices/changes?limit=${limit}${after ? `&after=${after}` : ""}`);
    expect(res.statusCode).toBe(200);
    return res.json();
  }

  async function drain(session: Session, after: string | undefined, limit: number): Promise<{ items: Change[]; cursor: string | undefined }> {
    const items: Change[] = [];
    let cursor = after;
    for (;;) {
      const page = await feed(session, cursor, limit);
      items.push(...page.items);
      cursor = page.nextCursor;
      if (page.items.length === 0) return { items, cursor };
    }
  }

  it("shows managers the whole structure and agents their services only; never the supplier's other side", async () => {
    const all = (await get(manager, "/api/v1/received-invoices")).json();
    expect(all.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([drit, drh]));
    const mine = (await get(agent, "/api/v1/received-invoices?limit=200")).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(drit);
    expect(mine.items.map((i: { id: string }) => i.id)).not.toContain(drh);
    expect(mine.items.every((i: { serviceCode: string }) => i.serviceCode === "DRIT")).toBe(true);
    expect(mine.items.find((i: { id: string }) => i.id === drit).allowedTransitions.length).toBeGreaterThan(0);
    expect((await get(supplier, "/api/v1/received-invoices")).json()).toEqual({ items: [], total: 0 });
    expect((await t.app.inject({ method: "GET", url: "/api/v1/received-invoices" })).statusCode).toBe(401);
  });

  it("filters by status, service and supplier, and sorts", async () => {
    const extra = await depositTo(t, supplier, "DRH");
    expect((await processRequest(t, manager, extra, { to: "SERVICE_FAIT" })).statusCode).toBe(200);
    const done = (await get(manager, "/api/v1/received-invoices?status=SERVICE_FAIT&service=DRH")).json();
    expect(done.items.map((i: { id: string }) => i.id)).toEqual([extra]);
    expect(done.total).toBe(1);
    expect((await get(manager, "/api/v1/received-invoices?supplier=11111111111111")).json().total).toBe(0);
    expect((await get(manager, `/api/v1/received-invoices?supplier=${DEMO_SUPPLIER}`)).json().total).toBeGreaterThanOrEqual(3);
    const asc = (await get(manager, "/api/v1/received-invoices?sort=number&order=asc")).json().items.map((i: { number: string }) => i.number);
    expect(asc).toEqual([...asc].sort());
    expect((await get(manager, "/api/v1/received-invoices?sort=nope")).statusCode).toBe(400);
  });

  it("assigns an invoice to an agent of its service, and refuses an agent outside it", async () => {
    const agentId = await userId(AGENT_EMAIL);
    const ok = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${drit}/assign`, headers: manager.headers, payload: { assigneeId: agentId } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().assignee.id).toBe(agentId);
    const mine = (await get(agent, "/api/v1/received-invoices?assignee=me")).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toEqual([drit]);
    const refused = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${drh}/assign`, headers: manager.headers, payload: { assigneeId: agentId } });
    expect([refused.statusCode, refused.json().code]).toEqual([422, "ASSIGNEE_INVALID"]);
    const supplierId = await userId(SUPPLIER_EMAIL);
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invoices/${drit}/assign`, headers: manager.headers, payload: { assigneeId: supplierId } })).statusCode).toBe(422);
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invoices/${drh}/assign`, headers: agent.headers, payload: { assigneeId: agentId } })).statusCode).toBe(404);
  });

  it("pages through the change feed in event order, without gaps or repeats, scoped like the inbox", async () => {
    const { items: first } = await drain(manager, undefined, 2);
    const ids = first.map((c) => Number(c.cursor));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(new Set(ids).size).toBe(ids.length);
    expect(first.some((c) => c.invoiceId === drh)).toBe(true);
    const agentView = await drain(agent, undefined, 1000);
    expect(agentView.items.some((c) => c.invoiceId === drh)).toBe(false);
    expect(agentView.items.some((c) => c.invoiceId === drit)).toBe(true);
    expect((await get(manager, "/api/v1/received-invoices/changes?after=abc")).json().code).toBe("CURSOR_INVALID");
    expect((await get(manager, "/api/v1/received-invoices/changes?limit=1001")).statusCode).toBe(400);
  });

  it("misses nothing and repeats nothing while writes run concurrently with the reader", async () => {
    const { cursor: start } = await drain(manager, undefined, 1000);
    const invoices = await Promise.all(Array.from({ length: 6 }, () => depositTo(t, supplier, "DRIT")));
    const seen: Change[] = [];
    let cursor = start;
    const writes = Promise.all(invoices.flatMap((id) => [processRequest(t, manager, id, { to: "SERVICE_FAIT" }).then(() => processRequest(t, manager, id, { to: "MANDATEE", mandateNumber: `M-${id}` }))]));
    // Read while the writes run, then to the end once they are done.
    for (let i = 0; i < 10; i++) {
      const page = await feed(manager, cursor, 3);
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    await writes;
    seen.push(...(await drain(manager, cursor, 3)).items);
    const expected = await t.deps.database.db.selectFrom("invoice_events").select("id").where("invoice_id", "in", invoices).where("id", ">", Number(start)).orderBy("id").execute();
    const got = seen.filter((c) => invoices.includes(c.invoiceId)).map((c) => Number(c.cursor));
    expect(got).toEqual(expected.map((e) => Number(e.id)));
    expect(new Set(seen.map((c) => c.cursor)).size).toBe(seen.length);
  });

  it("waits for a transaction still writing an event with a lower id before returning a later one", async () => {
    const { cursor: start } = await drain(manager, undefined, 1000);
    const slow = await depositTo(t, supplier, "DRIT");
    const fast = await depositTo(t, supplier, "DRIT");
    const { cursor: afterDeposits } = await drain(manager, start, 1000);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let inserted: () => void = () => undefined;
    const insertedSignal = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    // Transaction A writes an event (lower id) and stays open.
    const a = runInTransaction(t.deps.database.db, async ({ trx }) => {
      await trx.insertInto("invoice_events").values({ invoice_id: slow, at: "2026-03-02T09:00:00.000Z", action: "PRENDRE_EN_CHARGE", from_status: "MISE_A_DISPOSITION", to_status: "PRISE_EN_COMPTE_DESTINATAIRE", actor_id: "test", actor_name: "test", actor_role: "DESTINATAIRE", motif: null, details: "{}" }).execute();
      inserted();
      await held;
    });
    await insertedSignal;
    if (dialect === "postgres") {
      // B commits an event with a higher id while A is open.
      expect((await processRequest(t, manager, fast, { to: "SERVICE_FAIT" })).statusCode).toBe(200);
    }
    const reading = feed(manager, afterDeposits, 1000);
    if (dialect === "postgres") {
      // Deterministic: wait until the reader is queued behind A's lock, then let A commit.
      for (;;) {
        const rows = await sql<{ n: string }>`select count(*) as n from pg_locks l join pg_class c on c.oid = l.relation where c.relname = 'invoice_events' and not l.granted`.execute(t.deps.database.db);
        if (Number(rows.rows[0]?.n ?? 0) > 0) break;
      }
    }
    release();
    await a;
    const page = await reading;
    const mine = page.items.filter((c) => c.invoiceId === slow || c.invoiceId === fast).map((c) => c.invoiceId);
    expect(mine[0]).toBe(slow);
    if (dialect === "postgres") expect(mine).toEqual([slow, fast]);
  });
});
