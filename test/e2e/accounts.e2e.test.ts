// Browser journey of accounts: sign up, read the mail, activate, log in, create the company by SIRET; a second user
// asks to join, the first approves, the second sees the company. Mails are read from the development mailbox.
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { totpAt } from "../../src/modules/accounts/domain/totp.js";
import { expectNoSeriousA11yViolations, newPage, type RunningServer, screenshot, withServerAndBrowser } from "./harness.js";

const PASSWORD = "Une-phrase-de-passe-solide-06";
const SIRET = "73282932000074";
const COMPANY = "Atelier Martin SARL";

async function activationToken(server: RunningServer, page: Page, email: string): Promise<string> {
  // Mails leave in the background: wait until the development mailbox holds it.
  for (;;) {
    const mails = (await (await page.request.get(`${server.url}/api/dev/mails`)).json()) as { to: string; subject: string; text: string }[];
    const token = mails.find((m) => m.to === email && /activez/.test(m.subject))?.text.match(/#token=([\w-]+)/)?.[1];
    if (token) return token;
    await page.waitForTimeout(50);
  }
}

async function signUpAndLogIn(server: RunningServer, page: Page, email: string, name: string): Promise<void> {
  await page.goto(`${server.url}/inscription`);
  await page.getByRole("heading", { level: 1, name: "Créer un compte" }).waitFor();
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Nom et prénom/).fill(name);
  await page.locator("input[type=password]").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer mon compte" }).click();
  await page.getByRole("heading", { level: 1, name: "Vérifiez votre messagerie" }).waitFor();

  const token = await activationToken(server, page, email);
  await page.goto(`${server.url}/activation#token=${token}`);
  await page.getByText(`Votre compte ${email} est activé.`).waitFor();
  await page.getByRole("link", { name: "Se connecter", exact: true }).last().click();
  await page.waitForURL(/\/connexion\?email=/);
  expect(await page.getByLabel(/^Adresse e-mail/).inputValue()).toBe(email);
  await page.locator("input[type=password]").fill(PASSWORD);
  await page.getByRole("button", { name: "Se connecter", exact: true }).click();
  await page.waitForURL(/\/mes-structures$/);
  await page.getByRole("heading", { level: 1, name: "Mes structures" }).waitFor();
}

describe("accounts in the browser", () => {
  let server: RunningServer;
  let browser: Browser;

  withServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it("signs up, activates, creates the company by SIRET, and approves a colleague who then sees it", async () => {
    const anna = await newPage(browser);
    await signUpAndLogIn(server, anna, "anna@atelier-martin.test", "Anna Martin");
    await expectNoSeriousA11yViolations(anna);

    await anna.getByLabel(/^SIRET de la structure/).fill("732 829 320 00074");
    await anna.getByRole("button", { name: "Demander le rattachement" }).click();
    await anna.getByText("Aucune structure n'existe encore sous ce SIRET", { exact: false }).waitFor();
    await anna.getByRole("button", { name: "Créer mon entreprise" }).click();
    await anna.getByLabel(/^Raison sociale/).fill(COMPANY);
    await anna.getByLabel(/^Adresse$/).fill("3 rue du Port");
    await anna.getByLabel(/^Code postal/).fill("06300");
    await anna.getByLabel(/^Ville/).fill("Nice");
    await anna.getByRole("button", { name: "Créer l'entreprise" }).click();
    await anna.getByText("Votre entreprise est créée : vous en êtes le gestionnaire.").waitFor();
    const annaRow = anna.getByRole("row", { name: new RegExp(COMPANY) });
    await annaRow.getByText("Gestionnaire").waitFor();
    await expectNoSeriousA11yViolations(anna);
    await screenshot(anna, "accounts-company-created");

    const bruno = await newPage(browser);
    await signUpAndLogIn(server, bruno, "bruno@atelier-martin.test", "Bruno Petit");
    await bruno.getByLabel(/^SIRET de la structure/).fill(SIRET);
    await bruno.getByRole("button", { name: "Demander le rattachement" }).click();
    await bruno.getByText("Votre demande est envoyée aux gestionnaires", { exact: false }).waitFor();
    await bruno.getByRole("row", { name: new RegExp(COMPANY) }).getByText("En attente d'un gestionnaire").waitFor();

    await anna.goto(`${server.url}/demandes`);
    await anna.getByRole("heading", { level: 1, name: "Demandes de rattachement à traiter" }).waitFor();
    await expectNoSeriousA11yViolations(anna);
    await anna.getByRole("button", { name: "Approuver la demande de bruno@atelier-martin.test" }).click();
    await anna.getByText("Décision enregistrée", { exact: false }).waitFor();
    await screenshot(anna, "accounts-request-approved");

    await bruno.reload();
    const brunoRow = bruno.getByRole("row", { name: new RegExp(COMPANY) });
    await brunoRow.getByText("Actif").waitFor();
    expect(await brunoRow.getByText("Utilisateur", { exact: true }).count()).toBe(1);
    await brunoRow.getByRole("link", { name: "Utilisateurs" }).click();
    await bruno.getByRole("heading", { level: 1, name: `Utilisateurs de ${COMPANY}` }).waitFor();
    await bruno.getByText("anna@atelier-martin.test").waitFor();
    await expectNoSeriousA11yViolations(bruno);
  });

  it("turns on two-factor authentication, then asks for a code at login and accepts a recovery code", async () => {
    const page = await newPage(browser);
    await signUpAndLogIn(server, page, "carla@atelier-martin.test", "Carla Vidal");
    await page.goto(`${server.url}/mon-compte`);
    await page.getByRole("heading", { level: 1, name: "Mon compte" }).waitFor();
    await page.getByRole("button", { name: "Configurer" }).click();
    const secret = (await page.getByText("Clé :").locator("code").textContent())?.trim() ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.getByLabel(/^Code à 6 chiffres/).fill(totpAt(secret, new Date()));
    await page.getByRole("button", { name: "Activer" }).click();
    await page.getByText("Vos codes de secours", { exact: false }).waitFor();
    const recovery = (await page.locator("li code").first().textContent())?.trim() ?? "";
    expect(recovery).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
    await page.waitForURL(/\/connexion$/);
    await page.getByLabel(/^Adresse e-mail/).fill("carla@atelier-martin.test");
    await page.locator("input[type=password]").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.getByRole("button", { name: "Utiliser un code de secours" }).click();
    await page.getByLabel(/^Code de secours/).fill(recovery);
    await page.getByRole("button", { name: "Valider le code" }).click();
    await page.waitForURL(/\/mes-structures$/);
  });

  it("refuses a wrong password with the API's French message", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/connexion`);
    await page.getByLabel(/^Adresse e-mail/).fill("fournisseur@guichet.test");
    await page.locator("input[type=password]").fill("Pas-le-bon-mot-de-passe");
    await page.getByRole("button", { name: "Se connecter", exact: true }).click();
    await page.getByRole("alert").getByText("Adresse e-mail ou mot de passe incorrect.").waitFor();
    await expectNoSeriousA11yViolations(page);
  });
});
