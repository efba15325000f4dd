import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readInvoice } from "../../src/einvoice/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import type { Session, } from "../invoices/http-helpers.js";
import { depositTo, processRequest, withBuyerApp } from "./support.js";

// Business values only: source paths and currency attributes differ between the syntaxes.
const valuesOnly = (key: string, value: unknown) => (key === "path" || key === "currency" ? undefined : value);

const amounts = (totals: object): Record<string, string> =>
  Object.fromEntries(Object.entries(totals).flatMap(([k, v]) => (v && typeof v === "object" && "value" in v ? [[k, String(v.value)]] : [])));

describe.each(testDialects())("invoice bundle on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;

  withBuyerApp(dialect, (c) => {
    ({ t, supplier, manager, agent } = c);
  });

  it("zips the original, the invoice as CII and UBL, the attachments and the history", async () => {
    const id = await depositTo(t, supplier, "DRIT", [{ name: "attachment", value: "bon de livraison", filename: "bon livraison.txt", type: "text/plain" }]);
    expect((await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "PV manquant", expectedDocuments: ["PV"] })).statusCode).toBe(200);
    const res = await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/bundle`, headers: manager.headers });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(res.rawPayload));
    const names = Object.keys(files).sort();
    expect(names).toEqual(["facture-cii.xml", "facture-ubl.xml", "historique.json", "manifeste.json", "original/facture.xml", "pieces-jointes/bon_livraison.txt"]);
    const original = await readInvoice(files["original/facture.xml"] as Uint8Array);
    for (const name of ["facture-cii.xml", "facture-ubl.xml"]) {
      const read = await readInvoice(files[name] as Uint8Array);
      expect(read.syntax).toBe(name.includes("cii") ? "CII" : "UBL");
      // Same business values (the source paths differ between syntaxes, so they are left out of the comparison).
      const [mine, theirs] = [amounts(read.model.totals), amounts(original.model.totals)];
      expect(Object.keys(mine).length).toBeGreaterThanOrEqual(4);
      for (const [key, value] of Object.entries(mine)) if (key in theirs) expect([key, value]).toEqual([key, theirs[key]]);
      expect(JSON.stringify(read.model.number, valuesOnly)).toBe(JSON.stringify(original.model.number, valuesOnly));
    }
    expect(strFromU8(files["pieces-jointes/bon_livraison.txt"] as Uint8Array)).toBe("bon de livraison");
    const history = JSON.parse(strFromU8(files["historique.json"] as Uint8Array));
    expect(history.history.at(-1)).toMatchObject({ to: "SUSPENDUE", motif: "PV manquant", actor: { role: "DESTINATAIRE" } });
    // The supplier gets the same bundle; someone who cannot read the invoice gets nothing.
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${id}/bundle`, headers: supplier.headers })).rawPayload).toEqual(res.rawPayload);
    const other = await depositTo(t, supplier, "DRH");
    expect((await t.app.inject({ method: "GET", url: `/api/v1/invoices/${other}/bundle`, headers: agent.headers })).statusCode).toBe(404);
  });
});
