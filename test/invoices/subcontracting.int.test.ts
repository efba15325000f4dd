import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideValidation } from "../../src/modules/invoices/decide-validation.js";
import { expireValidations } from "../../src/modules/invoices/expire-validations.js";
import { type Actor, depositInvoice, directoryAdapter, getInvoice } from "../../src/modules/invoices/index.js";
import { drainOutbox, outboxHandlers } from "../../src/modules/notifications/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { ALICE, ciiInvoice, DEMO_PUBLIC, DEMO_SUPPLIER, grantedAccess, RECIPIENT, SUPPLIER, UNKNOWN_SIRET } from "./factories.js";
import { BUYER_MANAGER_EMAIL, createInvoicesTestApp, depositParts, logIn, multipart, type Session, SUPPLIER_EMAIL } from "./http-helpers.js";

// The subcontractor's circuit (A9): the main contractor (titulaire) validates first, then the public buyer gets it.
// ALICE deposits for the subcontractor SUPPLIER through the use case; the demo supplier company (DEMO_SUPPLIER) is
// the main contractor and answers through the API; the Département (DEMO_PUBLIC) is the recipient.

const DAY = 24 * 3600_000;
const BOB: Actor = { id: "bob", name: "Bob Autre", kind: "user", principal: null };
const access = grantedAccess({ alice: { "invoice.deposit": [SUPPLIER], "invoice.read_sent": [SUPPLIER] }, bob: { "invoice.deposit": [RECIPIENT] } });
let counter = 0;

describe.each(testDialects())("subcontractor invoices (A9) on %s", (dialect) => {
  let t: TestApp;
  let contractor: Session;
  let buyer: Session;

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    [contractor, buyer] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL)];
  });
  afterAll(async () => t.close());

  async function depositA9(validatorSiret = DEMO_SUPPLIER) {
    const number = `ST-${++counter}`;
    const file = { name: "facture.xml", bytes: ciiInvoice({ seller: SUPPLIER, buyer: DEMO_PUBLIC, serviceCode: "DRIT", number }) };
    const { invoice } = await depositInvoice(t.deps, { access, directory: directoryAdapter }, ALICE, { file, framework: "A9_FACTURE_SOUSTRAITANT", validatorSiret, source: "API" });
    return invoice;
  }
  const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: session.headers });
  const decide = (session: Session, id: string, payload: Record<string, string>) => t.app.inject({ method: "POST", url: `/api/v1/invoices/${id}/validation`, headers: session.headers, payload });

  it("goes to the main contractor first, hidden from the recipient, and to the recipient once validated", async () => {
    const invoice = await depositA9();
    expect(invoice).toMatchObject({ status: "A_VALIDER_1", framework: "A9_FACTURE_SOUSTRAITANT", recipient_siret: DEMO_PUBLIC });
    await drainOutbox(t.deps, outboxHandlers());
    const announced = t.deps.mailer.kept?.().find((m) => m.subject.includes(`à valider (n° ${invoice.number})`));
    expect(announced?.to).toBe(SUPPLIER_EMAIL);
    expect(announced?.text).toContain("avant le 17/03/2026");
    expect(announced?.text).toContain(`/factures/${invoice.id}`);
    expect((await get(buyer, `/api/v1/invoices/${invoice.id}`)).statusCode).toBe(404);

    const pending = (await get(contractor, "/api/v1/validations")).json();
    const item = pending.items.find((i: { invoice: { id: string } }) => i.invoice.id === invoice.id);
    expect(item.validation).toMatchObject({ validatorSiret: DEMO_SUPPLIER, dueAt: new Date(t.clock.now().getTime() + 15 * DAY).toISOString(), decision: null });
    const seen = (await get(contractor, `/api/v1/invoices/${invoice.id}`)).json();
    expect(seen.roles).toEqual(["VALIDEUR"]);
    expect(seen.allowedTransitions.map((a: { action: string }) => a.action).sort()).toEqual(["REFUSER", "VALIDER"]);
    expect(seen.files.length).toBeGreaterThan(0);
    expect((await get(contractor, seen.files[0].url)).statusCode).toBe(200);

    const validated = await decide(contractor, invoice.id, { action: "VALIDER", comment: "Conforme au bon de livraison" });
    expect(validated.statusCode).toBe(200);
    expect(validated.json()).toMatchObject({ status: "MISE_A_DISPOSITION", allowedTransitions: [] });
    const history = (await get(buyer, `/api/v1/invoices/${invoice.id}`)).json().history;
    expect(history.map((e: { action: string; to: string }) => `${e.action}>${e.to}`)).toEqual(["DEPOSER>DEPOSEE", "SOUMETTRE_VALIDATION>A_VALIDER_1", "VALIDER>VALIDEE_1", "METTRE_A_DISPOSITION>MISE_A_DISPOSITION"]);
    expect(history[2].actor.role).toBe("VALIDEUR");
    expect((await get(contractor, "/api/v1/validations")).json().items.some((i: { invoice: { id: string } }) => i.invoice.id === invoice.id)).toBe(false);
    const decided = (await get(contractor, "/api/v1/validations?state=decided")).json().items.find((i: { invoice: { id: string } }) => i.invoice.id === invoice.id);
    expect(decided.validation.decision).toBe("VALIDER");
    expect((await decide(contractor, invoice.id, { action: "VALIDER" })).json().code).toBe("INVALID_TRANSITION");
  });

  it("keeps the recipient's inbox, change feed and live stream silent until the main contractor validates", async () => {
    const invoice = await depositA9();
    const inInbox = async () => (await get(buyer, "/api/v1/received-invoices?limit=200")).json().items.some((i: { id: string }) => i.id === invoice.id);
    const feedStatuses = async () => {
      const feed = (await get(buyer, "/api/v1/received-invoices/changes?limit=1000")).json();
      return feed.items.filter((c: { invoiceId: string }) => c.invoiceId === invoice.id).map((c: { to: string }) => c.to);
    };
    expect(await inInbox()).toBe(false);
    expect(await feedStatuses()).toEqual([]);
    const outbox = await t.deps.database.db.selectFrom("outbox").select(["payload"]).where("aggregate_id", "=", invoice.id).orderBy("id").execute();
    expect(outbox.map((o) => JSON.parse(o.payload).recipientSees)).toEqual([false, false]);

    expect((await decide(contractor, invoice.id, { action: "VALIDER" })).statusCode).toBe(200);
    expect(await inInbox()).toBe(true);
    expect(await feedStatuses()).toEqual(["MISE_A_DISPOSITION"]);
  });

  it("refuses with a motif only, and a refused invoice never reaches the recipient", async () => {
    const invoice = await depositA9();
    const noMotif = await decide(contractor, invoice.id, { action: "REFUSER" });
    expect(noMotif.statusCode).toBe(409);
    expect(noMotif.json()).toMatchObject({ code: "INVALID_TRANSITION", missing: ["motif"] });
    const refused = await decide(contractor, invoice.id, { action: "REFUSER", motif: "Travaux non réalisés" });
    expect(refused.json()).toMatchObject({ status: "REFUSEE_1", allowedTransitions: [] });
    expect((await get(buyer, `/api/v1/invoices/${invoice.id}`)).statusCode).toBe(404);
    const seenBySubcontractor = await getInvoice(t.deps, access, ALICE, invoice.id);
    expect(seenBySubcontractor.events.at(-1)).toMatchObject({ action: "REFUSER", motif: "Travaux non réalisés", to_status: "REFUSEE_1" });
  });

  it("is validated tacitly after 15 days without answer, and only then", async () => {
    const invoice = await depositA9();
    t.clock.advance(14 * DAY);
    expect(await expireValidations(t.deps)).toBe(0);
    t.clock.advance(DAY);
    expect(await expireValidations(t.deps)).toBeGreaterThanOrEqual(1);
    const { invoice: after, events } = await getInvoice(t.deps, access, ALICE, invoice.id);
    expect(after.status).toBe("MISE_A_DISPOSITION");
    expect(events.slice(-2).map((e) => `${e.action}>${e.to_status}`)).toEqual(["CONSTATER_ABSENCE_VALIDATION>ABSENCE_VALIDATION_1_HORS_DELAI", "METTRE_A_DISPOSITION>MISE_A_DISPOSITION"]);
    expect(await expireValidations(t.deps)).toBe(0);
    [contractor, buyer] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL)]; // sessions went idle
    expect((await get(buyer, `/api/v1/invoices/${invoice.id}`)).statusCode).toBe(200);
  });

  it("lets only the main contractor named decide", async () => {
    const invoice = await depositA9();
    await expect(decideValidation(t.deps, access, BOB, invoice.id, { action: "VALIDER" })).rejects.toMatchObject({ code: "INVOICE_NOT_FOUND" });
    await expect(getInvoice(t.deps, access, BOB, invoice.id)).rejects.toMatchObject({ code: "INVOICE_NOT_FOUND" });
    expect((await decide(buyer, invoice.id, { action: "VALIDER" })).statusCode).toBe(404);
  });

  it("refuses an A9 deposit without a usable main contractor, each with its rule", async () => {
    const post = async (fields: Record<string, string>) => {
      const body = multipart(depositParts(ciiInvoice({ seller: DEMO_SUPPLIER, number: `STD-${++counter}` }), { recipientSiret: RECIPIENT, framework: "A9_FACTURE_SOUSTRAITANT", ...fields }));
      const res = await t.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: { ...contractor.headers, ...body.headers } });
      return res.json().errors?.map((e: { rule: string }) => e.rule) ?? res.json();
    };
    expect(await post({})).toContain("DEP-VALIDATOR-REQUIRED");
    expect(await post({ validatorSiret: UNKNOWN_SIRET })).toContain("DEP-VALIDATOR-UNKNOWN");
    expect(await post({ validatorSiret: DEMO_SUPPLIER })).toContain("DEP-VALIDATOR-IS-SUPPLIER");
    expect(await post({ validatorSiret: RECIPIENT })).toContain("DEP-VALIDATOR-IS-RECIPIENT");
  });

  it("sends a form draft of a subcontractor to the main contractor named in the form", async () => {
    const form = { supplierSiret: DEMO_SUPPLIER, recipientSiret: RECIPIENT, serviceCode: "SERVEXEC", framework: "A9_FACTURE_SOUSTRAITANT", number: `STF-${++counter}`, issueDate: "2026-02-28", lines: [{ description: "Lot 2", quantity: "1", unit: "C62", unitPrice: "800", vatRate: "20" }] };
    const withoutValidator = (await t.app.inject({ method: "POST", url: "/api/v1/invoices/drafts", headers: contractor.headers, payload: form })).json();
    expect(withoutValidator.findings.map((f: { rule: string }) => f.rule)).toContain("FORM-VALIDATOR");
    const saved = (await t.app.inject({ method: "PUT", url: `/api/v1/invoices/drafts/${withoutValidator.invoice.id}`, headers: contractor.headers, payload: { ...form, validatorSiret: SUPPLIER } })).json();
    expect(saved.findings.map((f: { rule: string }) => f.rule)).not.toContain("FORM-VALIDATOR");
    const sent = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${saved.invoice.id}/actions`, headers: contractor.headers, payload: { action: "DEPOSER" } });
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ status: "A_VALIDER_1", framework: "A9_FACTURE_SOUSTRAITANT" });
  });
});
