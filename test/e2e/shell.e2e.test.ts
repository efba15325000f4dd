// Browser journeys over the shell: landmarks and skip link, the deploying body's look, the language switch.
import type { Browser } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations, newPage, type RunningServer, screenshot, tabTo, withServerAndBrowser } from "./harness.js";

describe("the shell in the browser", () => {
  let server: RunningServer;
  let browser: Browser;

  withServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it("serves an accessible French home page: skip link first, landmarks, four steps, the Département's name", async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole("heading", { level: 1, name: "Déposer vos factures, simplement" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    expect(await page.title()).toBe("Facturation électronique — Guichet 06");
    expect(await page.getByRole("banner").textContent()).toContain("Département des Alpes-Maritimes");
    expect(await page.getByRole("contentinfo").textContent()).toContain("Département des Alpes-Maritimes");
    expect(await page.getByRole("main").getByRole("listitem").count()).toBe(4);
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    // The shell's four entries come first; features append theirs (NAV_ITEMS). "Se connecter" waits for the session check.
    await nav.getByRole("link", { name: "Se connecter" }).waitFor();
    expect((await nav.getByRole("link").allTextContents()).slice(0, 4)).toEqual(["Accueil", "Annuaire", "Vérifier une facture", "Se connecter"]);
    await expectNoSeriousA11yViolations(page);

    const first = await tabTo(page, () => true);
    expect(first.text).toBe("Aller au contenu");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("contenu");
  });

  it("asks for three characters before searching the directory", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/annuaire`);
    await page.getByLabel("Rechercher une structure").fill("22");
    await page.getByRole("status").filter({ hasText: "Saisissez au moins 3 caractères" }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it("switches to English, remembers it across a reload, and switches back", async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { level: 1, name: "Send your invoices, simply" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Directory" }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "home-en");

    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Send your invoices, simply" }).waitFor();
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Déposer vos factures, simplement" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
  });

  it("links the accessibility statement from every page's footer", async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole("contentinfo").getByRole("link", { name: /^Accessibilité\s:\snon conforme$/ }).click();
    await page.getByRole("heading", { level: 1, name: "Déclaration d'accessibilité" }).waitFor();
    expect(await page.getByRole("main").textContent()).toMatch(/L'organisme «\sDépartement des Alpes-Maritimes\s» s'engage/);
    await expectNoSeriousA11yViolations(page);
  });

  it("folds the navigation under a Menu button on a phone, and closes it after a link", async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(server.url);
    await page.getByRole("heading", { level: 1 }).waitFor();
    const nav = page.getByRole("navigation", { name: "Navigation principale" });
    const menu = nav.getByRole("button", { name: "Menu" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await nav.getByRole("link").count()).toBe(0);
    await menu.click();
    expect(await menu.getAttribute("aria-expanded")).toBe("true");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "home-phone-menu");
    await nav.getByRole("link", { name: "Annuaire" }).click();
    await page.getByRole("heading", { level: 1, name: "Annuaire des structures" }).waitFor();
    await page.locator('button[aria-expanded="false"]', { hasText: "Menu" }).waitFor();
    expect(await nav.getByRole("link").count()).toBe(0);
  });

  it("shows a page-not-found page for an unknown address", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/nulle-part`);
    await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
  });
});

describe("another deploying body's look", () => {
  let server: RunningServer;
  let browser: Browser;

  withServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  }, { BRAND_NAME: "Commune de Saint-Essai", BRAND_SHORT_NAME: "Guichet Saint-Essai", BRAND_PRIMARY_COLOR: "#f5c400" });

  it("carries its name and colour, with black header text on a light colour, and stays accessible", async () => {
    const page = await newPage(browser);
    await page.goto(server.url);
    const banner = page.getByRole("banner");
    await banner.getByText("Commune de Saint-Essai").waitFor();
    await banner.getByRole("link", { name: "Guichet Saint-Essai" }).waitFor();
    const colours = await banner.evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, text: style.color };
    });
    expect(colours).toEqual({ background: "rgb(245, 196, 0)", text: "rgb(0, 0, 0)" });
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "home-light-brand");
  });
});
