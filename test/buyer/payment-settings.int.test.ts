import { describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { DEMO_PUBLIC, DEMO_SUPPLIER } from "../invoices/factories.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";
import { depositTo, processRequest, withBuyerApp } from "./support.js";

// The payment clock settings of a public structure: its managers set the delay and whether it runs from the service
// fait; every clock (detail, payment-clock endpoint, figures) reads them.

describe.each(testDialects())("payment settings on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;
  const url = `/api/v1/structures/${DEMO_PUBLIC}/payment-settings`;

  withBuyerApp(dialect, (c) => {
    ({ t, supplier, manager, agent } = c);
  });

  const put = (session: Session, body: unknown, to = url) => t.app.inject({ method: "PUT", url: to, headers: session.headers, payload: body as Record<string, unknown> });
  const clockOf = async (session: Session, id: string) => (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/payment-clock`, headers: session.headers })).json() as Record<string, unknown>;

  it("starts from the directory's delay, counted from the deposit; agents read it, only managers change it", async () => {
    const read = await t.app.inject({ method: "GET", url, headers: agent.headers });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ siret: DEMO_PUBLIC, delayDays: 30, fromServiceFait: false, updatedAt: null, canEdit: false });
    const refused = await put(agent, { delayDays: 50, fromServiceFait: false });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers["content-type"]).toContain("application/problem+json");
    // The supplier has nothing to do with the Département: it may not even learn the structure exists.
    expect((await put(supplier, { delayDays: 50, fromServiceFait: false })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url, headers: supplier.headers })).statusCode).toBe(404);
    // A company manager is told no: a private structure has no payment clock of its own.
    expect((await put(supplier, { delayDays: 50, fromServiceFait: false }, `/api/v1/structures/${DEMO_SUPPLIER}/payment-settings`)).statusCode).toBe(403);
    expect((await t.app.inject({ method: "PUT", url, payload: { delayDays: 50, fromServiceFait: false } })).statusCode).toBe(401);
  });

  it("refuses a delay outside the legal bounds with a French problem naming the field", async () => {
    for (const delayDays of [0, 61, 90]) {
      const res = await put(manager, { delayDays, fromServiceFait: false });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ code: "PAYMENT_DELAY_INVALID", field: "delayDays", rule: "RANGE", min: 1, max: 60 });
      expect(res.json().detail).toMatch(/entre 1 et 60 jours/);
    }
    expect((await t.app.inject({ method: "GET", url, headers: manager.headers })).json()).toMatchObject({ delayDays: 30, updatedAt: null });
  });

  it("a 50-day structure: the clock of every invoice, on both sides, counts 50 days from the deposit", async () => {
    const id = await depositTo(t, supplier);
    expect(await clockOf(supplier, id)).toMatchObject({ delayDays: 30, dueDate: "2026-04-01" });
    const saved = await put(manager, { delayDays: 50, fromServiceFait: false });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ delayDays: 50, fromServiceFait: false, updatedAt: "2026-03-02T09:00:00.000Z", canEdit: true });
    const clock = await clockOf(supplier, id);
    expect(clock).toMatchObject({ delayDays: 50, startDate: "2026-03-02", dueDate: "2026-04-21", daysLeft: 50 });
    const detail = await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: manager.headers });
    expect(detail.json().paymentClock).toEqual(clock);
    // A directory import changes structures' rows, never these settings (they live in their own table).
    await t.deps.database.db.updateTable("structures").set({ payment_delay_days: 30 }).where("siret", "=", DEMO_PUBLIC).execute();
    expect(await clockOf(manager, id)).toMatchObject({ delayDays: 50, dueDate: "2026-04-21" });
  });

  it("a structure counting from the service fait: the due date moves when SERVICE_FAIT is set later, and the figures follow", async () => {
    expect((await put(manager, { delayDays: 30, fromServiceFait: true })).statusCode).toBe(200);
    const id = await depositTo(t, supplier);
    expect(await clockOf(manager, id)).toMatchObject({ startDate: "2026-03-02", dueDate: "2026-04-01" });
    t.clock.set(new Date("2026-03-12T09:00:00.000Z"));
    try {
      [supplier, manager] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL)];
      expect((await processRequest(t, manager, id, { to: "SERVICE_FAIT" })).statusCode).toBe(200);
      expect(await clockOf(supplier, id)).toMatchObject({ startDate: "2026-03-12", dueDate: "2026-04-11", daysLeft: 30 });
      // From the deposit again: the same event no longer moves the start.
      expect((await put(manager, { delayDays: 30, fromServiceFait: false })).statusCode).toBe(200);
      expect(await clockOf(supplier, id)).toMatchObject({ startDate: "2026-03-02", dueDate: "2026-04-01", daysLeft: 20 });
      // The figures read the same settings: paid on 2026-04-05, late from the deposit, on time from the service fait.
      expect((await processRequest(t, manager, id, { to: "MISE_EN_PAIEMENT", paymentDate: "2026-04-05", amountPaid: "1.00" })).statusCode).toBe(200);
      const figures = async () => (await t.app.inject({ method: "GET", url: `/api/v1/received-invoices/figures?siret=${DEMO_PUBLIC}&from=2026-03-02&to=2026-03-02`, headers: manager.headers })).json().payment as { paidLate: number; paidOnTime: number };
      const late = await figures();
      expect((await put(manager, { delayDays: 30, fromServiceFait: true })).statusCode).toBe(200);
      const onTime = await figures();
      expect(onTime.paidLate).toBe(late.paidLate - 1);
      expect(onTime.paidOnTime).toBe(late.paidOnTime + 1);
    } finally {
      await put(manager, { delayDays: 30, fromServiceFait: false });
      t.clock.set(new Date("2026-03-02T09:00:00.000Z"));
      [supplier, manager, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL), await logIn(t, AGENT_EMAIL)];
    }
  });
  it("writes each change to the audit log with who, from where, before and after; a refused change writes nothing", async () => {
    const audited = () => t.deps.database.db.selectFrom("audit_log").selectAll().where("event", "=", "payment_settings.updated").orderBy("id").execute();
    const already = (await audited()).length;
    expect((await put(agent, { delayDays: 45, fromServiceFait: true })).statusCode).toBe(403);
    expect((await put(manager, { delayDays: 61, fromServiceFait: true })).statusCode).toBe(422);
    expect(await audited()).toHaveLength(already);
    const res = await t.app.inject({ method: "PUT", url, headers: { ...manager.headers, "user-agent": "navigateur-de-test" }, payload: { delayDays: 45, fromServiceFait: true } });
    expect(res.statusCode).toBe(200);
    try {
      const rows = await audited();
      expect(rows).toHaveLength(already + 1);
      const row = rows.at(-1);
      expect(row).toMatchObject({ structure_siret: DEMO_PUBLIC, user_agent: "navigateur-de-test" });
      expect(row?.user_id).toBeTruthy();
      expect(JSON.parse(row?.details ?? "{}")).toEqual({ before: { delayDays: 30, fromServiceFait: false }, after: { delayDays: 45, fromServiceFait: true } });
    } finally {
      expect((await put(manager, { delayDays: 30, fromServiceFait: false })).statusCode).toBe(200);
    }
  });
});
