import { describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { DEMO_PUBLIC } from "../invoices/factories.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";
import { depositTo, processRequest, withBuyerApp } from "./support.js";

describe.each(testDialects())("payment clock endpoint on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;

  withBuyerApp(dialect, (c) => {
    ({ t, supplier, manager, agent } = c);
  });

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

  it("rides on the invoice detail for both sides: due date, days left, paused while suspended, interest and the 40 € indemnity once late", async () => {
    const id = await depositTo(t, supplier);
    const detailOf = async (session: Session) => {
      const res = await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: session.headers });
      expect(res.statusCode).toBe(200);
      return res.json().paymentClock as Record<string, unknown>;
    };
    const fresh = await detailOf(manager);
    expect(fresh).toMatchObject({ state: "RUNNING", delayDays: 50, dueDate: "2026-04-21", daysLeft: 50, late: false, interest: "0.00", indemnity: "0.00" });
    expect(await detailOf(supplier)).toEqual(fresh);
    expect((await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "PV manquant", expectedDocuments: ["PV de réception"] })).statusCode).toBe(200);
    t.clock.set(new Date("2026-03-07T09:00:00.000Z"));
    [supplier, manager] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL)];
    const paused = await detailOf(supplier);
    expect(paused).toMatchObject({ state: "SUSPENDED", suspendedDays: 5, dueDate: "2026-04-26", daysLeft: 50 });
    expect(await detailOf(manager)).toEqual(paused);
    // Ten days after the due date, still unpaid: late, with interest at ECB + 8 points and the fixed indemnity.
    expect((await processRequest(t, manager, id, { to: "MISE_A_DISPOSITION" })).statusCode).toBe(200);
    t.clock.set(new Date("2026-05-06T09:00:00.000Z"));
    [supplier, manager] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL)];
    const late = await detailOf(supplier);
    expect(late).toMatchObject({ state: "RUNNING", suspendedDays: 5, dueDate: "2026-04-26", daysLeft: -10, late: true, daysLate: 10, indemnity: "40.00" });
    expect(Number(late.interest)).toBeGreaterThan(0);
    expect(await detailOf(manager)).toEqual(late);
    expect((await clockOf(manager, id)).json()).toEqual(late);
    t.clock.set(new Date("2026-03-02T09:00:00.000Z"));
    [supplier, manager, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL), await logIn(t, AGENT_EMAIL)];
  });

  it("is not shown to someone who cannot read the invoice", async () => {
    const id = await depositTo(t, supplier, "DRH");
    expect((await clockOf(agent, id)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/payment-clock` })).statusCode).toBe(401);
  });
});
