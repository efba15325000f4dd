// Browser journeys over the directory: the real server with its seeded annuaire, Debian's chromium, axe on each page.
import type { Browser, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations, newPage, type RunningServer, screenshot, tabTo, withServerAndBrowser } from "./harness.js";

const DEPARTEMENT = "22060001900016";

describe("directory in the browser", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  withServerAndBrowser((s, b) => {
    [server, browser] = [s, b];
  });

  it("finds the Département's SIRET from the home page and filters its services to DRIT, by keyboard", async () => {
    page = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole("heading", { level: 1, name: "Déposer vos factures, simplement" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("fr");
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "home");

    // The skip link comes first, then the navigation.
    const skip = await tabTo(page, () => true);
    expect(skip.text).toBe("Aller au contenu");
    await tabTo(page, (el) => el.tag === "a" && el.text === "Annuaire");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/annuaire$/);
    await page.getByRole("heading", { level: 1, name: "Annuaire des structures" }).waitFor();

    await tabTo(page, (el) => el.tag === "input" && el.label.startsWith("Rechercher une structure"));
    await page.keyboard.type(DEPARTEMENT);
    const result = page.getByRole("link").and(page.locator(`a[href="/annuaire/${DEPARTEMENT}"]`));
    await result.waitFor();
    await page.getByRole("cell", { name: "220 600 019 00016" }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "directory-search");

    await tabTo(page, (el) => el.href === `/annuaire/${DEPARTEMENT}`);
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`/annuaire/${DEPARTEMENT}$`));
    await page.getByRole("heading", { level: 2, name: "Codes service" }).waitFor();
    await page.getByRole("row", { name: /PRESSE/ }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "structure");

    await tabTo(page, (el) => el.tag === "input" && el.label.startsWith("Filtrer les services"));
    await page.keyboard.type("DRIT");
    await page.getByRole("row", { name: /PRESSE/ }).waitFor({ state: "detached" });
    const rows = page.getByRole("table", { name: /Codes service/ }).getByRole("row");
    expect(await rows.count()).toBe(2); // the header row and DRIT
    expect(await rows.nth(1).getByRole("rowheader").textContent()).toBe("DRIT");
    await page.getByRole("cell", { name: "Direction des Routes et Infrastructures routières" }).waitFor();
    await screenshot(page, "structure-filtered");

    // Sorting: the column header is a button and says how the table is sorted.
    await page.getByLabel("Filtrer les services").fill("");
    const codeHeader = page.getByRole("columnheader", { name: /Code service/ });
    expect(await codeHeader.getAttribute("aria-sort")).toBe("ascending");
    await codeHeader.getByRole("button").click();
    await page.locator('th[aria-sort="descending"]', { hasText: "Code service" }).waitFor();
    expect(await rows.nth(1).getByRole("rowheader").textContent()).toBe("VEHTEC");

    // Back to the directory returns to the same search.
    await page.getByRole("link", { name: /Retour à l'annuaire/ }).click();
    await page.waitForURL(`${server.url}/annuaire?q=${DEPARTEMENT}`);
    await result.waitFor();
  });

  it("shows the API's French detail for an invalid SIRET and for an unknown one", async () => {
    page = await newPage(browser);
    await page.goto(`${server.url}/annuaire/22060001900017`);
    await page.getByRole("heading", { level: 1, name: "SIRET invalide" }).waitFor();
    expect(await page.title()).toBe("SIRET invalide — Guichet 06");
    expect((await page.getByRole("alert").textContent())?.trim()).not.toBe("");

    // 732 829 320 00074 passes the Luhn key but is not in the seeded annuaire.
    await page.goto(`${server.url}/annuaire/73282932000074`);
    await page.getByRole("heading", { level: 1, name: "Structure introuvable" }).waitFor();
    expect((await page.getByRole("alert").textContent())?.trim()).not.toBe("");
    await expectNoSeriousA11yViolations(page);
  });

  it("lists results as cards on a phone, without a table to scroll sideways", async () => {
    page = await newPage(browser, { viewport: { width: 390, height: 800 } });
    await page.goto(`${server.url}/annuaire?q=valdeblore`);
    const list = page.getByRole("list", { name: /Structures correspondant à «\svaldeblore\s»/ });
    await list.waitFor();
    expect(await list.getByRole("listitem").count()).toBeGreaterThan(1);
    expect(await page.getByRole("table").count()).toBe(0);
    await list.getByRole("link", { name: /Budget principal/ }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, "directory-search-phone");
  });

  it("starts a new search from the menu: the field follows the address", async () => {
    page = await newPage(browser);
    await page.goto(`${server.url}/annuaire?q=mercury`);
    const field = page.getByLabel("Rechercher une structure");
    await page.locator('a[href="/annuaire/22060001901170"]').waitFor();
    expect(await field.inputValue()).toBe("mercury");
    await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Annuaire" }).click();
    await page.waitForURL(`${server.url}/annuaire`);
    await page.waitForFunction(() => (document.querySelector("input") as HTMLInputElement | null)?.value === "");
    expect(new URL(page.url()).search).toBe("");
    expect(await page.getByRole("status").textContent()).toBe("");
    expect(await page.getByRole("table").count()).toBe(0);
  });

  it("reads a SIRET typed with spaces in the address and copies it without them", async () => {
    page = await newPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
    await page.goto(`${server.url}/annuaire/220 600 019 00016`);
    await page.getByRole("heading", { level: 2, name: "Codes service" }).waitFor();
    await page.getByRole("button", { name: "Copier le SIRET" }).click();
    await page.getByRole("button", { name: "Copié" }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(DEPARTEMENT);
  });

  it("draws a long service list a hundred rows at a time (service list stubbed to 250 entries)", async () => {
    page = await newPage(browser);
    const many = Array.from({ length: 250 }, (_, i) => ({
      code: `SVC${String(i).padStart(3, "0")}`,
      name: `Service numéro ${i}`,
      active: true,
      engagementRequired: false,
      paymentStatusReported: false,
      validFrom: null,
      validTo: null,
    }));
    await page.route(`**/api/v1/structures/${DEPARTEMENT}/services*`, (route) => route.fulfill({ json: { items: many } }));
    await page.goto(`${server.url}/annuaire/${DEPARTEMENT}`);
    const rows = page.getByRole("table", { name: /Codes service/ }).getByRole("row");
    await page.getByRole("rowheader", { name: "SVC099" }).waitFor();
    expect(await rows.count()).toBe(101);
    await page.getByRole("button", { name: "Afficher les 100 suivants" }).click();
    await page.getByRole("rowheader", { name: "SVC199" }).waitFor();
    await page.getByRole("button", { name: "Afficher les 50 suivants" }).click();
    await page.getByRole("rowheader", { name: "SVC249" }).waitFor();
    expect(await rows.count()).toBe(251);
    expect(await page.getByRole("button", { name: /Afficher les/ }).count()).toBe(0);

    await page.getByLabel("Filtrer les services").fill("SVC24");
    await page.getByRole("rowheader", { name: "SVC099" }).waitFor({ state: "detached" });
    expect(await rows.count()).toBe(11);
  });
});
