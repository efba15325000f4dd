import { describe, expect, it } from "vitest";
import { ALL_STATUSES, allowedTransitions, INVOICE_STATUSES } from "../../src/modules/invoices/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { BUYER_MANAGER_EMAIL, type Session, } from "../invoices/http-helpers.js";
import { depositTo, FULL_FIELDS, processRequest, withBuyerApp } from "./support.js";

describe.each(testDialects())("processing received invoices on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;

  withBuyerApp(dialect, (c) => {
    ({ t, supplier, manager, agent } = c);
  });

  const detail = async (id: string, session: Session = manager) => (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: session.headers })).json();

  it("suspends with a motif and the expected documents: one event (who, when, motif) and one outbox entry, amounts unchanged", async () => {
    const id = await depositTo(t, supplier);
    const before = await detail(id);
    const outboxBefore = await t.deps.database.db.selectFrom("outbox").select("id").where("aggregate_id", "=", id).execute();
    const res = await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "Bon de livraison manquant", expectedDocuments: ["Bon de livraison signé"] });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "SUSPENDUE", version: before.version + 1, totals: before.totals });
    const after = await detail(id);
    const last = after.history.at(-1);
    expect(last).toMatchObject({ action: "SUSPENDRE", from: "MISE_A_DISPOSITION", to: "SUSPENDUE", motif: "Bon de livraison manquant", actor: { name: BUYER_MANAGER_EMAIL, role: "DESTINATAIRE" }, details: { expectedDocuments: ["Bon de livraison signé"] } });
    expect(last.at).toBe(t.clock.now().toISOString());
    const outbox = await t.deps.database.db.selectFrom("outbox").select(["topic", "payload"]).where("aggregate_id", "=", id).orderBy("id").execute();
    expect(outbox.length).toBe(outboxBefore.length + 1);
    expect(outbox.at(-1)?.topic).toBe("invoice.status_changed");
    expect(JSON.parse(outbox.at(-1)?.payload ?? "{}")).toMatchObject({ to: "SUSPENDUE", motif: "Bon de livraison manquant" });
    // The supplier now sees the suspension and may complete it.
    const seen = await detail(id, supplier);
    expect(seen.status).toBe("SUSPENDUE");
    expect(seen.allowedTransitions.map((a: { action: string }) => a.action)).toContain("COMPLETER");
  });

  const refusals: Array<[string, Record<string, unknown>, string]> = [
    ["REJETEE", { motif: "Montant faux" }, "REASON_REQUIRED"],
    ["REJETEE", { reason: "CALCUL_ERR" }, "MOTIF_REQUIRED"],
    ["SUSPENDUE", { motif: "Pièces manquantes" }, "EXPECTED_DOCUMENTS_REQUIRED"],
    ["SUSPENDUE", { motif: "x".repeat(256), expectedDocuments: ["PV"] }, "MOTIF_TOO_LONG"],
    ["A_RECYCLER", {}, "MOTIF_REQUIRED"],
    ["MANDATEE", {}, "MANDATE_NUMBER_REQUIRED"],
    ["MISE_EN_PAIEMENT", { amountPaid: "10.00" }, "PAYMENT_DATE_REQUIRED"],
    ["MISE_EN_PAIEMENT", { paymentDate: "2026-02-30", amountPaid: "10.00" }, "PAYMENT_DATE_REQUIRED"],
    ["MISE_EN_PAIEMENT", { paymentDate: "2026-03-10", amountPaid: "10.001" }, "AMOUNT_PAID_REQUIRED"],
  ];
  it.each(refusals)("refuses %s without its fields (%o → %s) and changes nothing", async (to, fields, rule) => {
    const id = await depositTo(t, supplier);
    const before = await detail(id);
    const res = await processRequest(t, manager, id, { to, ...fields });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: "PROCESSING_REFUSED", rule });
    const after = await detail(id);
    expect([after.status, after.version, after.history.length]).toEqual([before.status, before.version, before.history.length]);
  });

  it("says what is missing in English to a caller who asks for English first", async () => {
    const id = await depositTo(t, supplier);
    const fr = (await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "Pièces manquantes" })).json();
    expect(fr.errors).toEqual([{ field: "expectedDocuments", rule: "EXPECTED_DOCUMENTS_REQUIRED", message: "Listez les pièces attendues du fournisseur." }]);
    const en = (await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "Missing documents" }, { "accept-language": "en" })).json();
    expect(en).toMatchObject({ code: "PROCESSING_REFUSED", lang: "en" });
    expect(en.errors).toEqual([{ field: "expectedDocuments", rule: "EXPECTED_DOCUMENTS_REQUIRED", message: "List the documents expected from the supplier.", lang: "en" }]);
  });

  it("records the mandate number and the payment (date, amount) in the history", async () => {
    const id = await depositTo(t, supplier);
    expect((await processRequest(t, manager, id, { to: "MANDATEE", mandateNumber: "M-42" })).statusCode).toBe(200);
    expect((await processRequest(t, manager, id, { to: "MISE_EN_PAIEMENT", paymentDate: "2026-03-20", amountPaid: "1234.50" })).statusCode).toBe(200);
    const history = (await detail(id)).history;
    expect(history.at(-2)).toMatchObject({ to: "MANDATEE", details: { mandateNumber: "M-42" } });
    expect(history.at(-1)).toMatchObject({ to: "MISE_EN_PAIEMENT", details: { paymentDate: "2026-03-20", amountPaid: "1234.50" } });
  });

  it("rejects with a reason from the list and a free text", async () => {
    const id = await depositTo(t, supplier);
    const res = await processRequest(t, manager, id, { to: "REJETEE", reason: "DOUBLON", motif: "Déjà reçue sous le numéro F-1" });
    expect(res.statusCode).toBe(200);
    expect((await detail(id)).history.at(-1)).toMatchObject({ to: "REJETEE", motif: "Déjà reçue sous le numéro F-1", details: { reason: "DOUBLON" } });
    expect((await processRequest(t, manager, id, { to: "SERVICE_FAIT" })).json().code).toBe("INVALID_TRANSITION");
  });

  it("lets an agent act on its service's invoices only, and never the supplier", async () => {
    const mine = await depositTo(t, supplier, "DRIT");
    const other = await depositTo(t, supplier, "DRH");
    expect((await processRequest(t, agent, mine, { to: "SERVICE_FAIT" })).statusCode).toBe(200);
    expect((await processRequest(t, agent, other, { to: "SERVICE_FAIT" })).statusCode).toBe(404);
    expect((await processRequest(t, manager, other, { to: "SERVICE_FAIT" })).statusCode).toBe(200);
    const bySupplier = await processRequest(t, supplier, mine, { to: "MANDATEE", mandateNumber: "M-1" });
    expect(bySupplier.statusCode).toBe(403);
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invoices/${mine}/transitions`, payload: { to: "MANDATEE" } })).statusCode).toBe(401);
    expect((await detail(mine)).status).toBe("SERVICE_FAIT");
  });

  it("honours Idempotency-Key: the same request answers the same without a second event; another request with the key is refused", async () => {
    const id = await depositTo(t, supplier);
    const headers = { "idempotency-key": `k-${id}` };
    const first = await processRequest(t, manager, id, { to: "MANDATEE", mandateNumber: "M-7" }, headers);
    const again = await processRequest(t, manager, id, { to: "MANDATEE", mandateNumber: "M-7" }, headers);
    expect(first.statusCode).toBe(200);
    expect(again.statusCode).toBe(200);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json()).toEqual(first.json());
    expect((await detail(id)).history.filter((e: { to: string }) => e.to === "MANDATEE")).toHaveLength(1);
    const reused = await processRequest(t, manager, id, { to: "MANDATEE", mandateNumber: "M-8" }, headers);
    expect([reused.statusCode, reused.json().code]).toEqual([422, "IDEMPOTENCY_KEY_REUSED"]);
  });

  it("answers two concurrent requests with the same Idempotency-Key alike, with one event", async () => {
    const id = await depositTo(t, supplier);
    const headers = { "idempotency-key": `twin-${id}` };
    const [a, b] = await Promise.all([processRequest(t, manager, id, { to: "SERVICE_FAIT" }, headers), processRequest(t, manager, id, { to: "SERVICE_FAIT" }, headers)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect(a.json()).toEqual(b.json());
    expect((await detail(id)).history.filter((e: { to: string }) => e.to === "SERVICE_FAIT")).toHaveLength(1);
  });

  it("lets only one of two concurrent requests on the same invoice win", async () => {
    const id = await depositTo(t, supplier);
    const results = await Promise.all([processRequest(t, manager, id, { to: "SERVICE_FAIT" }), processRequest(t, agent, id, { to: "SERVICE_FAIT" })]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409]);
    expect((await detail(id)).history.filter((e: { actor: { role: string } }) => e.actor.role === "DESTINATAIRE")).toHaveLength(1);
  });

  // Generated from the lifecycle table: from every status, every target the recipient can name is accepted exactly
  // when the table has a DESTINATAIRE row for it (the status is arranged directly in the table: test setup only).
  it("follows the lifecycle table for the recipient, from every status it can see to every target", async () => {
    const id = await depositTo(t, supplier);
    const targets = [...new Set(ALL_STATUSES.flatMap((s) => allowedTransitions(s, "DESTINATAIRE").map((r) => r.to)))];
    const mismatches: string[] = [];
    for (const from of ALL_STATUSES.filter((s) => s !== "BROUILLON")) {
      for (const to of targets) {
        const row = await t.deps.database.db.selectFrom("invoices").select("version").where("id", "=", id).executeTakeFirstOrThrow();
        await t.deps.database.db.updateTable("invoices").set({ status: from, version: row.version + 1 }).where("id", "=", id).execute();
        // An invoice still with the main contractor (A9 circuit) is not the recipient's yet: not found, not refused.
        const expected = !INVOICE_STATUSES[from].visibleToRecipient ? 404 : allowedTransitions(from, "DESTINATAIRE").some((r) => r.to === to) ? 200 : 409;
        const res = await processRequest(t, manager, id, { to, ...FULL_FIELDS });
        if (res.statusCode !== expected) mismatches.push(`${from} → ${to}: ${res.statusCode} (expected ${expected})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
