import { gzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { ciiInvoice, DEMO_SUPPLIER, RECIPIENT } from "./factories.js";
import { createInvoicesTestApp, logIn, multipart, type Session, SUPPLIER_EMAIL } from "./http-helpers.js";

/** A minimal ustar archive (regular files only). */
function tar(files: Record<string, Uint8Array>): Uint8Array {
  const blocks: Uint8Array[] = [];
  for (const [name, data] of Object.entries(files)) {
    const header = new Uint8Array(512);
    const put = (text: string, at: number) => header.set(new TextEncoder().encode(text), at);
    put(name, 0);
    put("0000644\0", 100);
    put("0000000\0", 108);
    put("0000000\0", 116);
    put(`${data.length.toString(8).padStart(11, "0")}\0`, 124);
    put("00000000000\0", 136);
    put("        ", 148);
    put("0", 156);
    put("ustar\0", 257);
    put("00", 263);
    const sum = header.reduce((a, b) => a + b, 0);
    put(`${sum.toString(8).padStart(6, "0")}\0 `, 148);
    blocks.push(header, data, new Uint8Array((512 - (data.length % 512)) % 512));
  }
  blocks.push(new Uint8Array(1024));
  const out = new Uint8Array(blocks.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of blocks) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

function parse(body: string) {
  return body.trim().split("\n").map((l) => JSON.parse(l));
}

describe.each(testDialects())("batch deposit on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  beforeAll(async () => {
    t = await createInvoicesTestApp(dialect);
    supplier = await logIn(t, SUPPLIER_EMAIL);
  });
  afterAll(async () => t.close());

  async function send(archive: Uint8Array, name: string, extra: Record<string, string> = {}) {
    const body = multipart([{ name: "file", value: archive, filename: name }, { name: "recipientSiret", value: RECIPIENT }]);
    return t.app.inject({ method: "POST", url: "/api/v1/invoices/batches", payload: body.payload, headers: { ...supplier.headers, ...body.headers, ...extra } });
  }

  it("deposits each invoice of a ZIP and reports the refused ones with their reasons, without blocking the others", async () => {
    const zip = zipSync({
      "lot/f1.xml": ciiInvoice({ seller: DEMO_SUPPLIER, number: "LOT-1" }),
      "lot/f2.xml": new TextEncoder().encode("pas une facture"),
      "lot/f3.xml": ciiInvoice({ seller: DEMO_SUPPLIER, number: "LOT-1" }),
      "lot/f4.xml": ciiInvoice({ seller: DEMO_SUPPLIER, number: "LOT-4" }),
      "__MACOSX/._f1.xml": new Uint8Array([0]),
    });
    const res = await send(zip, "lot.zip", { "idempotency-key": "lot-a" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toMatch(/application\/x-ndjson/);
    const events = parse(res.body);
    expect(events[0]).toEqual({ type: "start", total: 4 });
    expect(events.slice(1, -1).map((e) => [e.name, e.status, e.status === "REFUSEE" ? e.errors.map((x: { rule: string }) => x.rule) : e.number])).toEqual([
      ["lot/f1.xml", "DEPOSEE", "LOT-1"],
      ["lot/f2.xml", "REFUSEE", ["DEP-FILE-TYPE"]],
      ["lot/f3.xml", "REFUSEE", ["DEP-NUMBER-DUPLICATE"]],
      ["lot/f4.xml", "DEPOSEE", "LOT-4"],
    ]);
    expect(events.at(-1)).toEqual({ type: "end", deposited: 2, refused: 2 });
    // Re-sending the same batch with the same key deposits nothing twice.
    const again = parse((await send(zip, "lot.zip", { "idempotency-key": "lot-a" })).body);
    expect(again.filter((e) => e.status === "DEPOSEE").map((e) => e.invoiceId)).toEqual(events.filter((e) => e.status === "DEPOSEE").map((e) => e.invoiceId));
  });

  it("reads a tar.gz batch too", async () => {
    const archive = gzipSync(tar({ "a.xml": ciiInvoice({ seller: DEMO_SUPPLIER, number: "TGZ-1" }), "b.xml": ciiInvoice({ seller: DEMO_SUPPLIER, number: "TGZ-2" }) }));
    const events = parse((await send(archive, "lot.tar.gz")).body);
    expect(events.at(-1)).toEqual({ type: "end", deposited: 2, refused: 0 });
  });

  it("refuses a whole archive that is not one, or holds more than 500 invoices", async () => {
    const bad = await send(new TextEncoder().encode("nope"), "lot.zip");
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe("BATCH_REFUSED");
    const badEn = await send(new TextEncoder().encode("nope"), "lot.zip", { "accept-language": "en" });
    expect(badEn.json()).toMatchObject({ code: "BATCH_REFUSED", lang: "en", detail: expect.stringMatching(/^(The archive is damaged|Deposit a batch)/) });
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 501; i++) many[`f${i}.xml`] = new Uint8Array([60]);
    const tooMany = await send(zipSync(many), "lot.zip");
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.json().detail).toMatch(/plus de 500/);
  });
});
