import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { DEMO_PUBLIC, DEMO_SUPPLIER } from "../invoices/factories.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, createInvoicesTestApp, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";
import { depositTo, processRequest } from "./support.js";

interface Count {
  key: string;
  label: string;
  count: number;
}
const counts = (list: Count[]) => Object.fromEntries(list.map((c) => [c.key, c.count]));

describe.each(testDialects())("figures of received invoices on %s", (dialect) => {
  let t: TestApp;
  let manager: Session;
  let agent: Session;
  let supplier: Session;

  // Four invoices deposited on 2 March: one suspended the same day, one rejected, one paid on time, one paid late;
  // a fifth deposited on 5 March and left alone.
  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    [supplier, manager] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL)];
    const [suspended, rejected, onTime, late] = [await depositTo(t, supplier, "DRIT"), await depositTo(t, supplier, "DRIT"), await depositTo(t, supplier, "DRIT"), await depositTo(t, supplier, "DRH")];
    const ok = async (id: string, body: Record<string, unknown>) => expect((await processRequest(t, manager, id, body)).statusCode).toBe(200);
    await ok(suspended, { to: "SUSPENDUE", motif: "  bon de livraison   manquant ", expectedDocuments: ["Bon de livraison signé"] });
    // Three days later (sessions do not last that long: log in again).
    t.clock.set("2026-03-05T09:00:00.000Z");
    [supplier, manager, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL), await logIn(t, AGENT_EMAIL)];
    await ok(rejected, { to: "REJETEE", reason: "DOUBLON", motif: "Déjà reçue" });
    await ok(onTime, { to: "MANDATEE", mandateNumber: "M-1" });
    await ok(onTime, { to: "MISE_EN_PAIEMENT", paymentDate: "2026-03-10", amountPaid: "10.00" });
    await ok(late, { to: "MISE_EN_PAIEMENT", paymentDate: "2026-05-01", amountPaid: "10.00" });
    await depositTo(t, supplier, "DRIT");
  });
  afterAll(async () => t.close());

  const figures = (session: Session, query = "") => t.app.inject({ method: "GET", url: `/api/v1/received-invoices/figures${query}`, headers: session.headers });

  it("counts a manager's whole structure: statuses, services, processing time, payment delays, reasons", async () => {
    const res = await figures(manager, `?siret=${DEMO_PUBLIC}`);
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f).toMatchObject({ siret: DEMO_PUBLIC, serviceCode: null, total: 5 });
    expect(counts(f.byStatus)).toEqual({ SUSPENDUE: 1, REJETEE: 1, MISE_EN_PAIEMENT: 2, MISE_A_DISPOSITION: 1 });
    expect(f.byStatus.find((c: Count) => c.key === "MISE_EN_PAIEMENT").label).toBe("Mise en paiement");
    expect(counts(f.byService)).toEqual({ DRIT: 4, DRH: 1 });
    // First decision: the suspension the day of deposit, the three others three days later.
    expect(f.processing).toMatchObject({ decided: 4, medianDays: 3 });
    expect(counts(f.processing.buckets)).toEqual({ "0-2": 1, "3-7": 3, "8-15": 0, "16-30": 0, "31+": 0 });
    // Paid on 10 March: on time (due 1 April); paid on 1 May: 30 days late, interest and the 40 € indemnity.
    expect(f.payment).toMatchObject({ paid: 2, paidOnTime: 1, paidLate: 1, open: 2, openLate: 0, indemnities: "40.00" });
    expect(Number(f.payment.interest)).toBeGreaterThan(0);
    expect(f.suspensionReasons).toEqual([{ key: "Bon de livraison manquant", label: "Bon de livraison manquant", count: 1 }]);
    expect(f.rejectionReasons).toEqual([{ key: "DOUBLON", label: "Facture en double", count: 1 }]);
    expect(f.scopes).toEqual([expect.objectContaining({ siret: DEMO_PUBLIC, serviceCodes: expect.arrayContaining(["DRIT", "DRH"]) })]);
  });

  it("limits by service and by deposit period (days included)", async () => {
    expect((await figures(manager, "?serviceCode=DRH")).json()).toMatchObject({ total: 1, serviceCode: "DRH" });
    expect((await figures(manager, "?from=2026-03-05")).json().total).toBe(1);
    expect((await figures(manager, "?to=2026-03-04")).json().total).toBe(4);
    expect((await figures(manager, "?from=2026-03-03&to=2026-03-04")).json().total).toBe(0);
    expect((await figures(manager, "?from=2026-3-1")).statusCode).toBe(400);
  });

  it("shows an agent its services only, and refuses what it does not cover", async () => {
    const f = (await figures(agent)).json();
    expect(f).toMatchObject({ siret: DEMO_PUBLIC, total: 4 });
    expect(counts(f.byService)).toEqual({ DRIT: 4 });
    expect(f.scopes).toEqual([{ siret: DEMO_PUBLIC, name: expect.any(String), serviceCodes: ["DRIT"] }]);
    expect((await figures(agent, "?serviceCode=DRH")).json()).toMatchObject({ code: "FORBIDDEN", field: "serviceCode" });
    expect((await figures(agent, "?serviceCode=DRH")).statusCode).toBe(403);
  });

  it("refuses a structure the caller does not receive for, and anonymous callers", async () => {
    // The supplier's company manager sees its own company's received invoices (none), never the Département's.
    expect((await figures(supplier)).json()).toMatchObject({ siret: DEMO_SUPPLIER, total: 0 });
    expect((await figures(supplier, `?siret=${DEMO_PUBLIC}`)).statusCode).toBe(403);
    expect((await figures(manager, `?siret=${DEMO_SUPPLIER}`)).json()).toMatchObject({ code: "FORBIDDEN", field: "siret" });
    expect((await t.app.inject({ method: "GET", url: "/api/v1/received-invoices/figures" })).statusCode).toBe(401);
  });

  it("tells a manager who an invoice is assigned to, and not the supplier", async () => {
    const id = await depositTo(t, supplier, "DRIT");
    const assignment = (session: Session) => t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/assignment`, headers: session.headers });
    expect((await assignment(manager)).json()).toBeNull();
    const agentId = (await t.deps.database.db.selectFrom("users").select("id").where("email", "=", AGENT_EMAIL).executeTakeFirstOrThrow()).id;
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/assign`, headers: manager.headers, payload: { assigneeId: agentId } })).statusCode).toBe(200);
    expect((await assignment(agent)).json()).toMatchObject({ assignee: { id: agentId, name: "Agathe Agent" }, assignedAt: "2026-03-05T09:00:00.000Z" });
    expect((await assignment(supplier)).statusCode).toBe(403);
  });
});
