import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { createValidatePool } from "../../src/cli/validate-pool.js";
import { verdictOf } from "../../src/cli/validate-verdict.js";
import { CORPUS_DIR } from "../validation/official-verdicts.js";
import { runCaptured as run } from "./run-captured.js";

const dirs = ["en16931/cii/examples", "en16931/ubl/examples"].map((d) => path.join(CORPUS_DIR, d));
const xmlFiles = dirs.flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith(".xml")).map((f) => path.join(d, f)));
const pdf = path.join(CORPUS_DIR, "akretion-facturx/tests/fixtures/pdf/invoice_EN16931.pdf");
const zugferd1 = path.join(CORPUS_DIR, "zugferd-corpus/ZUGFeRDv1/correct/Intarsys/ZUGFeRD_1p0_BASIC_Einfach.pdf");
const missing = path.join(CORPUS_DIR, "no-such-invoice.xml");

describe("guichet validate --jobs", () => {
  const pool = createValidatePool(1);
  afterAll(() => pool.close());

  it("a worker gives the same verdict as this thread, for valid, invalid, PDF and unreadable files", async () => {
    await vi.waitFor(() => expect(pool.hasRoom()).toBe(true), { timeout: 20_000, interval: 50 });
    const bad = new TextEncoder().encode(fs.readFileSync(xmlFiles[0] as string, "utf8").replace(/<ram:DuePayableAmount>[^<]*</, "<ram:DuePayableAmount>1.00<"));
    const inputs = [...xmlFiles.slice(0, 4), pdf, zugferd1].map((f) => new Uint8Array(fs.readFileSync(f)));
    inputs.push(bad, new TextEncoder().encode("<pas-une-facture/>"));
    for (const bytes of inputs) {
      for (const options of [{ locale: "fr" as const }, { locale: "en" as const, frenchPublicBuyer: true }]) {
        const here = await verdictOf(bytes, options);
        expect(await pool.validate(bytes, options)).toEqual(here);
      }
    }
    const invalid = await pool.validate(bad, {});
    expect("valid" in invalid && invalid.valid).toBe(false);
  });

  it("prints the same lines in the files' order with two threads as with one, and the same exit code", async () => {
    const files = [...xmlFiles, pdf, zugferd1, missing, ...xmlFiles];
    const one = await run(["validate", "--json", "--jobs", "1", ...files]);
    const two = await run(["validate", "--json", "--jobs", "2", ...files]);
    expect(two).toEqual(one);
    expect(one.code).toBe(2);
    expect(one.out.trim().split("\n").map((l) => JSON.parse(l).file)).toEqual(files);
  });

  it("refuses a --jobs that is not a positive integer", async () => {
    for (const jobs of ["0", "deux", "1.5"]) {
      const { code, out, err } = await run(["validate", "--jobs", jobs, pdf]);
      expect({ code, out }).toEqual({ code: 2, out: "" });
      expect(err).toContain(`--jobs attend un entier positif, pas « ${jobs} »`);
    }
  });
});
