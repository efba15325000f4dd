import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDepositFile } from "../../src/modules/invoices/read-deposit-file.js";
import { createDepositReadPool } from "../../src/modules/invoices/read-deposit-pool.js";

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
