// Browser journey over the public checker: upload a valid Factur-X, then an invalid CII, and read the findings.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../validation/official-verdicts.js";
import { expectNoSeriousA11yViolations, newPage, type RunningServer, screenshot, withServerAndBrowser } from "./harness.js";

describe("Vérifier une facture in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-verify-"));

  withServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it("says a Factur-X is valid and shows what it says; says what to fix in an invalid one, by part", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/verifier`);
    await page.getByRole("heading", { level: 1, name: "Vérifier une facture" }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // This corpus Factur-X is a valid EN 16931 invoice, but not addressed to a French public buyer: checked as such
    // (the default) it breaks the French B2G rules; checked for a private buyer it is valid.
    await page.locator('input[type="file"]').setInputFiles(path.join(CORPUS_DIR, "akretion-facturx/tests/fixtures/pdf/invoice_EN16931.pdf"));
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.getByText("Facture non conforme").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toContain("BR-FR");
    await page.getByLabel("Le destinataire est une structure publique française (règles du B2G)").uncheck();
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.getByText("Facture conforme").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toContain("profil EN 16931");

    const bad = path.join(temp, "facture-fausse.xml");
    const good = fs.readFileSync(path.join(CORPUS_DIR, "en16931/cii/examples/CII_example1.xml"), "utf8");
    fs.writeFileSync(bad, good.replace(/<ram:DuePayableAmount>[^<]*</, "<ram:DuePayableAmount>1.00<"));
    await page.locator('input[type="file"]').setInputFiles(bad);
    await page.getByRole("button", { name: "Vérifier" }).click();
    await page.getByText("Facture non conforme").waitFor();
    const verdict = (await page.getByTestId("verdict").textContent()) ?? "";
    expect(verdict).toContain("Totaux");
    expect(verdict).toContain("BR-CO-16");
    expect(verdict).toContain("12115118");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "verify-invalid");
  });
});
