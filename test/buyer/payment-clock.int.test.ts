import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { DEMO_PUBLIC } from "../invoices/factories.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, createInvoicesTestApp, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";
import { depositTo, processRequest } from "./support.js";

describe.each(testDialects())("payment clock endpoint on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    [supplier, manager, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL), await logIn(t, AGENT_EMAIL)];
  });
  afterAll(async () => t.close());

  const clockOf = (session: Session, id: string) => t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/payment-clock`, headers: session.headers });

  it("shows both sides the same clock: the structure's delay from the deposit, stopped while suspended", async () => {
    await t.deps.database.db.updateTable("structures").set({ payment_delay_days: 50 }).where("siret", "=", DEMO_PUBLIC).execute();
    const id = await depositTo(t, supplier);
    const first = await clockOf(manager, id);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ state: "RUNNING", delayDays: 50, startDate: "2026-03-02", dueDate: "2026-04-21", daysLeft: 50, late: false, interestRate: "10.15" });
    expect((await clockOf(supplier, id)).json()).toEqual(first.json());
    expect((await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "PV manquant", expectedDocuments: ["PV de réception"] })).statusCode).toBe(200);
    // Ten days later (sessions have expired by then: log in again).
    t.clock.set(new Date("2026-03-12T09:00:00.000Z"));
    expect((await clockOf(await logIn(t, AGENT_EMAIL), id)).json()).toMatchObject({ state: "SUSPENDED", suspendedDays: 10, dueDate: "2026-05-01", daysLeft: 50 });
    t.clock.set(new Date("2026-03-02T09:00:00.000Z"));
    [supplier, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, AGENT_EMAIL)];
  });

  it("is not shown to someone who cannot read the invoice", async () => {
    const id = await depositTo(t, supplier, "DRH");
    expect((await clockOf(agent, id)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/payment-clock` })).statusCode).toBe(401);
  });
});
