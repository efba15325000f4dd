import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { AGENT_EMAIL, createInvoicesTestApp, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";

describe.each(testDialects())("notification preferences on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let agent: Session;
  const url = "/api/v1/me/notification-preferences";

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    [supplier, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, AGENT_EMAIL)];
  });
  afterAll(async () => t.close());

  it("starts from the defaults and says which preferences concern the caller", async () => {
    const mine = await t.app.inject({ method: "GET", url, headers: supplier.headers });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual({ newInvoices: "IMMEDIATE", statusChanges: true, concerns: { receivedInvoices: false, sentInvoices: true } });
    expect((await t.app.inject({ method: "GET", url, headers: agent.headers })).json()).toMatchObject({ concerns: { receivedInvoices: true, sentInvoices: false } });
  });

  it("saves the caller's own choice, and only its own", async () => {
    const saved = await t.app.inject({ method: "PUT", url, headers: agent.headers, payload: { newInvoices: "DAILY", statusChanges: false } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ newInvoices: "DAILY", statusChanges: false });
    expect((await t.app.inject({ method: "GET", url, headers: agent.headers })).json()).toMatchObject({ newInvoices: "DAILY", statusChanges: false });
    expect((await t.app.inject({ method: "GET", url, headers: supplier.headers })).json()).toMatchObject({ newInvoices: "IMMEDIATE", statusChanges: true });
    const again = await t.app.inject({ method: "PUT", url, headers: agent.headers, payload: { newInvoices: "OFF", statusChanges: true } });
    expect(again.json()).toMatchObject({ newInvoices: "OFF", statusChanges: true });
  });

  it("refuses an unknown mode, a change without the CSRF token, and an anonymous caller", async () => {
    const bad = await t.app.inject({ method: "PUT", url, headers: agent.headers, payload: { newInvoices: "WEEKLY", statusChanges: true } });
    expect(bad.statusCode).toBe(400);
    const { "x-csrf-token": _csrf, ...cookieOnly } = agent.headers;
    expect((await t.app.inject({ method: "PUT", url, headers: cookieOnly, payload: { newInvoices: "OFF", statusChanges: true } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "GET", url })).statusCode).toBe(401);
  });
});
