import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "../../src/shared/errors.js";
import { type DepositRequest, depositInvoice, findInvoiceEvents, findInvoiceFiles } from "../../src/modules/invoices/index.js";
import { directoryAdapter } from "../../src/modules/invoices/directory.adapter.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { ALICE, builtFacturxPdf, ciiInvoice, grantedAccess, OTHER_SUPPLIER, plainPdf, RECIPIENT, RECIPIENT_EITHER, RECIPIENT_EJ, RECIPIENT_INACTIVE, SUPPLIER, seedDirectory, UNKNOWN_SIRET } from "./factories.js";

const access = grantedAccess({ alice: { "invoice.deposit": [SUPPLIER] }, bob: { "invoice.deposit": [SUPPLIER, OTHER_SUPPLIER] } });
const ports = { access, directory: directoryAdapter };

function request(overrides: Partial<DepositRequest> = {}): DepositRequest {
  return { file: { name: "facture.xml", bytes: ciiInvoice() }, recipientSiret: RECIPIENT, source: "API", ...overrides };
}

async function refusal(promise: Promise<unknown>): Promise<Array<{ rule: string; message: string; details?: Record<string, unknown> }>> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVOICE_REFUSED");
    return (error as AppError).details?.errors as Array<{ rule: string; message: string }>;
  }
  throw new Error("the deposit was accepted");
}

const rules = (findings: Array<{ rule: string }>) => findings.map((f) => f.rule).sort();

describe.each(testDialects())("depositInvoice on %s", (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    await seedDirectory(t.deps.database.db);
  });
  afterEach(async () => t.close());

  it("deposits a valid CII invoice and routes it to MISE_A_DISPOSITION, with its history, files and outbox", async () => {
    const { invoice, replayed } = await depositInvoice(t.deps, ports, ALICE, request());
    expect(replayed).toBe(false);
    expect(invoice).toMatchObject({ status: "MISE_A_DISPOSITION", number: "F20260023", supplier_siret: SUPPLIER, recipient_siret: RECIPIENT, service_code: "SERVEXEC", engagement_number: "PO201925478", total_with_vat: "104.90", syntax: "CII" });
    const events = await findInvoiceEvents(t.deps.database.db, invoice.id);
    expect(events.map((e) => [e.from_status, e.to_status, e.action])).toEqual([
      [null, "DEPOSEE", "DEPOSER"],
      ["DEPOSEE", "MISE_A_DISPOSITION", "METTRE_A_DISPOSITION"],
    ]);
    const files = await findInvoiceFiles(t.deps.database.db, invoice.id);
    expect(files.map((f) => f.kind)).toEqual(["ORIGINAL"]);
    expect(await t.deps.files.has(invoice.original_sha256 as string)).toBe(true);
    const outbox = await t.deps.database.db.selectFrom("outbox").selectAll().where("aggregate_id", "=", invoice.id).execute();
    expect(outbox.map((o) => JSON.parse(o.payload).to)).toEqual(["DEPOSEE", "MISE_A_DISPOSITION"]);
  });

  it("reads a Factur-X PDF and keeps the PDF as the original", async () => {
    const { invoice } = await depositInvoice(t.deps, ports, ALICE, request({ file: { name: "facture.pdf", bytes: await builtFacturxPdf(ciiInvoice()) } }));
    expect(invoice).toMatchObject({ status: "MISE_A_DISPOSITION", number: "F20260023", syntax: "CII", profile: "EN 16931" });
    const [original] = await findInvoiceFiles(t.deps.database.db, invoice.id);
    expect(original).toMatchObject({ kind: "ORIGINAL", mime: "application/pdf", name: "facture.pdf" });
  });

  it("refuses an unknown recipient, and an inactive one", async () => {
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ recipientSiret: UNKNOWN_SIRET }))))).toEqual(["DEP-RECIPIENT-UNKNOWN"]);
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ recipientSiret: RECIPIENT_INACTIVE }))))).toEqual(["DEP-RECIPIENT-INACTIVE"]);
    // Neither the request nor the file names the buyer (the B2G rules also flag the file's missing buyer SIRET).
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ recipientSiret: undefined, file: { name: "f.xml", bytes: ciiInvoice({ buyer: null }) } }))))).toContain("DEP-RECIPIENT-REQUIRED");
    // The file's buyer SIRET (BT-47) routes the invoice when the request gives none.
    expect((await depositInvoice(t.deps, ports, ALICE, request({ recipientSiret: undefined, file: { name: "f.xml", bytes: ciiInvoice({ number: "FROM-FILE" }) } }))).invoice.recipient_siret).toBe(RECIPIENT);
  });

  it("requires the code service when the recipient does, and then a known and active one", async () => {
    const missing = await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: { name: "f.xml", bytes: ciiInvoice({ serviceCode: null }) } })));
    expect(rules(missing)).toEqual(["DEP-SERVICE-REQUIRED"]);
    expect(missing[0]?.message).toMatch(/exige un code service/);
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ serviceCode: "NOPE" }))))).toEqual(["DEP-SERVICE-UNKNOWN"]);
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ serviceCode: "OLDSERV" }))))).toEqual(["DEP-SERVICE-INACTIVE"]);
  });

  it("requires the engagement at structure level, at service level, and one of the two when the structure says so", async () => {
    const noOrder = { name: "f.xml", bytes: ciiInvoice({ order: null, serviceCode: null }) };
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: noOrder, recipientSiret: RECIPIENT_EJ }))))).toEqual(["DEP-ENGAGEMENT-REQUIRED"]);
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: noOrder, serviceCode: "ACHATS" }))))).toEqual(["DEP-ENGAGEMENT-REQUIRED"]);
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: noOrder, recipientSiret: RECIPIENT_EITHER }))))).toEqual(["DEP-SERVICE-OR-ENGAGEMENT-REQUIRED"]);
    const { invoice } = await depositInvoice(t.deps, ports, ALICE, request({ file: noOrder, recipientSiret: RECIPIENT_EITHER, engagementNumber: "EJ-1" }));
    expect(invoice.engagement_number).toBe("EJ-1");
  });

  it("refuses a seller other than the depositor's structure, and asks which structure when the user has several", async () => {
    const foreign = { name: "f.xml", bytes: ciiInvoice({ seller: OTHER_SUPPLIER }) };
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: foreign }))))).toEqual(["DEP-SELLER-MISMATCH"]);
    const bob = { ...ALICE, id: "bob" };
    const { invoice } = await depositInvoice(t.deps, ports, bob, request({ file: foreign }));
    expect(invoice.supplier_siret).toBe(OTHER_SUPPLIER);
    const noSeller = { name: "f.pdf", bytes: await plainPdf() };
    const pdfData = { number: "P-1", issueDate: "2026-02-01", totalWithoutVat: "10.00", totalVat: "2.00", totalWithVat: "12.00" };
    expect(rules(await refusal(depositInvoice(t.deps, ports, bob, request({ file: noSeller, pdfData }))))).toContain("DEP-SUPPLIER-REQUIRED");
  });

  it("rejects a duplicate number for the same supplier and year, naming the earlier invoice", async () => {
    const first = await depositInvoice(t.deps, ports, ALICE, request());
    const again = await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: { name: "f.xml", bytes: ciiInvoice({ number: "f20260023" }) } })));
    expect(rules(again)).toEqual(["DEP-NUMBER-DUPLICATE"]);
    expect(again[0]?.details).toMatchObject({ invoiceId: first.invoice.id, number: "F20260023" });
    const lastYear = await depositInvoice(t.deps, ports, ALICE, request({ file: { name: "f.xml", bytes: ciiInvoice({ issueDate: "2025-12-15" }) } }));
    expect(lastYear.invoice.status).toBe("MISE_A_DISPOSITION");
  });

  it("refuses a number over 20 characters and today's date as a number, all findings at once", async () => {
    const file = { name: "f.xml", bytes: ciiInvoice({ number: "20260302", serviceCode: "NOPE" }) };
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ file }))))).toEqual(["DEP-NUMBER-IS-DATE", "DEP-SERVICE-UNKNOWN"]);
    const long = { name: "f.xml", bytes: ciiInvoice({ number: "F-2026-000000000000023" }) };
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: long }))))).toContain("DEP-NUMBER-TOO-LONG");
  });

  it("checks attachments: size, total, name length, extension, emptiness", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    const attachments = [
      { name: "bon-de-livraison.pdf", bytes: new Uint8Array([1, 2, 3]) },
      { name: "vide.pdf", bytes: new Uint8Array(0) },
      { name: "enorme.pdf", bytes: big },
      { name: `${"n".repeat(48)}.pdf`, bytes: new Uint8Array([1]) },
      { name: "script.exe", bytes: new Uint8Array([1]) },
    ];
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ attachments }))))).toEqual([
      "DEP-ATTACHMENT-EMPTY",
      "DEP-ATTACHMENT-EXTENSION",
      "DEP-ATTACHMENT-NAME-TOO-LONG",
      "DEP-ATTACHMENT-TOO-LARGE",
    ]);
    const many = Array.from({ length: 12 }, (_, i) => ({ name: `pj-${i}.pdf`, bytes: new Uint8Array(10 * 1024 * 1024) }));
    expect(rules(await refusal(depositInvoice(t.deps, ports, ALICE, request({ attachments: many }))))).toEqual(["DEP-ATTACHMENTS-TOO-LARGE"]);
    const ok = await depositInvoice(t.deps, ports, ALICE, request({ attachments: [attachments[0] as { name: string; bytes: Uint8Array }] }));
    expect((await findInvoiceFiles(t.deps.database.db, ok.invoice.id)).map((f) => f.kind)).toEqual(["ORIGINAL", "ATTACHMENT"]);
  });

  it("shows what the user typed that differs from the file, and deposits once the user accepts the file's data", async () => {
    const typed = { number: "F20260024", totalWithVat: "104.9", issueDate: "2026-01-31" };
    const found = await refusal(depositInvoice(t.deps, ports, ALICE, request({ typed })));
    expect(rules(found)).toEqual(["DEP-TYPED-MISMATCH"]);
    expect(found[0]?.details).toEqual({ differences: [{ field: "number", typed: "F20260024", file: "F20260023" }] });
    const { invoice } = await depositInvoice(t.deps, ports, ALICE, request({ typed, acceptDifferences: true }));
    expect(invoice.number).toBe("F20260023");
  });

  it("refuses what is not an invoice with a plain-French reason", async () => {
    const notXml = await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: { name: "f.txt", bytes: new TextEncoder().encode("hello") } })));
    expect(rules(notXml)).toEqual(["DEP-FILE-TYPE"]);
    const broken = await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: { name: "f.xml", bytes: new TextEncoder().encode("<Invoice><unclosed></Invoice>") } })));
    expect(rules(broken)).toEqual(["DEP-FILE-UNREADABLE"]);
    const empty = await refusal(depositInvoice(t.deps, ports, ALICE, request({ file: { name: "f.xml", bytes: new Uint8Array(0) } })));
    expect(rules(empty)).toEqual(["DEP-FILE-EMPTY"]);
  });

  it("deposits a plain PDF with the data the user typed, the PDF staying the original", async () => {
    const pdf = { name: "facture.pdf", bytes: await plainPdf() };
    const pdfData = { number: "P-2026-7", issueDate: "2026-02-10", totalWithoutVat: "100.00", totalVat: "20.00", totalWithVat: "120.00" };
    const { invoice } = await depositInvoice(t.deps, ports, ALICE, request({ file: pdf, pdfData, serviceCode: "SERVEXEC" }));
    expect(invoice).toMatchObject({ number: "P-2026-7", syntax: null, total_with_vat: "120.00", amount_due_cents: 12000, status: "MISE_A_DISPOSITION" });
  });

  it("honours an Idempotency-Key: same key and request, same invoice; same key, other request, refused", async () => {
    const first = await depositInvoice(t.deps, ports, ALICE, request({ idempotencyKey: "k-1" }));
    const second = await depositInvoice(t.deps, ports, ALICE, request({ idempotencyKey: "k-1" }));
    expect(second.replayed).toBe(true);
    expect(second.invoice.id).toBe(first.invoice.id);
    const count = await t.deps.database.db.selectFrom("invoices").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
    await expect(depositInvoice(t.deps, ports, ALICE, request({ idempotencyKey: "k-1", serviceCode: "ACHATS", engagementNumber: "E" }))).rejects.toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED" });
  });

  it("gives one invoice for two concurrent requests with the same key", async () => {
    const [a, b] = await Promise.all([depositInvoice(t.deps, ports, ALICE, request({ idempotencyKey: "race" })), depositInvoice(t.deps, ports, ALICE, request({ idempotencyKey: "race" }))]);
    expect(a.invoice.id).toBe(b.invoice.id);
  });

  // Small files are rows written in the deposit's transaction; with FILES_INLINE_MAX_KB=0 every file goes to disk
  // before it and is removed after a failure.
  it.each(["invoice", "idempotency", "events", "files", "outbox", "routing"].flatMap((step) => [[step, "database"], [step, "disk"]]))("leaves nothing behind when the transaction fails after step %s (files in the %s)", async (step, where) => {
    const app = where === "disk" ? await createTestApp(dialect, { env: { FILES_INLINE_MAX_KB: "0" } }) : t;
    try {
      if (app !== t) await seedDirectory(app.deps.database.db);
      const attachment = { name: "annexe.pdf", bytes: new TextEncoder().encode(`annexe unique ${step}`) };
      const failing = { ...ports, fault: (s: string) => { if (s === step) throw new Error(`panne simulée après ${s}`); } };
      await expect(depositInvoice(app.deps, failing, ALICE, request({ idempotencyKey: "k", attachments: [attachment] }))).rejects.toThrow(/panne simulée/);
      const db = app.deps.database.db;
      for (const table of ["invoices", "invoice_events", "invoice_files", "idempotency_keys", "outbox", "stored_files"] as const) {
        const n = await db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
        expect(Number(n.n), table).toBe(0);
      }
      const { createHash } = await import("node:crypto");
      const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
      expect(await app.deps.files.has(sha(attachment.bytes))).toBe(false);
      expect(await app.deps.files.has(sha(request().file.bytes))).toBe(false);
      const retry = await depositInvoice(app.deps, ports, ALICE, request({ idempotencyKey: "k", attachments: [attachment] }));
      expect(retry.invoice.status).toBe("MISE_A_DISPOSITION");
      expect(await app.deps.files.has(sha(attachment.bytes))).toBe(true);
      const rows = await db.selectFrom("stored_files").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
      expect(Number(rows.n)).toBe(where === "database" ? 2 : 0);
    } finally {
      if (app !== t) await app.close();
    }
  });
});
