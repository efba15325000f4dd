// Browser journeys over the supplier's side of invoices: upload of a real Factur-X and confirmation, an invalid one
// and its findings in plain French, the live status update, and the entry form saved as a draft.
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runInTransaction } from "../../src/db/transaction.js";
import { appointManager } from "../../src/modules/accounts/index.js";
import { upsertPrivateStructure } from "../../src/modules/directory/index.js";
import { findInvoice, recordTransition } from "../../src/modules/invoices/index.js";
import { builtFacturxPdf, ciiInvoice } from "../invoices/factories.js";
import { DEMO_PASSWORD, expectNoSeriousA11yViolations, launchBrowser, newPage, type RunningServer, screenshot, startServer } from "./harness.js";

const CORPUS = path.resolve("../shared/corpus");
const INVALID = path.join(CORPUS, "zugferd-corpus/ZUGFeRDv2/correct/FNFE-factur-x-examples/Avoir_FR_type381_BASIC.pdf");
const SELLER = "12345678200077";
const DEPARTEMENT = "22060001900016";

async function logIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/connexion`);
  await page.getByLabel(/^Adresse e-mail/).fill("fournisseur@guichet.test");
  await page.locator("input[type=password]").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
}

describe("depositing and following invoices in the browser", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    // The corpus Factur-X is issued by SIRET 12345678200077: make the demo supplier a manager of that company too.
    const now = server.deps.clock.now().toISOString();
    await upsertPrivateStructure(server.deps.database.db, { siret: SELLER, name: "LE FOURNISSEUR" }, now);
    await appointManager(server.deps, null, { siret: SELLER, email: "fournisseur@guichet.test" }, { ip: null, userAgent: "e2e" });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("uploads a Factur-X, shows its data beside the PDF, and deposits it to MISE_A_DISPOSITION; the status then changes live", async () => {
    const page = await newPage(browser);
    await logIn(page, server.url);
    await page.goto(`${server.url}/factures/deposer`);
    await page.getByRole("heading", { level: 1, name: "Déposer une facture" }).waitFor();
    // The corpus EN 16931 invoice (seller 12345678200077) addressed to the Département, as a Factur-X PDF: the corpus's
    // own Factur-X PDFs have no French public buyer, which the B2G rules (BR-FR-CPRO-10) require.
    const pdf = await builtFacturxPdf(ciiInvoice({ seller: SELLER, buyer: DEPARTEMENT }));
    await page.locator("input[type=file]").first().setInputFiles({ name: "facture-F20260023.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await page.getByText("Factur-X", { exact: true }).waitFor();
    await page.getByText(/N° F20260023 du 31\/01\/2026/).waitFor();
    await page.getByText(/TTC 104,90/).waitFor();
    await page.getByTitle("Aperçu du PDF déposé").waitFor();
    // The invoice gives no recipient SIRET and a code service unknown to the Département: the user types both.
    await expect.poll(async () => page.getByLabel(/^SIRET du destinataire/).inputValue()).toBe(DEPARTEMENT); // read from the file
    await page.getByLabel(/^Code service/).fill("DRIT");
    await page.getByTestId("recipient-rules").waitFor();
    await expect.poll(async () => page.getByTestId("findings").textContent(), { timeout: 40_000 }).toBe("");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "deposit-upload");
    await page.getByRole("button", { name: "Déposer la facture" }).click();
    await page.waitForURL(/\/factures\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: "Facture F20260023" }).waitFor();
    await page.getByTestId("current-status").getByText("Mise à disposition du destinataire").waitFor();
    await page.getByText("Accusé de dépôt").first().waitFor();
    await page.getByText(/Dépôt par fournisseur@guichet\.test/).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "invoice-detail");

    // The buyer suspends it from another session: the open page follows without reload.
    const id = page.url().split("/").pop() as string;
    const invoice = await findInvoice(server.deps.database.db, id);
    await runInTransaction(server.deps.database.db, (scope) =>
      recordTransition(scope, server.deps, { invoice: invoice!, action: "SUSPENDRE", role: "DESTINATAIRE", actor: { id: "buyer", name: "Agathe Agent" }, input: { motif: "Bon de livraison manquant" } }),
    );
    await page.getByTestId("current-status").getByText("Suspendue").waitFor();
    await page.getByText("Motif : Bon de livraison manquant").waitFor();
    // The supplier's next action comes from the lifecycle table: complete it with the missing document.
    await page.locator("input[type=file]").first().setInputFiles({ name: "bon-livraison.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 bon de livraison") });
    await page.getByRole("button", { name: "Compléter", exact: true }).click();
    await page.getByTestId("current-status").getByText("Complétée").waitFor();
    await page.getByRole("link", { name: "bon-livraison.pdf" }).waitFor();

    await page.goto(`${server.url}/factures`);
    await page.getByRole("row", { name: /F20260023/ }).getByText("Complétée").waitFor();
    await expectNoSeriousA11yViolations(page);
  }, 150_000);

  it("reads an invalid Factur-X on the spot and lists what is wrong in plain French, refusing to send it", async () => {
    const page = await newPage(browser);
    await logIn(page, server.url);
    await page.goto(`${server.url}/factures/deposer`);
    await page.locator("input[type=file]").first().setInputFiles(INVALID);
    const findings = page.getByTestId("findings");
    await findings.getByText(/empêchen?t le dépôt/).waitFor({ timeout: 40_000 });
    const text = (await findings.textContent()) ?? "";
    expect(text).toMatch(/[A-Z]+-[A-Z0-9-]+/); // each finding shows its rule id
    expect(text).toMatch(/ (le|la|les|de|du|doit|est) /); // and a sentence in French
    expect(await page.getByRole("button", { name: "Déposer la facture" }).isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "deposit-invalid");
  }, 90_000);

  it("computes totals as the user types in the entry form, saves it as a draft, then sends it to MISE_A_DISPOSITION", async () => {
    const page = await newPage(browser);
    await logIn(page, server.url);
    await page.goto(`${server.url}/factures/saisir`);
    await page.getByRole("heading", { level: 1, name: "Saisir une facture" }).waitFor();
    await page.getByRole("textbox", { name: /^Destinataire/ }).fill(DEPARTEMENT);
    await page.getByTestId("recipient-rules").waitFor();
    await page.getByRole("textbox", { name: /^Code service/ }).fill("DRIT");
    await page.getByRole("option", { name: /^DRIT/ }).click();
    await page.getByLabel(/^Numéro/).fill("FORM-2026-1");
    await page.getByLabel("Désignation, ligne 1").fill("Audit de chaussée");
    await page.getByLabel("Quantité, ligne 1").fill("3");
    await page.getByLabel("Prix unitaire HT, ligne 1").fill("0,10");
    await expect.poll(async () => page.getByTestId("total-ttc").textContent()).toBe("0,36\u00a0€");
    await page.getByRole("button", { name: "Ajouter une ligne" }).click();
    await page.getByLabel("Désignation, ligne 2").fill("Livre");
    await page.getByLabel("Prix unitaire HT, ligne 2").fill("10");
    await page.getByRole("textbox", { name: "Taux de TVA (%), ligne 2" }).fill("5.5");
    await expect.poll(async () => page.getByTestId("total-ttc").textContent()).toBe("10,91\u00a0€");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "invoice-form");
    await page.getByRole("button", { name: "Enregistrer le brouillon" }).click();
    await page.waitForURL(/\/factures\/[0-9a-f-]{36}$/);
    await page.getByTestId("current-status").getByText("Brouillon").waitFor();
    const draftUrl = page.url();
    // Sending makes a Factur-X of the form and deposits it: the deposited invoice opens, routed to the Département.
    await page.getByRole("button", { name: "Valider et envoyer" }).click();
    await page.waitForURL((url) => /\/factures\/[0-9a-f-]{36}$/.test(url.pathname) && url.href !== draftUrl);
    await page.getByTestId("current-status").getByText(/mise à disposition/i).waitFor();
    await expectNoSeriousA11yViolations(page);
  }, 90_000);
});
