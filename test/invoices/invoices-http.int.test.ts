import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { builtFacturxPdf, ciiInvoice, DEMO_PUBLIC, DEMO_SUPPLIER, facturxPdf, plainPdf, RECIPIENT, RECIPIENT_EITHER, RECIPIENT_EJ, RECIPIENT_INACTIVE, UNKNOWN_SIRET } from "./factories.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, createInvoicesTestApp, depositParts, logIn, multipart, type Session, SUPPLIER_EMAIL } from "./http-helpers.js";

let counter = 0;
const nextNumber = () => `H-${++counter}`;
const invoice = (o: Parameters<typeof ciiInvoice>[0] = {}) => ciiInvoice({ seller: DEMO_SUPPLIER, number: nextNumber(), ...o });

describe.each(testDialects())("invoices API on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let buyer: Session;
  let agent: Session;

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    [supplier, buyer, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL), await logIn(t, AGENT_EMAIL)];
  });
  afterAll(async () => t.close());

  async function deposit(session: Session, file: Uint8Array, fields: Record<string, string> = {}, extra: Record<string, string> = {}, filename = "facture.xml") {
    const body = multipart(depositParts(file, { recipientSiret: RECIPIENT, ...fields }, filename));
    return t.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: { ...session.headers, ...body.headers, ...extra } });
  }

  it("refuses anonymous callers", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/invoices" })).statusCode).toBe(401);
    const body = multipart(depositParts(invoice()));
    expect((await t.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: body.headers })).statusCode).toBe(401);
  });

  it("deposits a CII invoice: 201 with id, number, status, Location, and no action left to the supplier", async () => {
    const res = await deposit(supplier, invoice({ number: "API-1" }));
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ number: "API-1", status: "MISE_A_DISPOSITION", statusLabel: "Mise à disposition du destinataire", cdar: 203, supplier: { siret: DEMO_SUPPLIER }, recipient: { siret: RECIPIENT, name: "DEPARTEMENT TEST" }, serviceCode: "SERVEXEC", allowedTransitions: [] });
    expect(res.headers.location).toBe(`/api/v1/invoices/${body.id}`);
  });

  it("deposits a Factur-X PDF and the JSON form of the request", async () => {
    const pdfAsDemo = facturxPdf();
    // The corpus PDF's seller is not the demo supplier: the refusal names the mismatch.
    const refused = await deposit(supplier, pdfAsDemo, {}, {}, "facture.pdf");
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors.map((e: { rule: string }) => e.rule)).toContain("DEP-SELLER-MISMATCH");
    const built = await deposit(supplier, await builtFacturxPdf(invoice({ number: "FX-1" })), {}, {}, "facture.pdf");
    expect(built.statusCode).toBe(201);
    expect(built.json()).toMatchObject({ number: "FX-1", syntax: "CII", status: "MISE_A_DISPOSITION" });
    const json = await t.app.inject({
      method: "POST",
      url: "/api/v1/invoices",
      headers: supplier.headers,
      payload: { recipientSiret: RECIPIENT, file: { name: "facture.xml", contentBase64: Buffer.from(invoice({ number: "JSON-1" })).toString("base64") } },
    });
    expect(json.statusCode).toBe(201);
    expect(json.json().number).toBe("JSON-1");
  });

  const refusals: Array<[string, () => Uint8Array, Record<string, string>]> = [
    ["DEP-RECIPIENT-UNKNOWN", () => invoice(), { recipientSiret: UNKNOWN_SIRET }],
    ["DEP-RECIPIENT-INACTIVE", () => invoice(), { recipientSiret: RECIPIENT_INACTIVE }],
    ["DEP-SERVICE-REQUIRED", () => invoice({ serviceCode: null }), {}],
    ["DEP-SERVICE-UNKNOWN", () => invoice(), { serviceCode: "INCONNU" }],
    ["DEP-SERVICE-INACTIVE", () => invoice(), { serviceCode: "OLDSERV" }],
    ["DEP-ENGAGEMENT-REQUIRED", () => invoice({ order: null, serviceCode: null }), { recipientSiret: RECIPIENT_EJ }],
    ["DEP-SERVICE-OR-ENGAGEMENT-REQUIRED", () => invoice({ order: null, serviceCode: null }), { recipientSiret: RECIPIENT_EITHER }],
    ["DEP-SELLER-MISMATCH", () => ciiInvoice({ number: nextNumber() }), {}],
    ["DEP-NUMBER-TOO-LONG", () => invoice({ number: "N".repeat(21) }), {}],
    ["DEP-NUMBER-IS-DATE", () => invoice({ number: "02/03/2026" }), {}],
    ["DEP-FILE-TYPE", () => new TextEncoder().encode("bonjour"), {}],
    ["DEP-FILE-UNREADABLE", () => new TextEncoder().encode("<rsm:CrossIndustryInvoice"), {}],
    ["DEP-TYPED-MISMATCH", () => invoice(), { typedTotalWithVat: "999.99" }],
  ];
  it.each(refusals)("refuses with 422 and rule %s, in French", async (rule, file, fields) => {
    const res = await deposit(supplier, file(), fields);
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem.code).toBe("INVOICE_REFUSED");
    // The portal's own rule, possibly beside the engine's B2G rule for the same fault (BR-FR-CPRO-02 for the number).
    expect(problem.errors.map((e: { rule: string }) => e.rule).filter((r: string) => r.startsWith("DEP-"))).toEqual([rule]);
    expect(problem.errors[0].message).toMatch(/[a-zé]/);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("gives the portal's findings in English when English comes first, and never the field that carries them", async () => {
    const file = invoice();
    const fr = (await deposit(supplier, file, { recipientSiret: UNKNOWN_SIRET })).json();
    const finding = (problem: { errors: Array<Record<string, unknown>> }) => problem.errors.find((e) => e.rule === "DEP-RECIPIENT-UNKNOWN");
    expect(finding(fr)).toMatchObject({ message: `Le destinataire ${UNKNOWN_SIRET} n'est pas référencé dans l'annuaire.` });
    expect(finding(fr)).not.toHaveProperty("messageEn");
    expect(finding(fr)).not.toHaveProperty("lang");
    const en = await deposit(supplier, file, { recipientSiret: UNKNOWN_SIRET }, { "accept-language": "en-GB,en;q=0.9" });
    expect(en.statusCode).toBe(422);
    expect(en.json()).toMatchObject({ code: "INVOICE_REFUSED", lang: "en" });
    expect(finding(en.json())).toMatchObject({ message: `The recipient ${UNKNOWN_SIRET} is not in the directory.`, lang: "en" });
    expect(finding(en.json())).not.toHaveProperty("messageEn");
    // The engine's findings too: the B2G rule on the number's length, beside the portal's own.
    const long = invoice({ number: "N".repeat(21) });
    const [longFr, longEn] = [await deposit(supplier, long), await deposit(supplier, long, {}, { "accept-language": "en" })];
    const engineRule = (problem: { errors: Array<{ rule: string; message: string }> }) => problem.errors.find((e) => !e.rule.startsWith("DEP-"));
    expect(engineRule(longEn.json())?.rule).toBe(engineRule(longFr.json())?.rule);
    expect(engineRule(longEn.json())?.message).not.toBe(engineRule(longFr.json())?.message);
    expect(engineRule(longEn.json())).toMatchObject({ lang: "en", message: expect.not.stringMatching(/[éèàç]/) });
    // A file the engine cannot read: the reason itself in English.
    const broken = await deposit(supplier, new TextEncoder().encode("<rsm:CrossIndustryInvoice"), {}, { "accept-language": "en" });
    expect(broken.json().errors.find((e: { rule: string }) => e.rule === "DEP-FILE-UNREADABLE")).toMatchObject({ lang: "en", message: expect.stringMatching(/^The file could not be read: The file is not well-formed XML: /) });
    // The preview before sending, too.
    const body = multipart(depositParts(file, { recipientSiret: UNKNOWN_SIRET }));
    const read = async (language: string) =>
      (await t.app.inject({ method: "POST", url: "/api/v1/invoices/read", payload: body.payload, headers: { ...supplier.headers, ...body.headers, "accept-language": language } })).json() as { findings: Array<Record<string, unknown>> };
    const previewEn = (await read("en")).findings.find((f) => f.rule === "DEP-RECIPIENT-UNKNOWN");
    expect(previewEn).toMatchObject({ message: `The recipient ${UNKNOWN_SIRET} is not in the directory.` });
    expect(previewEn).not.toHaveProperty("messageEn");
    expect((await read("fr")).findings.find((f) => f.rule === "DEP-RECIPIENT-UNKNOWN")).toMatchObject({ message: expect.stringMatching(/^Le destinataire/) });
  });

  it("shows a deposited invoice's warnings in English to an English reader, as stored to a French one", async () => {
    const xml = new TextDecoder()
      .decode(invoice({ number: "WARN-EN-1" }))
      .replace("<rsm:ExchangedDocumentContext>", "<rsm:ExchangedDocumentContext><ram:TestIndicator><udt:Indicator>false</udt:Indicator></ram:TestIndicator>");
    const created = await deposit(supplier, new TextEncoder().encode(xml));
    expect(created.statusCode).toBe(201);
    const read = async (language: string) => (await t.app.inject({ url: `/api/v1/invoices/${created.json().id}`, headers: { ...supplier.headers, "accept-language": language } })).json();
    const fr = (await read("fr")).warnings.find((w: { rule: string }) => w.rule === "CII-SR-002");
    expect(fr).toMatchObject({ severity: "warning", message: expect.stringMatching(/^L'élément « ram:TestIndicator »/) });
    expect(fr).not.toHaveProperty("lang");
    const en = (await read("en")).warnings.find((w: { rule: string }) => w.rule === "CII-SR-002");
    expect(en).toMatchObject({ severity: "warning", lang: "en", message: expect.stringContaining("ram:TestIndicator") });
    expect(en.message).not.toMatch(/[éèàç«»]/);
  });

  it("refuses attachments breaking the rules, each with its rule id", async () => {
    const parts = [
      ...depositParts(invoice(), { recipientSiret: RECIPIENT }),
      { name: "attachment", value: new Uint8Array(0), filename: "vide.pdf" },
      { name: "attachment", value: new Uint8Array([1]), filename: "virus.exe" },
      { name: "attachment", value: new Uint8Array([1]), filename: `${"x".repeat(60)}.pdf` },
    ];
    const body = multipart(parts);
    const res = await t.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: { ...supplier.headers, ...body.headers } });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { rule: string }) => e.rule).sort()).toEqual(["DEP-ATTACHMENT-EMPTY", "DEP-ATTACHMENT-EXTENSION", "DEP-ATTACHMENT-NAME-TOO-LONG"]);
  });

  it("detects a duplicate number and names the invoice it collides with", async () => {
    const first = await deposit(supplier, invoice({ number: "DUP-1" }));
    const again = await deposit(supplier, invoice({ number: "DUP-1" }));
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0]).toMatchObject({ rule: "DEP-NUMBER-DUPLICATE", reason: "DOUBLON", details: { invoiceId: first.json().id } });
  });

  it("honours Idempotency-Key: same key, same answer, one invoice", async () => {
    const file = invoice({ number: "IDEM-1" });
    const a = await deposit(supplier, file, {}, { "idempotency-key": "cle-1" });
    const b = await deposit(supplier, file, {}, { "idempotency-key": "cle-1" });
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect(b.json()).toEqual(a.json());
    expect(b.headers["idempotent-replayed"]).toBe("true");
    const c = await deposit(supplier, invoice({ number: "IDEM-2" }), {}, { "idempotency-key": "cle-1" });
    expect(c.statusCode).toBe(422);
    expect(c.json().code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("authenticates an ERP by OAuth bearer token", async () => {
    const created = await t.app.inject({ method: "POST", url: `/api/v1/structures/${DEMO_SUPPLIER}/api-clients`, headers: supplier.headers, payload: { name: "ERP" } });
    expect(created.statusCode).toBe(201);
    const { clientId, clientSecret } = created.json();
    const token = await t.app.inject({ method: "POST", url: "/api/oauth/token", payload: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret } });
    const bearer = { headers: { authorization: `Bearer ${token.json().access_token}` } };
    const res = await deposit(bearer, invoice({ number: "ERP-1" }));
    expect(res.statusCode).toBe(201);
    const list = await t.app.inject({ method: "GET", url: "/api/v1/invoices?number=ERP-1", headers: bearer.headers });
    expect(list.json().items.map((i: { number: string }) => i.number)).toEqual(["ERP-1"]);
  });

  it("shows the detail with its history, files and each caller's allowed transitions; hides it from others", async () => {
    const id = (await deposit(supplier, invoice({ number: "DET-1" }), { recipientSiret: DEMO_PUBLIC, serviceCode: "DRH" })).json().id;
    const mine = (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: supplier.headers })).json();
    expect(mine.history.map((h: { to: string; actor: { role: string } }) => [h.to, h.actor.role])).toEqual([
      ["DEPOSEE", "FOURNISSEUR"],
      ["MISE_A_DISPOSITION", "SYSTEME"],
    ]);
    expect(mine.history[0].actor.name).toBe(SUPPLIER_EMAIL);
    expect(mine.files).toEqual([expect.objectContaining({ kind: "ORIGINAL", name: "facture.xml" })]);
    expect(mine.allowedTransitions).toEqual([]);
    const theirs = (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: buyer.headers })).json();
    expect(theirs.roles).toEqual(["DESTINATAIRE"]);
    expect(theirs.allowedTransitions.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(["SUSPENDRE", "REJETER", "MANDATER", "DEMANDER_RECYCLAGE"]));
    expect(theirs.allowedTransitions.find((a: { action: string }) => a.action === "REJETER").requires).toEqual(["motif"]);
    // The agent only covers the DRIT service: an invoice for DRH is not theirs to see.
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}`, headers: agent.headers })).statusCode).toBe(404);
    const file = await t.app.inject({ method: "GET", url: mine.files[0].url, headers: supplier.headers });
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain("CrossIndustryInvoice");
  });

  it("gives the deposit receipt as JSON and PDF, with the SHA-256 of the original", async () => {
    const bytes = invoice({ number: "REC-1" });
    const id = (await deposit(supplier, bytes)).json().id;
    const receipt = (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/receipt`, headers: supplier.headers })).json();
    expect(receipt).toMatchObject({ number: "REC-1", depositedAt: "2026-03-02T09:00:00.000Z", originalSha256: createHash("sha256").update(bytes).digest("hex") });
    const pdf = await t.app.inject({ method: "GET", url: receipt.pdfUrl, headers: supplier.headers });
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("lists with filters, sorting and cursor pagination, and exports CSV", async () => {
    for (const [n, total] of [["LST-1", "1"], ["LST-2", "2"], ["LST-3", "3"]] as const) {
      const res = await deposit(supplier, invoice({ number: n }));
      expect(res.statusCode, total).toBe(201);
    }
    const page1 = (await t.app.inject({ method: "GET", url: "/api/v1/invoices?number=LST&sort=number&order=asc&limit=2", headers: supplier.headers })).json();
    expect(page1.items.map((i: { number: string }) => i.number)).toEqual(["LST-1", "LST-2"]);
    const page2 = (await t.app.inject({ method: "GET", url: `/api/v1/invoices?number=LST&sort=number&order=asc&limit=2&cursor=${page1.nextCursor}`, headers: supplier.headers })).json();
    expect(page2.items.map((i: { number: string }) => i.number)).toEqual(["LST-3"]);
    expect(page2.nextCursor).toBeNull();
    const filtered = (await t.app.inject({ method: "GET", url: `/api/v1/invoices?status=MISE_A_DISPOSITION&recipientSiret=${RECIPIENT}&amountMin=104.90&amountMax=104.90&number=LST-2`, headers: supplier.headers })).json();
    expect(filtered.items.map((i: { number: string }) => i.number)).toEqual(["LST-2"]);
    const none = (await t.app.inject({ method: "GET", url: "/api/v1/invoices?status=REJETEE&number=LST", headers: supplier.headers })).json();
    expect(none.items).toEqual([]);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/invoices?number=LST", headers: buyer.headers })).json().items).toEqual([]);
    const csv = await t.app.inject({ method: "GET", url: "/api/v1/invoices/export.csv?number=LST&sort=number&order=asc", headers: supplier.headers });
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const lines = csv.body.trim().split("\r\n");
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[0]).toMatch(/^\ufeff?Numéro;Type;Statut/);
    expect(lines.slice(1).map((l) => l.split(";")[0])).toEqual(["LST-1", "LST-2", "LST-3"]);
  });

  it("previews a file without depositing: data, recipient rules and every finding", async () => {
    const body = multipart(depositParts(invoice({ number: "PRE-1", serviceCode: null }), { recipientSiret: RECIPIENT }));
    const res = await t.app.inject({ method: "POST", url: "/api/v1/invoices/read", payload: body.payload, headers: { ...supplier.headers, ...body.headers } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ kind: "XML", syntax: "CII", data: { number: "PRE-1", totalWithVat: "104.90" }, recipient: { siret: RECIPIENT, serviceCodeRequired: true }, canDeposit: false });
    expect(res.json().findings.map((f: { rule: string }) => f.rule)).toEqual(["DEP-SERVICE-REQUIRED"]);
    const pdf = multipart(depositParts(await plainPdf(`Facture n° PDF-9\nDate de facture : 15/02/2026\nSIRET client : ${RECIPIENT}\nTotal HT 100,00\nTotal TVA 20,00\nTotal TTC 120,00`), {}, "scan.pdf"));
    const read = (await t.app.inject({ method: "POST", url: "/api/v1/invoices/read", payload: pdf.payload, headers: { ...supplier.headers, ...pdf.headers } })).json();
    expect(read).toMatchObject({ kind: "PDF", guessedFromText: true, data: { number: "PDF-9", issueDate: "2026-02-15", recipientSiret: RECIPIENT, totalWithVat: "120.00" } });
    const listed = (await t.app.inject({ method: "GET", url: "/api/v1/invoices?number=PRE-1", headers: supplier.headers })).json();
    expect(listed.items).toEqual([]);
  });

  it("saves the form as a draft with exact totals, reminds after 2 days, and seals deposited invoices", async () => {
    const form = {
      supplierSiret: DEMO_SUPPLIER,
      recipientSiret: RECIPIENT,
      serviceCode: "SERVEXEC",
      number: "BR-1",
      issueDate: "2026-02-28",
      lines: [
        { description: "Prestation", quantity: "3", unit: "C62", unitPrice: "0.1", vatRate: "20" },
        { description: "Livre", quantity: "1", unit: "C62", unitPrice: "10", vatRate: "5.5" },
      ],
    };
    const saved = await t.app.inject({ method: "POST", url: "/api/v1/invoices/drafts", headers: supplier.headers, payload: form });
    expect(saved.statusCode).toBe(201);
    const draft = saved.json();
    expect(draft.invoice).toMatchObject({ status: "BROUILLON", statusLabel: "Brouillon", number: "BR-1", totals: { withoutVat: "10.30", vat: "0.61", withVat: "10.91" }, draftReminder: false });
    expect(draft.totals.vatBreakdown).toEqual([
      { rate: "20", base: "0.30", vat: "0.06" },
      { rate: "5.5", base: "10.00", vat: "0.55" },
    ]);
    const updated = await t.app.inject({ method: "PUT", url: `/api/v1/invoices/drafts/${draft.invoice.id}`, headers: supplier.headers, payload: { ...form, lines: [] } });
    expect(updated.json().findings.map((f: { rule: string }) => f.rule)).toEqual(["FORM-LINES"]);
    // Drafts reserve no number and are not shown to the recipient.
    expect((await deposit(supplier, invoice({ number: "BR-1" }))).statusCode).toBe(201);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${draft.invoice.id}`, headers: buyer.headers })).statusCode).toBe(404);
    t.clock.advance(3 * 24 * 3600_000);
    const fresh = await logIn(t, SUPPLIER_EMAIL); // the old session went idle meanwhile
    const later = (await t.app.inject({ method: "GET", url: "/api/v1/invoices?status=BROUILLON", headers: fresh.headers })).json();
    expect(later.items.find((i: { id: string }) => i.id === draft.invoice.id).draftReminder).toBe(true);
    t.clock.advance(-3 * 24 * 3600_000);
    const deposited = (await deposit(supplier, invoice({ number: "BR-2" }))).json();
    const sealed = await t.app.inject({ method: "PUT", url: `/api/v1/invoices/drafts/${deposited.id}`, headers: supplier.headers, payload: form });
    expect(sealed.statusCode).toBe(409);
    expect(sealed.json().code).toBe("SEALED_FIELDS");
  });
});
