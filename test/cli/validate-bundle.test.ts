import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../validation/official-verdicts.js";
import { runCaptured } from "./run-captured.js";

const REPO = path.resolve(import.meta.dirname, "../..");
// Inside the repository (.tmp/ is ignored) so that the bundle's external packages resolve from node_modules.
const OUT = path.join(REPO, ".tmp", `cli-bundle-test-${process.pid}`);
const cii = path.join(CORPUS_DIR, "en16931/cii/examples/CII_example5.xml");
const ubl = path.join(CORPUS_DIR, "en16931/ubl/examples/ubl-tc434-example1.xml");
const pdf = path.join(CORPUS_DIR, "akretion-facturx/tests/fixtures/pdf/invoice_EN16931.pdf");
const unreadable = path.join(CORPUS_DIR, "zugferd-corpus/ZUGFeRDv1/correct/Intarsys/ZUGFeRD_1p0_BASIC_Einfach.pdf");

/** `guichet validate` through the bundle built by scripts/build-cli.mjs, in a fresh Node process as bin/guichet.js runs it. */
function bundled(args: string[]): { code: number; out: string; err: string } {
  const runner = "const { runValidate } = await import(process.argv[1]); process.exitCode = await runValidate(process.argv.slice(2));";
  const entry = path.join(OUT, "validate.js");
  const child = spawnSync(process.execPath, ["--input-type=module", "-e", runner, entry, ...args], { cwd: REPO, encoding: "utf8" });
  return { code: child.status ?? -1, out: child.stdout, err: child.stderr };
}

describe("bundled guichet validate (dist/cli-bundle)", () => {
  beforeAll(() => {
    const built = spawnSync(process.execPath, [path.join(REPO, "scripts/build-cli.mjs"), OUT], { cwd: REPO, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
  });
  afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

  it("gives the same JSON lines and exit code as the modules of src/ on CII, UBL and Factur-X corpus files", async () => {
    const args = ["--json", cii, ubl, pdf];
    const expected = await runCaptured(["validate", ...args]);
    const actual = bundled(args);
    expect(actual.err).toBe("");
    expect(actual.out).toBe(expected.out);
    expect(actual.code).toBe(expected.code);
    expect(actual.out.trim().split("\n")).toHaveLength(3);
  });

  it("gives the same text report in English and the same exit code 2 for an unreadable file", async () => {
    for (const args of [["--lang", "en", "--acheteur-public", cii, ubl], [unreadable]]) {
      const expected = await runCaptured(["validate", ...args]);
      const actual = bundled(args);
      expect(actual).toEqual(expected);
    }
    expect(bundled([unreadable]).code).toBe(2);
  });
});
