import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDepositFile } from "../../src/modules/invoices/read-deposit-file.js";
import { loadConfig } from "../../src/config.js";
import { createDepositReadPool, depositReadWorkers, readDeposited, startDepositReadWorkers } from "../../src/modules/invoices/read-deposit-pool.js";

const CORPUS = path.resolve("../shared/corpus");
const cii = fs.readFileSync(path.join(CORPUS, "akretion-facturx/tests/fixtures/xml/factur-x-en16931.xml"));

// Each worker loads the engine through tsx on its first file: slow on a loaded machine, hence the long timeout.
describe("deposit read pool", { timeout: 90_000 }, () => {
  const pool = createDepositReadPool(2);
  afterAll(() => pool.close());

  it("reads and validates on a worker exactly as inline", async () => {
    const bytes = new Uint8Array(cii);
    const [pooled, inline] = await Promise.all([pool.read(bytes), readDepositFile(bytes)]);
    expect(pooled.kind).toBe("XML");
    expect(pooled).toEqual(inline);
  });

  it("gives the same refusal for a file that is not an invoice", async () => {
    const bytes = new TextEncoder().encode("<html><body>pas une facture</body></html>");
    expect(await pool.read(bytes)).toEqual(await readDepositFile(bytes));
  });

  it("serves many files at once across its workers", async () => {
    const reads = await Promise.all(Array.from({ length: 6 }, () => pool.read(new Uint8Array(cii))));
    expect(new Set(reads.map((r) => r.kind))).toEqual(new Set(["XML"]));
  });
});

describe("a deposit read worker that dies", { timeout: 90_000 }, () => {
  it("hands its files back to be read on the main thread, with the same result", async () => {
    // A heap far too small to load the engine: the worker runs out of memory with the file pending.
    const starved = createDepositReadPool(1, { maxOldGenerationSizeMb: 2, maxYoungGenerationSizeMb: 1 });
    try {
      const bytes = new Uint8Array(cii);
      expect(await starved.read(bytes)).toEqual(await readDepositFile(bytes));
      // It never got ready, so it is not restarted: later files are read inline.
      expect(starved.size()).toBe(0);
      expect((await starved.read(bytes)).kind).toBe("XML");
    } finally {
      await starved.close();
    }
  });
});

describe("deposit read workers of the server (DEPOSIT_READ_WORKERS)", { timeout: 90_000 }, () => {
  it("reads deposits on the workers while switched on, and inline again once stopped", async () => {
    const bytes = new Uint8Array(cii);
    const inline = await readDepositFile(bytes);
    expect(depositReadWorkers()).toBe(0);
    const stop = await startDepositReadWorkers(1);
    try {
      expect(depositReadWorkers()).toBe(1);
      expect(await readDeposited(bytes)).toEqual(inline);
    } finally {
      await stop();
    }
    expect(depositReadWorkers()).toBe(0);
    expect(await readDeposited(bytes)).toEqual(inline);
  });

  it("is read from the environment: one worker by default on two cores or more, a bad count refused by name", () => {
    expect(loadConfig({}).depositReadWorkers).toBe(os.availableParallelism() >= 2 ? 1 : 0);
    expect(loadConfig({ DEPOSIT_READ_WORKERS: "0" }).depositReadWorkers).toBe(0);
    expect(loadConfig({ DEPOSIT_READ_WORKERS: "2" }).depositReadWorkers).toBe(2);
    expect(() => loadConfig({ DEPOSIT_READ_WORKERS: "-1" })).toThrow(/DEPOSIT_READ_WORKERS/);
  });
});
