import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";

describe.each(testDialects())("platform over HTTP on %s", (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it("answers health", async () => {
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: "ok" });
  });

  it("serves an OpenAPI 3.1 document that lists the platform route", async () => {
    const res = await t.app.inject({ url: "/api/openapi.json" });
    const doc = res.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/platform");
  });

  it("serves a readable docs page", async () => {
    const res = await t.app.inject({ url: "/api/docs" });
    expect(res.headers["content-type"]).toContain("text/html");
    expect(res.body).toContain("/api/v1/platform");
  });

  it("answers unknown API paths with problem+json", async () => {
    const res = await t.app.inject({ url: "/api/v1/nope" });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json().code).toBe("NOT_FOUND");
  });
});
