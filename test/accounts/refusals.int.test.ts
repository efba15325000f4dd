import { describe, expect, it } from "vitest";
import { totpAt } from "../../src/modules/accounts/domain/totp.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { appoint, Client, COMPANY_SIRET, createAccountsApp, type MailCatcher, newUser, PASSWORD, PUBLIC_SIRET, tokenIn, withAccountsApp } from "./support.js";

// Every refusal path of the accounts API answers problem+json with a stable code, a French detail and the field.

function expectProblem(response: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown> }, status: number, code: string, field?: string) {
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = response.json();
  expect({ status: response.statusCode, code: body.code }).toEqual({ status, code });
  expect(typeof body.detail).toBe("string");
  if (field) expect(body.field).toBe(field);
}

describe.each(testDialects())("accounts refusals on %s", (dialect) => {
  let mail: MailCatcher;
  let t: TestApp;
  withAccountsApp(dialect, (app, catcher) => {
    [t, mail] = [app, catcher];
  });

  it("refuses short and common passwords at sign-up", async () => {
    const c = new Client(t.app);
    expectProblem(await c.post("/api/v1/auth/signup", { email: "a@example.fr", password: "court", displayName: "A" }), 400, "PASSWORD_TOO_SHORT", "password");
    expectProblem(await c.post("/api/v1/auth/signup", { email: "a@example.fr", password: "motdepasse123", displayName: "A" }), 400, "PASSWORD_TOO_COMMON", "password");
    expectProblem(await c.post("/api/v1/auth/signup", { email: "a@example.fr", password: "azertyuiop2024", displayName: "A" }), 400, "PASSWORD_TOO_COMMON", "password");
    expectProblem(await c.post("/api/v1/auth/signup", { email: "pas-une-adresse", password: PASSWORD, displayName: "A" }), 400, "VALIDATION_FAILED", "email");
  });

  it("answers the same to a sign-up with a known address, and mails its owner instead", async () => {
    await newUser(t, mail, "eve@example.fr");
    const c = new Client(t.app);
    const again = await c.post("/api/v1/auth/signup", { email: "eve@example.fr", password: "Un-autre-mot-de-passe-7", displayName: "X" });
    const fresh = await c.post("/api/v1/auth/signup", { email: "new@example.fr", password: "Un-autre-mot-de-passe-7", displayName: "X" });
    expect(again.statusCode).toBe(202);
    expect(again.body).toBe(fresh.body);
    await mail.waitFor("eve@example.fr", /déjà un compte/);
  });

  it("refuses a bad password exactly like an unknown account, then locks the address with a delay", async () => {
    await newUser(t, mail, "fred@example.fr");
    const c = new Client(t.app);
    const wrong = await c.post("/api/v1/auth/login", { email: "fred@example.fr", password: "Pas-le-bon-mot-de-passe" });
    const unknown = await c.post("/api/v1/auth/login", { email: "nobody@example.fr", password: "Pas-le-bon-mot-de-passe" });
    expectProblem(wrong, 401, "INVALID_CREDENTIALS");
    expect(wrong.body).toBe(unknown.body);
    for (let i = 0; i < 5; i++) await c.post("/api/v1/auth/login", { email: "fred@example.fr", password: "Pas-le-bon-mot-de-passe" });
    const locked = await c.post("/api/v1/auth/login", { email: "fred@example.fr", password: PASSWORD });
    expectProblem(locked, 429, "RATE_LIMITED");
    expect(locked.json().retryAfterSeconds).toBeGreaterThan(0);
    t.clock.advance(61_000);
    expect((await c.post("/api/v1/auth/login", { email: "fred@example.fr", password: PASSWORD })).statusCode).toBe(200);
  });

  it("refuses to log in a pending account, an expired activation link and a replayed one", async () => {
    const c = new Client(t.app);
    await c.post("/api/v1/auth/signup", { email: "gus@example.fr", password: PASSWORD, displayName: "Gus" });
    const first = tokenIn(await mail.waitFor("gus@example.fr", /activez/));
    expectProblem(await c.post("/api/v1/auth/login", { email: "gus@example.fr", password: PASSWORD }), 403, "ACCOUNT_NOT_ACTIVATED");
    t.clock.advance(61 * 60_000);
    expectProblem(await c.post("/api/v1/auth/activate", { token: first }), 410, "TOKEN_EXPIRED", "token");
    expectProblem(await c.post("/api/v1/auth/activate", { token: "x".repeat(43) }), 400, "TOKEN_INVALID", "token");

    const before = mail.countTo("gus@example.fr");
    expect((await c.post("/api/v1/auth/activate/resend", { email: "gus@example.fr" })).statusCode).toBe(202);
    const second = tokenIn(await mail.waitFor("gus@example.fr", /activez/, { after: before }));
    expect((await c.post("/api/v1/auth/activate", { token: second })).statusCode).toBe(200);
    expectProblem(await c.post("/api/v1/auth/activate", { token: second }), 410, "TOKEN_ALREADY_USED", "token");
  });

  it("asks for the TOTP code, refuses a wrong or replayed one, and accepts a recovery code once", async () => {
    const { client } = await newUser(t, mail, "hana@example.fr");
    const setup = (await client.post("/api/v1/auth/totp/setup")).json();
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\/.*secret=/);
    expectProblem(await client.post("/api/v1/auth/totp/enable", { code: "000000" === totpAt(setup.secret, t.clock.now()) ? "111111" : "000000" }), 401, "TOTP_INVALID", "code");
    const enabled = await client.post("/api/v1/auth/totp/enable", { code: totpAt(setup.secret, t.clock.now()) });
    const { recoveryCodes } = enabled.json();
    expect(recoveryCodes).toHaveLength(10);

    const c = new Client(t.app);
    expectProblem(await c.post("/api/v1/auth/login", { email: "hana@example.fr", password: PASSWORD }), 401, "TOTP_REQUIRED", "totpCode");
    const sameStep = totpAt(setup.secret, t.clock.now());
    expectProblem(await c.post("/api/v1/auth/login", { email: "hana@example.fr", password: PASSWORD, totpCode: sameStep }), 401, "TOTP_INVALID", "totpCode");
    t.clock.advance(30_000);
    const good = totpAt(setup.secret, t.clock.now());
    expect((await c.post("/api/v1/auth/login", { email: "hana@example.fr", password: PASSWORD, totpCode: good })).statusCode).toBe(200);
    expectProblem(await new Client(t.app).post("/api/v1/auth/login", { email: "hana@example.fr", password: PASSWORD, totpCode: good }), 401, "TOTP_INVALID");

    const recovery = recoveryCodes[0].toUpperCase();
    expect((await new Client(t.app).post("/api/v1/auth/login", { email: "hana@example.fr", password: PASSWORD, recoveryCode: recovery })).statusCode).toBe(200);
    expectProblem(await new Client(t.app).post("/api/v1/auth/login", { email: "hana@example.fr", password: PASSWORD, recoveryCode: recovery }), 401, "TOTP_INVALID", "recoveryCode");
    await mail.waitFor("hana@example.fr", /code de secours/);
    expect((await client.get("/api/v1/me")).json()).toMatchObject({ totpEnabled: true, recoveryCodesLeft: 9 });
  });

  it("stores the TOTP seed sealed, never as the secret the app shows, and still accepts a seed stored in clear before", async () => {
    const { client } = await newUser(t, mail, "ines@example.fr");
    const setup = (await client.post("/api/v1/auth/totp/setup")).json();
    expect((await client.post("/api/v1/auth/totp/enable", { code: totpAt(setup.secret, t.clock.now()) })).statusCode).toBe(200);
    const db = t.deps.database.db;
    const row = await db.selectFrom("users").select(["id", "totp_secret"]).where("email", "=", "ines@example.fr").executeTakeFirstOrThrow();
    expect(row.totp_secret).toHaveLength(64);
    expect(row.totp_secret).not.toContain(setup.secret);
    t.clock.advance(30_000);
    expect((await new Client(t.app).post("/api/v1/auth/login", { email: "ines@example.fr", password: PASSWORD, totpCode: totpAt(setup.secret, t.clock.now()) })).statusCode).toBe(200);
    // A seed written in clear by an earlier version keeps working.
    await db.updateTable("users").set({ totp_secret: setup.secret }).where("id", "=", row.id).execute();
    t.clock.advance(30_000);
    expect((await new Client(t.app).post("/api/v1/auth/login", { email: "ines@example.fr", password: PASSWORD, totpCode: totpAt(setup.secret, t.clock.now()) })).statusCode).toBe(200);
  });

  it("refuses an unknown SIRET without company details, a mistyped SIRET, and a request to a structure one belongs to", async () => {
    const { client } = await newUser(t, mail, "ines@example.fr");
    const unknown = await client.post("/api/v1/memberships", { siret: COMPANY_SIRET });
    expectProblem(unknown, 404, "STRUCTURE_NOT_FOUND", "siret");
    expect(unknown.json().canCreate).toBe(true);
    expectProblem(await client.post("/api/v1/memberships", { siret: "73282932000075" }), 400, "SIRET_INVALID_CHECKSUM", "siret");
    await client.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Ines SAS" } });
    expectProblem(await client.post("/api/v1/memberships", { siret: COMPANY_SIRET }), 409, "ALREADY_MEMBER", "siret");
    await client.post("/api/v1/memberships", { siret: PUBLIC_SIRET });
    expectProblem(await client.post("/api/v1/memberships", { siret: PUBLIC_SIRET }), 409, "MEMBERSHIP_PENDING", "siret");
  });

  it("refuses approval by a member who is not a manager (403) and by an outsider (404), and a second decision", async () => {
    const { client: manager } = await newUser(t, mail, "jo@example.fr");
    await manager.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Jo SARL" } });
    const { client: member } = await newUser(t, mail, "kim@example.fr");
    const kimRequest = (await member.post("/api/v1/memberships", { siret: COMPANY_SIRET })).json().membershipId;
    await manager.post(`/api/v1/memberships/${kimRequest}/approve`, {});
    const { client: newcomer } = await newUser(t, mail, "lou@example.fr");
    const louRequest = (await newcomer.post("/api/v1/memberships", { siret: COMPANY_SIRET })).json().membershipId;
    const { client: outsider } = await newUser(t, mail, "max@example.fr");

    expectProblem(await member.post(`/api/v1/memberships/${louRequest}/approve`, {}), 403, "FORBIDDEN");
    expectProblem(await outsider.post(`/api/v1/memberships/${louRequest}/approve`, {}), 404, "STRUCTURE_NOT_FOUND");
    expectProblem(await newcomer.post(`/api/v1/memberships/${louRequest}/approve`, {}), 404, "STRUCTURE_NOT_FOUND");
    expect((await manager.post(`/api/v1/memberships/${louRequest}/refuse`, { reason: "Inconnu" })).statusCode).toBe(200);
    expect((await mail.waitFor("lou@example.fr", /rattachement refusé/)).text).toContain("Inconnu");
    expectProblem(await manager.post(`/api/v1/memberships/${louRequest}/approve`, {}), 409, "MEMBERSHIP_NOT_PENDING");
    expectProblem(await manager.post("/api/v1/memberships/999999/approve", {}), 404, "NOT_FOUND");
  });

  it("keeps at least one manager: the last one cannot leave, be demoted or removed without a successor", async () => {
    const { client: manager, userId: managerId } = await newUser(t, mail, "nina@example.fr");
    const own = (await manager.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Nina EURL" } })).json().membershipId;
    const { client: member, userId: memberId } = await newUser(t, mail, "oscar@example.fr");
    const request = (await member.post("/api/v1/memberships", { siret: COMPANY_SIRET })).json().membershipId;
    await manager.post(`/api/v1/memberships/${request}/approve`, {});

    expectProblem(await manager.post(`/api/v1/memberships/${own}/leave`, {}), 409, "LAST_MANAGER", "successorUserId");
    expectProblem(await manager.patch(`/api/v1/structures/${COMPANY_SIRET}/users/${managerId}`, { role: "MEMBER" }), 409, "LAST_MANAGER");
    expectProblem(await manager.delete(`/api/v1/structures/${COMPANY_SIRET}/users/${managerId}`), 409, "LAST_MANAGER");
    expectProblem(await manager.patch(`/api/v1/structures/${COMPANY_SIRET}/users/${memberId}`, { role: "AGENT" }), 400, "ROLE_NOT_ALLOWED", "role");
    expectProblem(await member.delete(`/api/v1/structures/${COMPANY_SIRET}/users/${managerId}`), 403, "FORBIDDEN");

    expect((await manager.post(`/api/v1/memberships/${own}/leave`, { successorUserId: memberId })).statusCode).toBe(200);
    const users = (await member.get(`/api/v1/structures/${COMPANY_SIRET}/users`)).json();
    expect(users).toEqual([expect.objectContaining({ email: "oscar@example.fr", role: "MANAGER" })]);
    expect((await manager.get(`/api/v1/structures/${COMPANY_SIRET}/users`)).statusCode).toBe(404);
  });

  it("lets a public structure's manager scope an agent to known services only", async () => {
    const { client: manager } = await newUser(t, mail, "paul@example.fr");
    await appoint(t, PUBLIC_SIRET, "paul@example.fr");
    const { client: agent, userId: agentId } = await newUser(t, mail, "rose@example.fr");
    const id = (await agent.post("/api/v1/memberships", { siret: PUBLIC_SIRET })).json().membershipId;
    expectProblem(await manager.post(`/api/v1/memberships/${id}/approve`, { role: "MEMBER" }), 400, "ROLE_NOT_ALLOWED", "role");
    expectProblem(await manager.post(`/api/v1/memberships/${id}/approve`, { serviceCodes: ["NOPE"] }), 400, "SERVICE_UNKNOWN", "serviceCodes");
    expect((await manager.post(`/api/v1/memberships/${id}/approve`, { role: "AGENT", serviceCodes: ["DRIT"] })).statusCode).toBe(200);
    const me = (await agent.get("/api/v1/me")).json();
    expect(me.memberships[0]).toMatchObject({ role: "AGENT", allServices: false, serviceCodes: ["DRIT"] });
    expect((await manager.patch(`/api/v1/structures/${PUBLIC_SIRET}/users/${agentId}`, { allServices: true })).statusCode).toBe(200);
    expect((await agent.get("/api/v1/me")).json().memberships[0]).toMatchObject({ allServices: true, serviceCodes: [] });
  });

  it("refuses manager actions until 2FA is on when the platform requires it", async () => {
    await t.close();
    t = await createAccountsApp(dialect, mail, { REQUIRE_2FA_FOR_MANAGERS: "true" });
    const { client } = await newUser(t, mail, "sam@example.fr");
    await client.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Sam SA" } });
    expect((await client.get("/api/v1/me")).json().totpRequired).toBe(true);
    expectProblem(await client.post(`/api/v1/structures/${COMPANY_SIRET}/api-clients`, { name: "ERP" }), 403, "SECOND_FACTOR_REQUIRED");
    const setup = (await client.post("/api/v1/auth/totp/setup")).json();
    await client.post("/api/v1/auth/totp/enable", { code: totpAt(setup.secret, t.clock.now()) });
    expect((await client.post(`/api/v1/structures/${COMPANY_SIRET}/api-clients`, { name: "ERP" })).statusCode).toBe(201);
  });

  it("refuses an unknown or revoked API client and a foreign grant type", async () => {
    const c = new Client(t.app);
    expectProblem(await c.post("/api/oauth/token", { grant_type: "client_credentials", client_id: "gch_x", client_secret: "y" }), 401, "INVALID_CLIENT");
    expectProblem(await c.post("/api/oauth/token", { grant_type: "password" }), 400, "UNSUPPORTED_GRANT_TYPE", "grant_type");
    expectProblem(await c.get("/api/v1/me"), 401, "UNAUTHENTICATED");
    expectProblem(await c.request("GET", "/api/v1/me", undefined, { authorization: "Bearer nope" }), 401, "UNAUTHENTICATED");
  });
});
