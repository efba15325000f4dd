import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInvoice } from "../../src/einvoice/index.js";
import { CORPUS_DIR } from "../validation/official-verdicts.js";
import { runCaptured as run } from "./run-captured.js";

const CII = path.join(CORPUS_DIR, "en16931/cii/examples/CII_example1.xml");

describe("guichet inspect and convert", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-cli-"));

  it("inspect prints syntax, profile and business terms as JSON", async () => {
    const { code, out } = await run(["inspect", CII]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toMatchObject({ syntax: "CII", profile: "EN 16931", source: "xml", invoice: { number: { value: "12115118" } } });
    expect(json.invoice.number.path).toBeUndefined();
    expect(JSON.parse((await run(["inspect", "--paths", CII])).out).invoice.number.path).toContain("ram:ID");
  });

  it("converts CII to UBL, UBL to Factur-X, and the PDF reads back to the same invoice number", async () => {
    const ubl = path.join(dir, "f.xml");
    const pdf = path.join(dir, "f.pdf");
    expect((await run(["convert", CII, "--to", "ubl", "-o", ubl])).code).toBe(0);
    expect(fs.readFileSync(ubl, "utf8")).toContain("<cbc:ID>12115118</cbc:ID>");
    expect((await run(["convert", ubl, "--to", "facturx", "-o", pdf])).code).toBe(0);
    const back = await readInvoice(new Uint8Array(fs.readFileSync(pdf)));
    expect(back).toMatchObject({ source: "pdf", syntax: "CII", profile: "EN 16931" });
    expect(back.model.number?.value).toBe("12115118");
  }, 60_000);

  it("exits non-zero with the error code when the input is refused", async () => {
    const bad = path.join(dir, "bad.xml");
    fs.writeFileSync(bad, '<!DOCTYPE a [<!ENTITY x "y">]><a/>');
    const res = await run(["convert", bad, "--to", "cii"]);
    expect(res.code).toBe(1);
    expect(res.err).toContain("XML_DOCTYPE_FORBIDDEN");
    expect((await run(["convert", CII, "--to", "pdf"])).code).toBe(2);
  });
});
