import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDirectoryTask } from "../../src/modules/directory/index.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";

const BUDGET_PRINCIPAL = "22060001900016";
const VALDEBLORE = ["20002983300015", "20002983300056", "20002983300064", "20002983300072", "20002983300080", "20002983300098", "20002983300106"];
const MDPH = "13000133200019";

describe.each(testDialects())("directory over HTTP on %s", (dialect) => {
  let t: TestApp;
  const get = (url: string) => t.app.inject({ url });
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedDirectoryTask(t.deps);
  });
  afterAll(async () => t.close());

  it("loads the seed once: a second start adds nothing", async () => {
    await seedDirectoryTask(t.deps);
    const res = await get("/api/v1/structures?q=valdeblore&limit=100");
    expect(res.json().items).toHaveLength(7);
  });

  it("finds DRIT among the Budget principal's services", async () => {
    const res = await get(`/api/v1/structures/${BUDGET_PRINCIPAL}/services?q=drit`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([
      {
        code: "DRIT",
        name: "Direction des Routes et Infrastructures routières",
        active: true,
        engagementRequired: false,
        paymentStatusReported: false,
        validFrom: null,
        validTo: null,
      },
    ]);
  });

  it("lists the Budget principal's 18 services and filters them by label without accents", async () => {
    const all = await get(`/api/v1/structures/${BUDGET_PRINCIPAL}/services?activeOnly=true`);
    expect(all.json().items).toHaveLength(18);
    const byLabel = await get(`/api/v1/structures/${BUDGET_PRINCIPAL}/services?q=evenementiel`);
    expect(byLabel.json().items.map((s: { code: string }) => s.code)).toEqual(["DCE"]);
  });

  it("describes the Budget principal: code service required, address, 30 days", async () => {
    const res = await get(`/api/v1/structures/${BUDGET_PRINCIPAL}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      siret: BUDGET_PRINCIPAL,
      siren: "220600019",
      name: "Département des Alpes-Maritimes — Budget principal",
      kind: "PUBLIQUE",
      active: true,
      identifierType: "SIRET",
      serviceCount: 18,
      postalCode: "06200",
      city: "Nice",
      paymentDelayDays: 30,
    });
    expect(body.flags.serviceCodeRequired).toBe(true);
    expect(body.flagLabels).toContain("Code service obligatoire");
    expect(body.address).toMatchObject({ line1: "147 boulevard du Mercantour", countryCode: "FR" });
  });

  it.each([...VALDEBLORE, MDPH])("requires no code service for %s", async (siret) => {
    const body = (await get(`/api/v1/structures/${siret}`)).json();
    expect(body.flags.serviceCodeRequired).toBe(false);
    expect(body.flags.serviceOrEngagementRequired).toBe(false);
    expect(body.flagLabels).toContain("Aucun code service à renseigner");
    expect(body.serviceCount).toBe(0);
  });

  it("finds « Département » when searching « departement », accents and case ignored", async () => {
    const res = await get("/api/v1/structures?q=DEPARTEMENT%20alpes");
    const names = (res.json().items as { name: string }[]).map((i) => i.name);
    // "departement" also begins "départementale" (the MDPH), ranked after by name.
    expect(names).toHaveLength(6);
    expect(names.slice(0, 5).every((n) => n.startsWith("Département des Alpes-Maritimes — "))).toBe(true);
    expect(names[5]).toMatch(/^Maison départementale/);
  });

  it("searches by SIRET or SIREN prefix, spaces ignored", async () => {
    const bySiren = (await get("/api/v1/structures?q=220%20600%20019")).json().items as { siret: string }[];
    expect(bySiren.map((i) => i.siret)).toEqual(["22060001900016", "22060001900271", "22060001901121", "22060001901170", "22060001901196"]);
    const exact = (await get(`/api/v1/structures?q=${MDPH}`)).json().items as { siret: string; serviceCount: number }[];
    expect(exact).toEqual([expect.objectContaining({ siret: MDPH, name: expect.stringContaining("personnes handicapées"), serviceCount: 0 })]);
  });

  it("refuses a search shorter than 3 characters", async () => {
    const res = await get("/api/v1/structures?q=ab");
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "SEARCH_TOO_SHORT", field: "q" });
  });

  it("bounds the limit to 100", async () => {
    expect((await get("/api/v1/structures?q=nice&limit=101")).statusCode).toBe(400);
  });

  it.each([
    ["2206000190001", "SIRET_INVALID_LENGTH"],
    ["2206000190001A", "SIRET_INVALID_CHARACTERS"],
    ["22060001900017", "SIRET_INVALID_CHECKSUM"],
  ])("answers %s with %s", async (siret, code) => {
    for (const url of [`/api/v1/structures/${siret}`, `/api/v1/structures/${siret}/services`]) {
      const res = await get(url);
      expect(res.statusCode).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json()).toMatchObject({ code, field: "siret" });
    }
  });

  it("answers an unknown valid SIRET with 404 STRUCTURE_NOT_FOUND", async () => {
    for (const url of ["/api/v1/structures/73282932000074", "/api/v1/structures/73282932000074/services"]) {
      const res = await get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ code: "STRUCTURE_NOT_FOUND", field: "siret" });
    }
  });

  it("documents the three routes in the OpenAPI document", async () => {
    const paths = Object.keys((await get("/api/openapi.json")).json().paths);
    expect(paths).toEqual(expect.arrayContaining(["/api/v1/structures", "/api/v1/structures/{siret}", "/api/v1/structures/{siret}/services"]));
  });
});
