import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CORPUS_DIR } from "../validation/official-verdicts.js";
import { runCaptured as run } from "./run-captured.js";

const good = path.join(CORPUS_DIR, "en16931/cii/examples/CII_example1.xml");

describe("guichet validate", () => {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-validate-"));
  afterEach(() => vi.restoreAllMocks());

  it("exits 0 and prints one JSON object per file when all are valid", async () => {
    const { code, out } = await run(["validate", "--json", good, path.join(CORPUS_DIR, "akretion-facturx/tests/fixtures/pdf/invoice_EN16931.pdf")]);
    expect(code).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ file: good, syntax: "CII", profile: "EN 16931", valid: true, findings: [] });
  });

  it("exits 1 when one is invalid, with rule, severity, bt, path and message", async () => {
    const bad = path.join(temp, "bad.xml");
    fs.writeFileSync(bad, fs.readFileSync(good, "utf8").replace(/<ram:DuePayableAmount>[^<]*</, "<ram:DuePayableAmount>1.00<"));
    const { code, out } = await run(["validate", "--json", good, bad]);
    expect(code).toBe(1);
    const second = JSON.parse(out.trim().split("\n")[1] as string);
    expect(second.valid).toBe(false);
    expect(second.findings).toContainEqual(expect.objectContaining({ rule: "BR-CO-16", severity: "fatal", bt: expect.stringContaining("BT-115") }));
  });

  it("exits 2 when a file cannot be read, and says why", async () => {
    const { code, out } = await run(["validate", "--json", path.join(CORPUS_DIR, "zugferd-corpus/ZUGFeRDv1/correct/Intarsys/ZUGFeRD_1p0_BASIC_Einfach.pdf")]);
    expect(code).toBe(2);
    expect(JSON.parse(out.trim()).error.code).toBe("ZUGFERD1_UNSUPPORTED");
  });

  it("says why a file cannot be read in the language asked", async () => {
    const broken = path.join(temp, "broken.xml");
    fs.writeFileSync(broken, "<rsm:CrossIndustryInvoice");
    const fr = JSON.parse((await run(["validate", "--json", broken])).out.trim());
    const en = JSON.parse((await run(["validate", "--json", "--lang", "en", broken])).out.trim());
    expect(fr.error).toMatchObject({ code: "XML_MALFORMED", message: expect.stringMatching(/^Le fichier n'est pas un XML bien formé : /) });
    expect(en.error).toMatchObject({ code: "XML_MALFORMED", message: expect.stringMatching(/^The file is not well-formed XML: /) });
  });
});
