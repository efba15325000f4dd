import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInvoiceXml } from "../../src/einvoice/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { ciiInvoice, DEMO_SUPPLIER, RECIPIENT } from "./factories.js";
import { createInvoicesTestApp, logIn, type Session, SUPPLIER_EMAIL } from "./http-helpers.js";

// POST /api/v1/invoices with the invoice as JSON in the engine's model shape: the server writes the original.

/** The model of a valid B2G invoice, as the engine's reader gives it, through JSON (paths included). */
function modelOf(number: string, seller = DEMO_SUPPLIER): Record<string, unknown> {
  return JSON.parse(JSON.stringify(readInvoiceXml(ciiInvoice({ seller, number })).model));
}

describe.each(testDialects())("deposit of an invoice as JSON in the model's shape on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;

  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    supplier = await logIn(t, SUPPLIER_EMAIL);
  });
  afterAll(async () => t.close());

  const post = (payload: unknown, headers: Record<string, string> = {}) => t.app.inject({ method: "POST", url: "/api/v1/invoices", headers: { ...supplier.headers, ...headers }, payload: payload as Record<string, unknown> });

  it("writes a CII that becomes the original, routes it, and answers 201 with the invoice", async () => {
    const res = await post({ invoice: modelOf("MOD-1"), recipientSiret: RECIPIENT });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ number: "MOD-1", status: "MISE_A_DISPOSITION", syntax: "CII", supplier: { siret: DEMO_SUPPLIER }, recipient: { siret: RECIPIENT }, serviceCode: "SERVEXEC", source: "API" });
    const detail = (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${body.id}`, headers: supplier.headers })).json();
    const original = detail.files.find((f: { kind: string }) => f.kind === "ORIGINAL");
    expect(original).toMatchObject({ name: "facture-MOD-1.xml", mime: "application/xml", sha256: body.originalSha256 });
    const xml = (await t.app.inject({ method: "GET", url: original.url, headers: supplier.headers })).body;
    expect(xml).toContain("<rsm:CrossIndustryInvoice");
    expect(xml).toContain("<ram:ID>MOD-1</ram:ID>");
  });

  it("writes a Factur-X when asked, and the same request with the same Idempotency-Key gives the same invoice", async () => {
    const payload = { invoice: modelOf("MOD-2"), recipientSiret: RECIPIENT, output: "FACTURX" };
    const first = await post(payload, { "idempotency-key": "model-2" });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ number: "MOD-2", status: "MISE_A_DISPOSITION", profile: expect.stringMatching(/EN16931|EN 16931/i) });
    const again = await post(payload, { "idempotency-key": "model-2" });
    expect(again.statusCode).toBe(201);
    expect(again.headers["idempotent-replayed"]).toBe("true");
    expect(again.json().id).toBe(first.json().id);
    const detail = (await t.app.inject({ method: "GET", url: `/api/v1/invoices/${first.json().id}`, headers: supplier.headers })).json();
    expect(detail.files.find((f: { kind: string }) => f.kind === "ORIGINAL")).toMatchObject({ name: "facture-MOD-2.pdf", mime: "application/pdf" });
    const other = await post({ ...payload, serviceCode: "OLDSERV" }, { "idempotency-key": "model-2" });
    expect(other.statusCode).toBe(422);
    expect(other.json().code).toBe("IDEMPOTENCY_KEY_REUSED");
  });

  it("refuses a body not in the model's shape with the wrong field (problem+json, 400)", async () => {
    const model = modelOf("MOD-3");
    const res = await post({ invoice: { ...model, number: "MOD-3" }, recipientSiret: RECIPIENT });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "VALIDATION_FAILED", rule: "MODEL-SHAPE", field: "invoice.number" });
    const typo = await post({ invoice: { ...model, numbr: { value: "MOD-3" } }, recipientSiret: RECIPIENT });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().errors[0].message).toContain("numbr");
    const noLines = await post({ invoice: { ...model, lines: [] }, recipientSiret: RECIPIENT });
    expect(noLines.json()).toMatchObject({ code: "VALIDATION_FAILED", field: "invoice.lines" });
  });

  it("runs the same deposit checks as a file: each refusal with its rule", async () => {
    const foreign = await post({ invoice: modelOf("MOD-4", "44444444400012"), recipientSiret: RECIPIENT, supplierSiret: DEMO_SUPPLIER });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors.map((e: { rule: string }) => e.rule)).toContain("DEP-SELLER-MISMATCH");
    const model = modelOf("MOD-5") as { buyerReference?: unknown };
    delete model.buyerReference;
    const noService = await post({ invoice: model, recipientSiret: RECIPIENT });
    expect(noService.statusCode).toBe(422);
    expect(noService.json()).toMatchObject({ code: "INVOICE_REFUSED" });
    expect(noService.json().errors.map((e: { rule: string }) => e.rule)).toContain("DEP-SERVICE-REQUIRED");
    const twin = await post({ invoice: modelOf("MOD-1"), recipientSiret: RECIPIENT });
    expect(twin.json().errors.map((e: { rule: string }) => e.rule)).toContain("DEP-NUMBER-DUPLICATE");
  });

  it("accepts the README's curl example as written", async () => {
    const readme = fs.readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("### Invoices: JSON model deposit"));
    const body = section.match(/-d '(\{[\s\S]*?\})'\n/)?.[1];
    expect(body).toBeDefined();
    const res = await post(JSON.parse(body as string));
    expect(res.json().errors ?? []).toEqual([]);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ number: "F-2026-0042", status: "MISE_A_DISPOSITION", recipient: { siret: "22060001900016" }, serviceCode: "DRIT" });
  });

  it("documents the model body in the OpenAPI", async () => {
    const doc = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const body = JSON.stringify(doc.paths["/api/v1/invoices"].post.requestBody);
    expect(body).toContain("BT-1 Numéro de facture");
    expect(body).toContain("contentBase64");
  });
});
