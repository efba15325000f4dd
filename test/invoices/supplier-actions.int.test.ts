import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInTransaction } from "../../src/db/transaction.js";
import { findInvoice, recordTransition } from "../../src/modules/invoices/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { ciiInvoice, DEMO_PUBLIC, DEMO_SUPPLIER, RECIPIENT } from "./factories.js";
import { BUYER_MANAGER_EMAIL, createInvoicesTestApp, depositParts, logIn, multipart, type Session, SUPPLIER_EMAIL } from "./http-helpers.js";

describe.each(testDialects())("supplier actions on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let buyer: Session;
  let n = 0;

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    supplier = await logIn(t, SUPPLIER_EMAIL);
    buyer = await logIn(t, BUYER_MANAGER_EMAIL);
  });
  afterAll(async () => t.close());

  /** A deposited invoice moved by the recipient with `action` (as the buyer side will). */
  async function depositedThen(...steps: Array<[string, string?]>): Promise<string> {
    const body = multipart(depositParts(ciiInvoice({ seller: DEMO_SUPPLIER, number: `ACT-${++n}` }), { recipientSiret: RECIPIENT }));
    const id = (await t.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: { ...supplier.headers, ...body.headers } })).json().id as string;
    for (const [action, motif] of steps) {
      const invoice = await findInvoice(t.deps.database.db, id);
      await runInTransaction(t.deps.database.db, (scope) => recordTransition(scope, t.deps, { invoice: invoice!, action, role: "DESTINATAIRE", actor: { id: "buyer", name: "Acheteur" }, input: { motif } }));
    }
    return id;
  }

  const act = (session: Session, id: string, payload: Record<string, string>) => t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/actions`, headers: session.headers, payload });

  it("completes a suspended invoice with attachments: COMPLETEE, files added, history", async () => {
    const id = await depositedThen(["SUSPENDRE", "Bon de livraison manquant"]);
    const body = multipart([{ name: "action", value: "COMPLETER" }, { name: "comment", value: "Voici le bon" }, { name: "attachment", value: new TextEncoder().encode("BL"), filename: "bon-livraison.pdf" }]);
    const res = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/actions`, payload: body.payload, headers: { ...supplier.headers, ...body.headers } });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe("COMPLETEE");
    const detail = (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: supplier.headers })).json();
    expect(detail.files.map((f: { kind: string; name: string }) => [f.kind, f.name])).toEqual([
      ["ORIGINAL", "facture.xml"],
      ["ATTACHMENT", "bon-livraison.pdf"],
    ]);
    expect(detail.history.map((h: { to: string; motif: string | null }) => [h.to, h.motif])).toEqual([
      ["DEPOSEE", null],
      ["MISE_A_DISPOSITION", null],
      ["SUSPENDUE", "Bon de livraison manquant"],
      ["COMPLETEE", null],
    ]);
    // Completing without an attachment is refused by the table (required field).
    const other = await depositedThen(["SUSPENDRE", "Pièce manquante"]);
    const missing = await act(supplier, other, { action: "COMPLETER" });
    expect(missing.statusCode).toBe(409);
    expect(missing.json()).toMatchObject({ code: "INVALID_TRANSITION", missing: ["attachments"] });
  });

  it("recycles an invoice sent back: new routing, same number, routed again", async () => {
    const id = await depositedThen(["DEMANDER_RECYCLAGE", "Mauvais service"]);
    const bad = await act(supplier, id, { action: "RECYCLER", recipientSiret: DEMO_PUBLIC, serviceCode: "INCONNU" });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { rule: string }) => e.rule)).toEqual(["DEP-SERVICE-UNKNOWN"]);
    const res = await act(supplier, id, { action: "RECYCLER", recipientSiret: DEMO_PUBLIC, serviceCode: "DRIT" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "MISE_A_DISPOSITION", recipient: { siret: DEMO_PUBLIC }, serviceCode: "DRIT", number: `ACT-${n}` });
  });

  it("declares a payment received, and refuses what the table does not allow", async () => {
    const id = await depositedThen(["METTRE_EN_PAIEMENT"]);
    expect((await act(supplier, id, { action: "CONSTATER_ENCAISSEMENT", paymentDate: "2026-03-01" })).json().status).toBe("ENCAISSEE");
    const wrong = await act(supplier, id, { action: "COMPLETER" });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().code).toBe("INVALID_TRANSITION");
    // The recipient is not the supplier: a supplier action on someone else's invoice is not found.
    expect((await act(buyer, id, { action: "CONSTATER_ENCAISSEMENT" })).statusCode).toBe(404);
    expect((await act(supplier, id, { action: "DEPOSER" })).json().code).toBe("INVALID_TRANSITION");
    // A draft that cannot be an invoice (no line) is refused with the deposit's own findings, and stays a draft.
    const empty = await t.app.inject({ method: "POST", url: "/api/v1/invoices/drafts", headers: supplier.headers, payload: { supplierSiret: DEMO_SUPPLIER, lines: [] } });
    expect((await act(supplier, empty.json().invoice.id, { action: "DEPOSER" })).statusCode).toBeGreaterThanOrEqual(400);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${empty.json().invoice.id}`, headers: supplier.headers })).json().status).toBe("BROUILLON");
  });

  it("sends a form draft: a Factur-X is made from the form, deposited and routed; the draft gives way", async () => {
    n++;
    const form = {
      supplierSiret: DEMO_SUPPLIER,
      recipientSiret: DEMO_PUBLIC,
      serviceCode: "DRIT",
      engagementNumber: "EJ-2026-77",
      number: `FORM-${n}`,
      issueDate: "2026-02-27",
      dueDate: "2026-03-29",
      iban: "FR7630006000011234567890189",
      lines: [
        { description: "Balisage de chantier", quantity: "2", unit: "DAY", unitPrice: "450.00", vatRate: "20" },
        { description: "Panneaux", quantity: "10", unit: "C62", unitPrice: "12.35", vatRate: "20" },
      ],
    };
    const draft = (await t.app.inject({ method: "POST", url: "/api/v1/invoices/drafts", headers: supplier.headers, payload: form })).json();
    const sent = await act(supplier, draft.invoice.id, { action: "DEPOSER" });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: "MISE_A_DISPOSITION", number: `FORM-${n}`, serviceCode: "DRIT", recipient: { siret: DEMO_PUBLIC } });
    const id = sent.json().id as string;
    expect(id).not.toBe(draft.invoice.id);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${draft.invoice.id}`, headers: supplier.headers })).statusCode).toBe(404);
    const detail = (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: buyer.headers })).json();
    expect(detail.totals).toMatchObject({ withoutVat: "1023.50", vat: "204.70", withVat: "1228.20" });
  });
});
