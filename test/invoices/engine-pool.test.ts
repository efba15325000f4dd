import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { EInvoiceError } from "../../src/einvoice/errors.js";
import { readInvoiceXml, validateXml } from "../../src/einvoice/index.js";
import { CONVERT_ORIGINAL_JOB, convertOriginal, convertOriginalJob } from "../../src/modules/buyer/convert-original.js";
import { PDF_TEXT_JOB, pdfTextJob } from "../../src/modules/invoices/pdf-text.js";
import { READ_DEPOSIT_JOB, readDeposited, readDepositJob } from "../../src/modules/invoices/read-deposit-job.js";
import { RECEIPT_PDF_JOB, receiptPdfJob } from "../../src/modules/invoices/receipt-pdf.js";
import { ENGINE_FINDINGS_IN_ENGLISH_JOB, engineFindingsInEnglishJob, storedFindingsIn } from "../../src/modules/invoices/stored-findings-locale.js";
import { readDepositFile } from "../../src/modules/invoices/read-deposit-file.js";
import { WRITE_INVOICE_JOB, writeInvoiceFile, writeInvoiceJob } from "../../src/modules/invoices/write-invoice-file.js";
import { VALIDATE_JOB, validateInvoice, validateInvoiceJob } from "../../src/modules/validation/validate-invoice.js";
import { createEnginePool, EngineJobError, enginePoolSize, runEngineJob, startEnginePool } from "../../src/shared/engine-pool.js";

// The engine worker's entry as the server starts it (src/main.ts); in tests its TypeScript source runs through tsx.
const ENTRY = new URL("../../src/engine-worker.js", import.meta.url);
const CORPUS = path.resolve("../shared/corpus");
const cii = fs.readFileSync(path.join(CORPUS, "akretion-facturx/tests/fixtures/xml/factur-x-en16931.xml"));
const notAnInvoice = new TextEncoder().encode("<html><body>pas une facture</body></html>");
const options = { locale: "fr" as const, publicBuyer: true, maxBytes: 20 * 1024 * 1024 };
const pdf = new Uint8Array(fs.readFileSync(path.join(CORPUS, "akretion-facturx/tests/fixtures/pdf/invoice_EN16931.pdf")));
const receipt = {
  invoiceId: "0b7f3c1e-0000-4000-8000-000000000001",
  number: "F-2026-001",
  depositedAt: "2026-11-27T09:00:00.000Z",
  originalSha256: "a".repeat(64),
  originalName: "facture.xml",
  supplier: { siret: "89900000400015", name: "Fournisseur" },
  recipient: { siret: "22060001900016", name: "Département" },
  serviceCode: "DRIT",
  totalWithVat: "120.00",
  currency: "EUR",
  depositedBy: "Agent",
  pdfUrl: "/api/v1/invoices/0b7f3c1e-0000-4000-8000-000000000001/receipt.pdf",
};
// An engine finding as stored with a deposit (French): a VAT category code outside its code list.
const stored = validateXml(fs.readFileSync(path.join(CORPUS, "en16931/cii/examples/CII_example4.xml"), "utf8").replace("<ram:CategoryCode>S</ram:CategoryCode>", "<ram:CategoryCode>Q</ram:CategoryCode>"), { sets: ["en16931"] })
  .findings.filter((f) => f.rule === "BR-CL-18")
  .map((f) => ({ rule: f.rule, message: f.message }));

// Each worker loads the engine through tsx on its first job: slow on a loaded machine, hence the long timeouts.
describe("engine pool", { timeout: 90_000 }, () => {
  const pool = createEnginePool(ENTRY, 2);
  afterAll(() => pool.close());
  const never = () => Promise.reject(new Error("ran here instead of on a worker"));

  it("reads and validates a deposited file on a worker exactly as inline (the XML's bytes are not sent back)", async () => {
    const bytes = new Uint8Array(cii);
    const pooled = await pool.run<{ read: Awaited<ReturnType<typeof readDepositFile>>; sameXml?: true }>(READ_DEPOSIT_JOB, [bytes], never);
    const inline = await readDepositFile(bytes);
    expect(pooled.sameXml).toBe(true);
    expect(pooled.read.kind).toBe("XML");
    expect({ ...pooled.read, xml: bytes }).toEqual(inline);
    expect(await pool.run(READ_DEPOSIT_JOB, [notAnInvoice], never)).toEqual(await readDepositJob(notAnInvoice));
  });

  it("runs the public checker, the writers and the bundle's conversions with the results of the main thread", async () => {
    const bytes = new Uint8Array(cii);
    expect(await pool.run(VALIDATE_JOB, [bytes, options], never)).toEqual(await validateInvoiceJob(bytes, options));
    const model = readInvoiceXml(bytes).model;
    const now = "2026-11-27T12:00:00.000Z";
    for (const syntax of ["CII", "FACTURX"] as const) {
      const pooled = await pool.run<Uint8Array>(WRITE_INVOICE_JOB, [model, syntax, now], never);
      expect(Buffer.from(pooled).equals(Buffer.from(await writeInvoiceJob(model, syntax, now)))).toBe(true);
    }
    expect(await pool.run(CONVERT_ORIGINAL_JOB, [bytes], never)).toEqual(await convertOriginalJob(bytes));
    expect(await pool.run(CONVERT_ORIGINAL_JOB, [notAnInvoice], never)).toBeUndefined();
  });

  it("draws receipts, reads a PDF's text and finds the English of stored findings as the main thread does", async () => {
    const drawn = await pool.run<Uint8Array>(RECEIPT_PDF_JOB, [receipt, "Guichet"], never);
    expect(Buffer.from(drawn).equals(Buffer.from(await receiptPdfJob(receipt, "Guichet")))).toBe(true);
    const text = await pool.run<string>(PDF_TEXT_JOB, [pdf, 1], never);
    expect(text.length).toBeGreaterThan(100);
    expect(text).toBe(await pdfTextJob(pdf, 1));
    expect(stored).toHaveLength(1);
    expect(await pool.run(ENGINE_FINDINGS_IN_ENGLISH_JOB, [stored], never)).toEqual(await engineFindingsInEnglishJob(stored));
    const stop = await startEnginePool(ENTRY, 1);
    try {
      const [english] = await storedFindingsIn(stored, "en");
      expect(english?.lang).toBe("en");
      expect(english?.message).not.toBe(stored[0]?.message);
      await stop();
      expect(await storedFindingsIn(stored, "en")).toEqual([english]);
    } finally {
      await stop();
    }
  });

  it("sends back what a job threw, with the fields callers read, and refuses an unknown job", async () => {
    const failed = await pool.run(VALIDATE_JOB, [notAnInvoice, options], never).catch((e: unknown) => e);
    const inline = await validateInvoiceJob(notAnInvoice, options).catch((e: unknown) => e);
    expect(inline).toBeInstanceOf(EInvoiceError);
    expect(failed).toBeInstanceOf(EngineJobError);
    expect((failed as EngineJobError).remote).toMatchObject({ name: "EInvoiceError", code: (inline as EInvoiceError).code });
    expect((failed as Error).message).toBe((inline as Error).message);
    await expect(pool.run("nothing.here", [], never)).rejects.toThrow(/tâche inconnue du moteur : nothing\.here/);
  });

  it("serves many jobs at once across its workers", async () => {
    const reads = await Promise.all(Array.from({ length: 6 }, () => pool.run<{ read: { kind: string } }>(READ_DEPOSIT_JOB, [new Uint8Array(cii)], never)));
    expect(new Set(reads.map((r) => r.read.kind))).toEqual(new Set(["XML"]));
  });
});

describe("an engine worker that dies", { timeout: 90_000 }, () => {
  it("hands its jobs back to run on the main thread, with the same result", async () => {
    // A heap far too small to load the engine: the worker runs out of memory with the job pending.
    const starved = createEnginePool(ENTRY, 1, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    try {
      const bytes = new Uint8Array(cii);
      const here = () => readDepositJob(bytes);
      expect(await starved.run(READ_DEPOSIT_JOB, [bytes], here)).toEqual(await here());
      // It never got ready, so it is not restarted: later jobs run here.
      expect(starved.size()).toBe(0);
      expect(((await starved.run(READ_DEPOSIT_JOB, [bytes], here)) as { read: { kind: string } }).read.kind).toBe("XML");
    } finally {
      await starved.close();
    }
  });
});

describe("engine workers of the server (ENGINE_WORKERS)", { timeout: 90_000 }, () => {
  it("runs deposits, the checker, the writers and the conversions on the workers while on, and here once stopped", async () => {
    const bytes = new Uint8Array(cii);
    const model = readInvoiceXml(bytes).model;
    const now = new Date("2026-11-27T12:00:00Z");
    const expected = { read: await readDepositFile(bytes), validation: await validateInvoiceJob(bytes, options), pdf: Buffer.from(await writeInvoiceJob(model, "FACTURX", now.toISOString())), converted: await convertOriginalJob(bytes) };
    const all = async () => ({ read: await readDeposited(bytes), validation: await validateInvoice(bytes, options), pdf: Buffer.from(await writeInvoiceFile(model, "FACTURX", now)), converted: await convertOriginal(bytes) });
    expect(enginePoolSize()).toBe(0);
    const stop = await startEnginePool(ENTRY, 1);
    try {
      expect(enginePoolSize()).toBe(1);
      expect(await all()).toEqual(expected);
      // A job whose files pass 4 MB runs here (a worker's heap is bounded): this unknown job would fail on a worker.
      const big = new Uint8Array(4 * 1024 * 1024 + 1);
      expect(await runEngineJob("nothing.here", [big], async () => "here")).toBe("here");
      await expect(runEngineJob("nothing.here", [big.subarray(0, 1024)], async () => "here")).rejects.toThrow(/tâche inconnue/);
      // A file the engine cannot read is the same EInvoiceError through the pool (the checker answers 422 with it).
      const error = await validateInvoice(notAnInvoice, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EInvoiceError);
      expect(error).toMatchObject({ code: ((await validateInvoiceJob(notAnInvoice, options).catch((e: unknown) => e)) as EInvoiceError).code });
    } finally {
      await stop();
    }
    expect(enginePoolSize()).toBe(0);
    expect(await all()).toEqual(expected);
  });

  it("is read from the environment: one worker by default on two cores or more, the former name still read, a bad count refused by name", () => {
    expect(loadConfig({}).engineWorkers).toBe(os.availableParallelism() >= 2 ? 1 : 0);
    expect(loadConfig({ ENGINE_WORKERS: "0" }).engineWorkers).toBe(0);
    expect(loadConfig({ ENGINE_WORKERS: "2" }).engineWorkers).toBe(2);
    expect(loadConfig({ DEPOSIT_READ_WORKERS: "3" }).engineWorkers).toBe(3);
    expect(loadConfig({ ENGINE_WORKERS: "2", DEPOSIT_READ_WORKERS: "3" }).engineWorkers).toBe(2);
    expect(() => loadConfig({ ENGINE_WORKERS: "-1" })).toThrow(/ENGINE_WORKERS/);
  });
});
