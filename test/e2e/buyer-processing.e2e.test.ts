// Browser journey over the buyer's side (issue #7): an agent suspends a received invoice asking for a document, the
// supplier sees it live on its own page and completes it, then the agent certifies the service, issues the mandate
// and sends the payment while the supplier's page follows each step without reload. Axe on every new page.
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { builtFacturxPdf, ciiInvoice, DEMO_PUBLIC, DEMO_SUPPLIER } from "../invoices/factories.js";
import { depositParts, multipart } from "../invoices/http-helpers.js";
import { DEMO_PASSWORD, expectNoSeriousA11yViolations, newPage, type RunningServer, screenshot, withServerAndBrowser } from "./harness.js";

const SUPPLIER = "fournisseur@guichet.test";
const AGENT = "agent.drit@guichet.test";

async function logIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/connexion`);
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.locator("input[type=password]").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/connexion"));
}

/** Deposits a Factur-X PDF of the demo supplier to the Département's DRIT service through the API; returns its id. */
async function deposit(server: RunningServer, number: string): Promise<string> {
  const login = await server.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: SUPPLIER, password: DEMO_PASSWORD } });
  const headers = { cookie: login.cookies.map((c) => `${c.name}=${c.value}`).join("; "), "x-csrf-token": (login.json() as { csrfToken: string }).csrfToken };
  // The public buyer named by its SIRET (scheme 0009) and an IBAN without spaces, as the French B2G rules want.
  const xml = new TextDecoder()
    .decode(ciiInvoice({ seller: DEMO_SUPPLIER, number, serviceCode: "DRIT", buyer: DEMO_PUBLIC }))
    .replace(">FR20 1254 2547 2569 8542 5874 698<", ">FR2012542547256985425874698<");
  const pdf = await builtFacturxPdf(new TextEncoder().encode(xml));
  const body = multipart(depositParts(pdf, { recipientSiret: DEMO_PUBLIC, serviceCode: "DRIT" }, `facture-${number}.pdf`));
  const res = await server.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: { ...headers, ...body.headers } });
  if (res.statusCode !== 201) throw new Error(`deposit failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { id: string }).id;
}

/** Opens the agent's form for an action and returns it. */
async function openAction(page: Page, label: string, target: string) {
  await page.getByTestId("processing-actions").getByRole("button", { name: label, exact: true }).first().click();
  const form = page.getByRole("form", { name: `${label} → ${target}` });
  await form.waitFor();
  return form;
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await page.getByTestId("current-status").getByText(label, { exact: true }).waitFor();
}

describe("processing a received invoice in the browser, followed live by the supplier", () => {
  let server: RunningServer;
  let browser: Browser;

  withServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it("suspends, gets the document, certifies the service, mandates and pays; the supplier's page follows each step", async () => {
    const number = "E2E-BUYER-1";
    const id = await deposit(server, number);
    const agent = await newPage(browser);
    const supplier = await newPage(browser);
    await logIn(agent, server.url, AGENT);
    await logIn(supplier, server.url, SUPPLIER);

    // The agent finds it from the shell's link to the inbox and opens it: the PDF beside its data.
    await agent.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Factures reçues" }).click();
    await agent.getByRole("link", { name: number }).click();
    await agent.waitForURL(`${server.url}/factures-recues/${id}`);
    await agent.getByRole("heading", { level: 1, name: `Facture reçue ${number}` }).waitFor();
    await agent.getByTitle(`Facture ${number} (PDF)`).waitFor();
    await expectStatus(agent, "Mise à disposition du destinataire");
    await agent.getByTestId("payment-clock").getByText("Délai en cours").waitFor();
    // Only the actions the API allows now are offered (nothing the supplier does, no payment confirmation).
    const offered = await agent.getByTestId("processing-actions").getByRole("button").allTextContents();
    expect(offered).toContain("Suspendre");
    expect(offered).not.toContain("Compléter");
    expect(offered).not.toContain("Déclarer encaissée");
    await agent.getByRole("button", { name: "Me l'attribuer" }).click();
    await agent.getByTestId("assignee").getByText(/Attribuée à Agathe Agent/).waitFor();
    // An internal note: listed for the buyer, never shown on the supplier's page (checked at the end).
    const notes = agent.getByTestId("internal-notes");
    await notes.getByRole("textbox", { name: "Nouvelle note" }).fill("Relancer la DRIT pour le bon de livraison");
    await notes.getByRole("button", { name: "Ajouter la note" }).click();
    await notes.getByRole("listitem").getByText("Relancer la DRIT pour le bon de livraison").waitFor();
    await expectNoSeriousA11yViolations(agent);
    await screenshot(agent, "buyer-received-invoice");

    await supplier.goto(`${server.url}/factures/${id}`);
    await expectStatus(supplier, "Mise à disposition du destinataire");
    // The supplier receives no invoice for a public structure: no buyer links in its shell.
    const supplierNav = await supplier.getByRole("navigation", { name: "Navigation principale" }).getByRole("link").allTextContents();
    expect(supplierNav).toContain("Factures émises");
    expect(supplierNav).not.toContain("Factures reçues");
    // A mark on the window: still there at the end means the supplier's page was never reloaded.
    await supplier.evaluate(() => Object.assign(window, { followedLive: true }));
    await supplier.getByTestId("payment-clock").getByText("Délai en cours").waitFor();

    // Suspend: a motif of blanks is refused by the server in plain French, then the real one goes through.
    let form = await openAction(agent, "Suspendre", "Suspendue");
    expect(await agent.evaluate(() => (document.activeElement as HTMLElement | null)?.tagName)).toBe("TEXTAREA");
    await form.getByRole("textbox", { name: /^Motif/ }).fill("   ");
    await form.getByRole("textbox", { name: /^Pièces attendues/ }).fill("Bon de livraison signé");
    await form.getByRole("button", { name: "Suspendre", exact: true }).click();
    await form.getByText("Indiquez le motif de la suspension.").waitFor();
    await form.getByRole("textbox", { name: /^Motif/ }).fill("Bon de livraison manquant");
    await form.getByRole("button", { name: "Suspendre", exact: true }).click();
    await expectStatus(agent, "Suspendue");
    expect(await agent.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe("current-status");

    // The supplier's open page follows: status, motif, expected document, clock stopped.
    await expectStatus(supplier, "Suspendue");
    await supplier.getByText("Motif : Bon de livraison manquant").waitFor();
    await supplier.getByTestId("expected-documents").getByText("Bon de livraison signé").waitFor();
    await supplier.getByTestId("payment-clock").getByText("Délai arrêté (facture suspendue)").waitFor();
    await expectNoSeriousA11yViolations(supplier);
    await screenshot(supplier, "supplier-invoice-suspended");
    await supplier.locator("input[type=file]").first().setInputFiles({ name: "bon-livraison.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 bon de livraison") });
    await supplier.getByRole("button", { name: "Compléter", exact: true }).click();
    await expectStatus(supplier, "Complétée");

    // The agent's page follows too, with the document; then service fait, mandate, payment.
    await expectStatus(agent, "Complétée");
    await agent.getByRole("link", { name: "bon-livraison.pdf" }).waitFor();
    form = await openAction(agent, "Constater le service fait", "Service fait");
    await form.getByRole("button", { name: "Constater le service fait", exact: true }).click();
    await expectStatus(agent, "Service fait");
    await expectStatus(supplier, "Service fait");

    form = await openAction(agent, "Mandater", "Mandatée");
    await form.getByRole("textbox", { name: /^Numéro de mandat/ }).fill("M-2026-042");
    await form.getByRole("button", { name: "Mandater", exact: true }).click();
    await expectStatus(agent, "Mandatée");
    await expectStatus(supplier, "Mandatée");
    await supplier.getByText("N° de mandat : M-2026-042").waitFor();

    form = await openAction(agent, "Mettre en paiement", "Mise en paiement");
    const today = new Date().toISOString().slice(0, 10);
    expect(await form.getByLabel(/^Date de mise en paiement/).inputValue()).toBe(today);
    await form.getByRole("textbox", { name: /^Montant mis en paiement/ }).fill("104,90");
    await form.getByRole("button", { name: "Mettre en paiement", exact: true }).click();
    await expectStatus(agent, "Mise en paiement");
    await expectStatus(supplier, "Mise en paiement");
    await supplier.getByText("Montant payé : 104,90\u00a0€").waitFor();
    await supplier.getByTestId("payment-clock").getByText("Payée", { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(supplier);
    await expectNoSeriousA11yViolations(agent);
    await screenshot(agent, "buyer-received-invoice-paid");
    expect(await agent.getByTestId("processing-actions").getByRole("button").count()).toBe(0);
    expect(await supplier.evaluate(() => (window as unknown as { followedLive?: boolean }).followedLive)).toBe(true);
    expect(await supplier.locator("body").textContent()).not.toContain("Relancer la DRIT");
  }, 180_000);

  it("rejects from the keyboard with a reason from the list and an explanation, shown in the history", async () => {
    const number = "E2E-BUYER-2";
    const id = await deposit(server, number);
    const agent = await newPage(browser);
    await logIn(agent, server.url, AGENT);
    await agent.goto(`${server.url}/factures-recues`);
    await agent.getByRole("row", { name: new RegExp(number) }).waitFor();
    await expectNoSeriousA11yViolations(agent);
    await agent.getByRole("link", { name: number }).click();
    await agent.waitForURL(`${server.url}/factures-recues/${id}`);
    const opener = agent.getByTestId("processing-actions").getByRole("button", { name: "Rejeter", exact: true });
    await opener.focus();
    await agent.keyboard.press("Enter");
    const form = agent.getByRole("form", { name: "Rejeter → Rejetée" });
    await form.waitFor();
    // The reason list has the focus: type to filter, choose with the arrow keys.
    expect(await agent.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? "")).toMatch(/^Motif de rejet/);
    await agent.keyboard.type("double");
    await agent.keyboard.press("ArrowDown");
    await agent.keyboard.press("Enter");
    expect(await form.getByRole("textbox", { name: /^Motif de rejet/ }).inputValue()).toBe("Facture en double");
    await form.getByRole("textbox", { name: /^Explication pour le fournisseur/ }).fill("Déjà reçue sous le numéro E2E-BUYER-1");
    await form.getByRole("button", { name: "Rejeter", exact: true }).press("Enter");
    await expectStatus(agent, "Rejetée");
    await agent.getByTestId("timeline").getByText("Motif de rejet : Facture en double").waitFor();
    await agent.getByTestId("payment-clock").getByText("Délai arrêté (facture rejetée)").waitFor();
    await agent.getByText("Aucune action de traitement n'est possible sur cette facture dans son statut actuel.").waitFor();
    await expectNoSeriousA11yViolations(agent);
  }, 90_000);

  it("shows the agent's figures as charts with their tables, reached from the shell", async () => {
    const page = await newPage(browser);
    await logIn(page, server.url, AGENT);
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Chiffres" }).click();
    await page.getByRole("heading", { level: 1, name: "Chiffres des factures reçues" }).waitFor();
    await expect.poll(async () => page.getByTestId("figure-total").textContent()).toBe("2");
    await page.getByTestId("chart-status").getByRole("table").getByRole("row", { name: /Mise en paiement 1/ }).waitFor();
    await page.getByTestId("chart-status").getByRole("img").waitFor();
    await page.getByRole("table", { name: /Motifs de suspension/ }).getByText("Bon de livraison manquant").waitFor();
    await page.getByRole("table", { name: /Motifs de rejet/ }).getByRole("row", { name: /Facture en double 1/ }).waitFor();
    // The structure's payment delay, read-only for an agent.
    await page.getByTestId("payment-settings").getByText("Délai en vigueur : 30 jours, à compter du dépôt.").waitFor();
    expect(await page.getByTestId("payment-settings").getByRole("button").count()).toBe(0);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "buyer-figures");
    // In English too: headings, the payment categories and the status names.
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Received invoices in figures" }).waitFor();
    await page.getByTestId("chart-status").getByRole("row", { name: /Payment sent 1/ }).waitFor();
    await page.getByTestId("chart-payment").getByRole("row", { name: /Paid on time 1/ }).waitFor();
    await page.getByRole("button", { name: "Français" }).click();
  }, 90_000);
});
