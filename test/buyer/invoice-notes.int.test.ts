import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import type { Session, } from "../invoices/http-helpers.js";
import { depositTo, processRequest, withBuyerApp } from "./support.js";

// The buyer's internal notes: written and read by the recipient's agents and managers, never returned to the supplier
// (detail, history, live events, change feed, webhooks, bundle).

describe.each(testDialects())("internal notes on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;

  withBuyerApp(dialect, (c) => {
    ({ t, supplier, manager, agent } = c);
  });

  const addNote = (session: Session, id: string, text: unknown) => t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/notes`, headers: session.headers, payload: { text } as Record<string, unknown> });
  const notesOf = (session: Session, id: string) => t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/notes`, headers: session.headers });

  it("are added and listed by the recipient's people, oldest first, with who and when", async () => {
    const id = await depositTo(t, supplier);
    const first = await addNote(agent, id, "  Vérifier le bon de commande avec la DRIT  ");
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ text: "Vérifier le bon de commande avec la DRIT", createdAt: "2026-03-02T09:00:00.000Z" });
    expect((await addNote(manager, id, "Vu, à payer en priorité")).statusCode).toBe(201);
    const list = await notesOf(agent, id);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((n: { text: string }) => n.text)).toEqual(["Vérifier le bon de commande avec la DRIT", "Vu, à payer en priorité"]);
    expect(list.json()[0].author.name).toBeTruthy();
  });

  it("refuses an empty or too long note, and anyone but the recipient's people", async () => {
    const id = await depositTo(t, supplier);
    expect((await addNote(agent, id, "   ")).json()).toMatchObject({ status: 422, code: "NOTE_INVALID", field: "text", rule: "REQUIRED" });
    expect((await addNote(agent, id, "x".repeat(2001))).statusCode).toBe(400);
    expect((await addNote(agent, id, "x".repeat(2000))).statusCode).toBe(201);
    // The supplier reads the invoice but not as its recipient: 403; an agent of another service does not read it: 404.
    expect((await addNote(supplier, id, "mot du fournisseur")).statusCode).toBe(403);
    expect((await notesOf(supplier, id)).statusCode).toBe(403);
    const elsewhere = await depositTo(t, supplier, "DRH");
    expect((await addNote(agent, elsewhere, "hors de mon service")).statusCode).toBe(404);
    expect((await notesOf(agent, elsewhere)).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/notes` })).statusCode).toBe(401);
  });

  it("never reach the supplier: not in its detail, history, bundle, nor in any event, change feed or webhook", async () => {
    const id = await depositTo(t, supplier);
    const db = t.deps.database.db;
    const outboxBefore = (await db.selectFrom("outbox").select("id").execute()).length;
    const secret = "NOTE-SECRETE-7f3a : fournisseur à surveiller";
    expect((await addNote(manager, id, secret)).statusCode).toBe(201);
    // A note is no event: nothing for the live stream, the change feed, webhooks or mails.
    expect((await db.selectFrom("outbox").select("id").execute()).length).toBe(outboxBefore);
    expect((await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "PV manquant", expectedDocuments: ["PV"] })).statusCode).toBe(200);
    const detail = await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: supplier.headers });
    expect(detail.statusCode).toBe(200);
    expect(detail.body).not.toContain("NOTE-SECRETE");
    const bundle = await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/bundle`, headers: manager.headers });
    expect(bundle.statusCode).toBe(200);
    for (const bytes of Object.values(unzipSync(new Uint8Array(bundle.rawPayload)))) expect(strFromU8(bytes, true)).not.toContain("NOTE-SECRETE");
    const feed = await t.app.inject({ method: "GET", url: "/api/v1/received-invoices/changes?limit=1000", headers: manager.headers });
    expect(feed.body).not.toContain("NOTE-SECRETE");
    const carried = [
      ...(await db.selectFrom("outbox").selectAll().execute()),
      ...(await db.selectFrom("invoice_events").selectAll().execute()),
      ...(await db.selectFrom("webhook_deliveries").selectAll().execute()),
    ];
    expect(JSON.stringify(carried)).not.toContain("NOTE-SECRETE");
    // The buyer still reads it.
    expect((await notesOf(agent, id)).body).toContain("NOTE-SECRETE");
  });
});
