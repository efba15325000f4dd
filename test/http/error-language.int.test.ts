import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError, ERROR_CATALOGUE, toProblem } from "../../src/shared/errors.js";
import { ERROR_MESSAGES_EN, prefersEnglish } from "../../src/shared/errors-en.js";
import { createTestApp, type TestApp } from "../test-app.js";

// Errors in French first, English second: the caller's first choice in Accept-Language decides the catalogue's
// language; a message written for one error stays French and says so.

describe("the language of problem+json answers", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("sqlite");
  });
  afterAll(async () => t.close());

  it("answers in French by default and in English when English comes first", async () => {
    const fr = await t.app.inject({ url: "/api/v1/nowhere" });
    expect(fr.statusCode).toBe(404);
    expect(fr.headers["content-language"]).toBe("fr");
    expect(fr.json()).toMatchObject({ code: "NOT_FOUND", detail: ERROR_CATALOGUE.NOT_FOUND.message, lang: "fr" });
    const en = await t.app.inject({ url: "/api/v1/nowhere", headers: { "accept-language": "en-GB,en;q=0.9,fr;q=0.5" } });
    expect(en.headers["content-language"]).toBe("en");
    expect(en.json()).toMatchObject({ code: "NOT_FOUND", title: "Not found.", detail: "Not found.", lang: "en" });
    const frFirst = await t.app.inject({ url: "/api/v1/invoices", headers: { "accept-language": "fr-FR, en;q=0.8" } });
    expect(frFirst.statusCode).toBe(401);
    expect(frFirst.json()).toMatchObject({ code: "UNAUTHENTICATED", detail: "Vous devez être connecté.", lang: "fr" });
    const enUnauth = await t.app.inject({ url: "/api/v1/invoices", headers: { "accept-language": "en" } });
    expect(enUnauth.json()).toMatchObject({ code: "UNAUTHENTICATED", detail: "You need to sign in.", lang: "en" });
  });

  it("gives a message written for one error in English when it has an English twin", async () => {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json", "accept-language": "en" }, payload: "{pas du json" });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ lang: "en", detail: "Invalid request." });
    const fr = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: "{pas du json" });
    expect(fr.json()).toMatchObject({ lang: "fr", detail: "Requête invalide." });
  });

  it("gives the engine's reading errors in English too", async () => {
    const ask = (language: string) => t.app.inject({ method: "POST", url: "/api/v1/validate", headers: { "content-type": "application/xml", "accept-language": language }, payload: "<rsm:CrossIndustryInvoice" });
    const en = await ask("en");
    expect(en.statusCode).toBe(422);
    expect(en.json()).toMatchObject({ lang: "en", detail: expect.stringMatching(/^The file is not well-formed XML: /) });
    expect((await ask("fr")).json()).toMatchObject({ lang: "fr", detail: expect.stringMatching(/^Le fichier n'est pas un XML bien formé : /) });
  });

  it("keeps a message written for one error without an English twin in French, marked as such", () => {
    const problem = toProblem(new AppError("INVOICE_REFUSED", { message: "Un message écrit pour cette seule erreur." }), "en");
    expect(problem).toMatchObject({ title: ERROR_MESSAGES_EN.INVOICE_REFUSED, detail: "Un message écrit pour cette seule erreur.", lang: "fr" });
    const twin = toProblem(new AppError("INVOICE_REFUSED", { message: "Un message écrit pour cette seule erreur.", messageEn: "A message written for this one error." }), "en");
    expect(twin).toMatchObject({ detail: "A message written for this one error.", lang: "en" });
  });

  it("has an English message for every code of the catalogue, none left in French", () => {
    for (const code of Object.keys(ERROR_CATALOGUE) as (keyof typeof ERROR_CATALOGUE)[]) {
      expect(ERROR_MESSAGES_EN[code], code).toMatch(/^[A-Z]/);
      expect(ERROR_MESSAGES_EN[code], code).not.toBe(ERROR_CATALOGUE[code].message);
      expect(ERROR_MESSAGES_EN[code], code).not.toMatch(/[éèàùç]| : /);
    }
  });

  it("reads the first choice of Accept-Language by its weight", () => {
    expect(prefersEnglish(undefined)).toBe(false);
    expect(prefersEnglish("")).toBe(false);
    expect(prefersEnglish("en")).toBe(true);
    expect(prefersEnglish("en-US,en;q=0.9")).toBe(true);
    expect(prefersEnglish("fr;q=0.4, en;q=0.8")).toBe(true);
    expect(prefersEnglish("fr, en;q=0.9")).toBe(false);
    expect(prefersEnglish("de, en;q=0.9")).toBe(false);
    expect(prefersEnglish("english")).toBe(false);
    expect(prefersEnglish("en;q=0, fr")).toBe(false);
  });
});
