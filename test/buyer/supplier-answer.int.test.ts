import { describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { multipart, type Session, } from "../invoices/http-helpers.js";
import { depositTo, processRequest, withBuyerApp } from "./support.js";

describe.each(testDialects())("the supplier's answers (complete, recycle) on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;

  withBuyerApp(dialect, (c) => {
    ({ t, supplier, manager, agent } = c);
  });

  const detail = async (id: string, session: Session) => (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: session.headers })).json();

  it("completes a suspended invoice with the expected documents: COMPLETEE, back in the buyer's inbox", async () => {
    const id = await depositTo(t, supplier);
    expect((await processRequest(t, agent, id, { to: "SUSPENDUE", motif: "PV manquant", expectedDocuments: ["PV de réception"] })).statusCode).toBe(200);
    // Without a document: the lifecycle refuses (after the access check), nothing changes.
    const empty = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/complete`, headers: supplier.headers, payload: { comment: "Rien", attachments: [] } });
    expect([empty.statusCode, empty.json().code, empty.json().missing]).toEqual([409, "INVALID_TRANSITION", ["attachments"]]);
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/complete`, headers: manager.headers, payload: { attachments: [] } })).statusCode).toBe(404);
    expect((await detail(id, supplier)).status).toBe("SUSPENDUE");
    const body = multipart([
      { name: "comment", value: "Voici le PV" },
      { name: "attachment", value: "PV signé", filename: "pv.txt", type: "text/plain" },
    ]);
    const res = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/complete`, payload: body.payload, headers: { ...supplier.headers, ...body.headers } });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe("COMPLETEE");
    const seen = await detail(id, agent);
    expect(seen.files.map((f: { name: string }) => f.name)).toContain("pv.txt");
    expect(seen.history.at(-1)).toMatchObject({ action: "COMPLETER", details: { comment: "Voici le PV" } });
    const inbox = (await t.app.inject({ method: "GET", url: "/api/v1/received-invoices?status=COMPLETEE", headers: agent.headers })).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(id);
    // Once completed, it cannot be completed again; and the buyer cannot complete.
    const again = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/complete`, headers: supplier.headers, payload: { attachments: [{ name: "x.txt", contentBase64: "eA==" }] } });
    expect([again.statusCode, again.json().code]).toEqual([409, "INVALID_TRANSITION"]);
    expect((await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/complete`, headers: manager.headers, payload: { attachments: [{ name: "x.txt", contentBase64: "eA==" }] } })).statusCode).toBe(404);
  });

  it("recycles to another service with the same number: routed again, out of the first service's inbox", async () => {
    const id = await depositTo(t, supplier, "DRIT");
    const number = (await detail(id, supplier)).number;
    expect((await processRequest(t, agent, id, { to: "A_RECYCLER", motif: "Mauvais service : DRH" })).statusCode).toBe(200);
    const res = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/recycle`, headers: supplier.headers, payload: { serviceCode: "DRH", comment: "Corrigé" } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "MISE_A_DISPOSITION", serviceCode: "DRH", number });
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: agent.headers })).statusCode).toBe(404);
    expect((await detail(id, manager)).serviceCode).toBe("DRH");
    const unknown = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/recycle`, headers: supplier.headers, payload: { serviceCode: "DRIT" } });
    expect(unknown.statusCode).toBe(409);
  });
});
