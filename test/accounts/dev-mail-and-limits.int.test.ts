import { afterEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { Client, PASSWORD } from "./support.js";

describe.each(testDialects())("development mailbox, cookies and per-IP limits on %s", (dialect) => {
  let t: TestApp;
  afterEach(async () => {
    await t.close();
  });

  it("keeps mails outside production without SMTP, as JSON and on a small page with the links", async () => {
    t = await createTestApp(dialect);
    const c = new Client(t.app);
    await c.post("/api/v1/auth/signup", { email: "dev@example.fr", password: PASSWORD, displayName: "<b>Dev</b>" });
    let mails: { to: string; subject: string; text: string }[] = [];
    while (mails.length === 0) mails = (await c.get("/api/dev/mails")).json();
    expect(mails[0]).toMatchObject({ to: "dev@example.fr", subject: expect.stringMatching(/activez votre compte/) });
    expect(mails[0]?.text).toMatch(/\/activation#token=[\w-]{43}/);
    const page = await c.get("/dev/mails");
    expect(page.headers["content-type"]).toMatch(/text\/html/);
    expect(page.body).toContain("dev@example.fr");
    expect(page.body).toMatch(/<a href="http:\/\/localhost:\d+\/activation#token=/);
  });

  it("has no development mailbox in production, and sets Secure session cookies there", async () => {
    t = await createTestApp(dialect, { env: { NODE_ENV: "production", SMTP_URL: "smtp://127.0.0.1:9" } });
    expect((await t.app.inject({ method: "GET", url: "/api/dev/mails" })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/dev/mails" })).statusCode).toBe(404);
    await t.deps.database.db
      .insertInto("users")
      .values({ id: "u1", email: "prod@example.fr", display_name: "P", password_hash: await (await import("../../src/modules/accounts/password-hashing.js")).hashPassword(PASSWORD), status: "ACTIVE", is_platform_admin: 0, totp_secret: null, totp_pending_secret: null, totp_enabled: 0, totp_last_step: null, created_at: "2026-03-02T09:00:00.000Z", activated_at: "2026-03-02T09:00:00.000Z", updated_at: "2026-03-02T09:00:00.000Z" })
      .execute();
    const login = await new Client(t.app).post("/api/v1/auth/login", { email: "prod@example.fr", password: PASSWORD });
    expect(login.statusCode).toBe(200);
    expect(login.cookies.find((c) => c.name === "guichet_session")).toMatchObject({ secure: true, httpOnly: true, sameSite: "Lax" });
  });

  it("limits sign-ups per IP address", async () => {
    t = await createTestApp(dialect);
    const c = new Client(t.app);
    for (let i = 0; i < 20; i++) expect((await c.post("/api/v1/auth/signup", { email: `u${i}@example.fr`, password: PASSWORD, displayName: "U" })).statusCode).toBe(202);
    const limited = await c.post("/api/v1/auth/signup", { email: "u20@example.fr", password: PASSWORD, displayName: "U" });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe("RATE_LIMITED");
  });

  it("refuses a state-changing request that the browser marks cross-site, even without a session", async () => {
    t = await createTestApp(dialect);
    const forged = await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "sec-fetch-site": "cross-site" }, payload: { email: "a@example.fr", password: PASSWORD } });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe("CSRF_TOKEN_INVALID");
  });
});
