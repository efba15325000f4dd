// Browser journey in English: after the header's language switch, a page of each feature (checker, accounts, invoices)
// speaks English, findings included, and stays free of serious accessibility violations.
import fs from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CORPUS_DIR } from "../validation/official-verdicts.js";
import { DEMO_PASSWORD, expectNoSeriousA11yViolations, newPage, type RunningServer, screenshot, withServerAndBrowser } from "./harness.js";

const DEPARTEMENT = "22060001900016";

async function signIn(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/connexion`);
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  await page.getByLabel(/^Email address/).fill("fournisseur@guichet.test");
  await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
}

async function switchToEnglish(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "Send your invoices, simply" }).waitFor();
  expect(await page.getAttribute("html", "lang")).toBe("en");
}

describe("the portal in English", () => {
  let server: RunningServer;
  let browser: Browser;

  withServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it("checks an invoice in English: labels, verdict, parts and rule messages", async () => {
    const page = await newPage(browser);
    await switchToEnglish(page, server.url);
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Check an invoice" }).click();
    await page.getByRole("heading", { level: 1, name: "Check an invoice" }).waitFor();
    const xml = fs.readFileSync(path.join(CORPUS_DIR, "en16931/cii/examples/CII_example1.xml"), "utf8").replace(/<ram:DuePayableAmount>[^<]*</, "<ram:DuePayableAmount>1.00<");
    await page.locator('input[type="file"]').setInputFiles({ name: "wrong-total.xml", mimeType: "application/xml", buffer: Buffer.from(xml) });
    await page.getByLabel("The recipient is a French public body (B2G rules)").uncheck();
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByText("Invalid invoice").waitFor();
    const verdict = (await page.getByTestId("verdict").textContent()) ?? "";
    expect(verdict).toContain("What the invoice says");
    expect(verdict).toContain("Totals");
    expect(verdict).toContain("BR-CO-16");
    expect(verdict).not.toContain("Totaux");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "verify-en");

    // Switching back re-asks the server, so the findings follow the page into French.
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByText("Facture non conforme").waitFor();
    await expect.poll(async () => page.getByTestId("verdict").textContent()).toContain("Totaux");
  });

  it("tells a wrong password in English, marked as English for screen readers", async () => {
    const page = await newPage(browser);
    await switchToEnglish(page, server.url);
    await page.goto(`${server.url}/connexion`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.getByLabel(/^Email address/).fill("fournisseur@guichet.test");
    await page.getByLabel(/^Password/).fill("not-the-password-at-all");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "Wrong e-mail address or password." });
    await alert.waitFor();
    expect(await alert.locator("[lang]").first().getAttribute("lang")).toBe("en");
    await expectNoSeriousA11yViolations(page);
  });

  it("signs in and shows my organisations, then the sent invoices and the upload page, in English", async () => {
    const page = await newPage(browser);
    await switchToEnglish(page, server.url);
    await page.goto(`${server.url}/connexion`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await signIn(page, server.url);

    await page.goto(`${server.url}/mes-structures`);
    await page.getByRole("heading", { level: 1, name: "My organisations" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Join an organisation" }).waitFor();
    await page.getByRole("table", { name: "My memberships" }).getByText("Manager").waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "my-structures-en");

    await page.goto(`${server.url}/factures`);
    await page.getByRole("heading", { level: 1, name: "Sent invoices" }).waitFor();
    await page.getByRole("columnheader", { name: "Amount incl. VAT" }).waitFor();
    await page.getByRole("link", { name: "Export as CSV" }).waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("link", { name: "Submit an invoice" }).click();
    await page.getByRole("heading", { level: 1, name: "Submit an invoice" }).waitFor();
    await page.getByText("PDF or XML, 20 MB at most").waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "deposit-upload-en");
    // A file read on the spot: its findings come in English, each marked as such for screen readers.
    const cii = fs.readFileSync(path.join(CORPUS_DIR, "en16931/cii/examples/CII_example1.xml"));
    await page.locator('input[type="file"]').first().setInputFiles({ name: "example.xml", mimeType: "application/xml", buffer: cii });
    const findings = page.getByTestId("findings");
    await findings.locator('[lang="en"]').first().waitFor();
    expect(await findings.locator('[lang="en"]').first().textContent()).not.toMatch(/[éèàç]/);
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${server.url}/mon-compte`);
    await page.getByRole("heading", { level: 1, name: "My account" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Notification emails" }).waitFor();
    await page.getByRole("table", { name: "Account log" }).getByText("Signed in").first().waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it("enters an invoice in English, with English amounts, and shows the saved draft's page in English", async () => {
    const page = await newPage(browser);
    await switchToEnglish(page, server.url);
    await signIn(page, server.url);
    await page.goto(`${server.url}/factures/saisir`);
    await page.getByRole("heading", { level: 1, name: "Enter an invoice" }).waitFor();
    await page.getByRole("textbox", { name: /^Recipient/ }).fill(DEPARTEMENT);
    await page.getByTestId("recipient-rules").waitFor();
    await page.getByRole("textbox", { name: /^Service code/ }).fill("DRIT");
    await page.getByRole("option", { name: /^DRIT/ }).click();
    await page.getByLabel(/^Number/).fill("FORM-EN-1");
    await page.getByLabel("Description, line 1").fill("Road survey");
    await page.getByLabel("Quantity, line 1").fill("1000");
    await page.getByLabel("Unit price excl. VAT, line 1").fill("2.5");
    await expect.poll(async () => page.getByTestId("total-ttc").textContent()).toBe("€3,000.00");
    await page.getByLabel("IBAN").fill("FR76 0000");
    await page.getByText("The IBAN is invalid (wrong check digits).").waitFor();
    await page.getByLabel("IBAN").fill("");
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "Save the draft" }).click();
    await page.waitForURL(/\/factures\/[0-9a-f-]{36}$/);
    await page.getByRole("heading", { level: 1, name: "Invoice FORM-EN-1" }).waitFor();
    await page.getByTestId("current-status").getByText("Draft").waitFor();
    await page.getByRole("heading", { level: 2, name: "What you can do" }).waitFor();
    await page.getByRole("button", { name: "Validate and send" }).waitFor();
    await page.getByRole("row", { name: /Amount incl\. VAT/ }).getByText("€3,000.00").waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "invoice-draft-en");
  }, 90_000);
});
