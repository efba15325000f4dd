import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { CORPUS_DIR } from "./official-verdicts.js";

const corpus = (p: string) => fs.readFileSync(path.join(CORPUS_DIR, p));

function multipart(name: string, bytes: Buffer, type: string) {
  const boundary = "----guichet-test";
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

describe.each(testDialects())("POST /api/v1/validate on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it("says a valid CEN example is valid (XML in the body)", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/validate", payload: corpus("en16931/cii/examples/CII_example1.xml"), headers: { "content-type": "application/xml" } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ syntax: "CII", profile: "EN 16931", source: "xml", valid: true, fatalCount: 0 });
    // What the invoice says is returned beside the verdict, so the page can show the invoice next to its findings.
    expect(res.json().summary).toMatchObject({ number: "12115118", lineCount: 20 });
  });

  it("reads a Factur-X PDF sent as multipart", async () => {
    const { payload, headers } = multipart("f.pdf", corpus("akretion-facturx/tests/fixtures/pdf/invoice_EN16931.pdf"), "application/pdf");
    const res = await t.app.inject({ method: "POST", url: "/api/v1/validate", payload, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ source: "pdf", syntax: "CII", valid: true });
  });

  it("groups the findings of an invalid invoice by part, in French, with the rule and the path", async () => {
    const xml = corpus("en16931/cii/examples/CII_example1.xml").toString("utf8").replace(/<ram:DuePayableAmount>[^<]*</, "<ram:DuePayableAmount>1.00<");
    const res = await t.app.inject({ method: "POST", url: "/api/v1/validate", payload: xml, headers: { "content-type": "application/xml" } });
    const body = res.json();
    expect(body.valid).toBe(false);
    const finding = body.findings.find((f: { rule: string }) => f.rule === "BR-CO-16");
    expect(finding).toMatchObject({ severity: "fatal", part: "totals", partLabel: "Totaux" });
    expect(finding.path).toContain("SpecifiedTradeSettlementHeaderMonetarySummation");
    expect(finding.message).toMatch(/[a-zé]/);
  });

  it("gives the findings in English with ?lang=en (the checker page asks in the reader's language)", async () => {
    const xml = corpus("en16931/cii/examples/CII_example1.xml").toString("utf8").replace(/<ram:DuePayableAmount>[^<]*</, "<ram:DuePayableAmount>1.00<");
    const ask = (lang: string) => t.app.inject({ method: "POST", url: `/api/v1/validate?lang=${lang}`, payload: xml, headers: { "content-type": "application/xml" } });
    const [fr, en] = [(await ask("fr")).json(), (await ask("en")).json()];
    const inFrench = fr.findings.find((f: { rule: string }) => f.rule === "BR-CO-16");
    const inEnglish = en.findings.find((f: { rule: string }) => f.rule === "BR-CO-16");
    expect(inEnglish).toMatchObject({ severity: "fatal", part: "totals", partLabel: "Totals", path: inFrench.path });
    expect(inEnglish.message).not.toBe(inFrench.message);
    expect(inEnglish.message).toMatch(/amount/i);
  });

  it("refuses a language it does not speak", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/validate?lang=de", payload: corpus("en16931/cii/examples/CII_example1.xml"), headers: { "content-type": "application/xml" } });
    expect(res.statusCode).toBe(400);
  });

  it("refuses what it cannot read with problem+json and the engine's code", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/validate", payload: '<!DOCTYPE x [<!ENTITY a "b">]><x/>', headers: { "content-type": "application/xml" } });
    expect(res.statusCode).toBe(422);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "XML_DOCTYPE_FORBIDDEN", field: "file" });
  });

  it("asks for a file when there is none", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/validate", payload: "", headers: { "content-type": "application/xml" } });
    expect(res.statusCode).toBe(400);
    expect(res.json().field).toBe("file");
  });
});
