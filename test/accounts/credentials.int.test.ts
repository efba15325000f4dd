import { describe, expect, it } from "vitest";
import { warnExpiringApiClients } from "../../src/modules/accounts/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { Client, COMPANY_SIRET, type MailCatcher, newUser, PASSWORD, tokenIn, withAccountsApp } from "./support.js";

const NEW_PASSWORD = "Encore-un-autre-secret-99";

describe.each(testDialects())("passwords, e-mail change and API credentials on %s", (dialect) => {
  let mail: MailCatcher;
  let t: TestApp;
  withAccountsApp(dialect, (app, catcher) => {
    [t, mail] = [app, catcher];
  });

  it("resets a forgotten password by e-mail, closes every session, and answers the same for an unknown address", async () => {
    const { client } = await newUser(t, mail, "alice@example.fr");
    const c = new Client(t.app);
    const known = await c.post("/api/v1/auth/reset/request", { email: "alice@example.fr" });
    const unknown = await c.post("/api/v1/auth/reset/request", { email: "ghost@example.fr" });
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(unknown.body);
    const token = tokenIn(await mail.waitFor("alice@example.fr", /réinitialisation/));
    expect((await c.post("/api/v1/auth/reset", { token, password: "trop-court" })).json().code).toBe("PASSWORD_TOO_SHORT");
    expect((await c.post("/api/v1/auth/reset", { token, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await c.post("/api/v1/auth/reset", { token, password: NEW_PASSWORD })).json().code).toBe("TOKEN_ALREADY_USED");
    expect((await client.get("/api/v1/me")).statusCode).toBe(401);
    expect((await c.post("/api/v1/auth/login", { email: "alice@example.fr", password: PASSWORD })).json().code).toBe("INVALID_CREDENTIALS");
    expect((await c.post("/api/v1/auth/login", { email: "alice@example.fr", password: NEW_PASSWORD })).statusCode).toBe(200);
    await mail.waitFor("alice@example.fr", /mot de passe modifié/);
  });

  it("activates through a reset link an account whose activation link was lost", async () => {
    const c = new Client(t.app);
    await c.post("/api/v1/auth/signup", { email: "lost@example.fr", password: PASSWORD, displayName: "Lost" });
    await mail.waitFor("lost@example.fr", /activez/);
    t.clock.advance(2 * 3600_000);
    await c.post("/api/v1/auth/reset/request", { email: "lost@example.fr" });
    const token = tokenIn(await mail.waitFor("lost@example.fr", /réinitialisation/));
    expect((await c.post("/api/v1/auth/reset", { token, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await c.post("/api/v1/auth/login", { email: "lost@example.fr", password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it("limits reset mails per address", async () => {
    const c = new Client(t.app);
    for (let i = 0; i < 3; i++) expect((await c.post("/api/v1/auth/reset/request", { email: "ghost@example.fr" })).statusCode).toBe(202);
    expect((await c.post("/api/v1/auth/reset/request", { email: "ghost@example.fr" })).json().code).toBe("RATE_LIMITED");
  });

  it("changes the password (current one required) and keeps only the current session", async () => {
    const { client } = await newUser(t, mail, "bob@example.fr");
    const elsewhere = new Client(t.app);
    await elsewhere.post("/api/v1/auth/login", { email: "bob@example.fr", password: PASSWORD });
    const wrong = await client.post("/api/v1/me/password", { currentPassword: "Pas-le-mot-de-passe", newPassword: NEW_PASSWORD });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: "INVALID_CREDENTIALS", field: "currentPassword" });
    expect((await client.post("/api/v1/me/password", { currentPassword: PASSWORD, newPassword: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await client.get("/api/v1/me")).statusCode).toBe(200);
    expect((await elsewhere.get("/api/v1/me")).statusCode).toBe(401);
  });

  it("changes the login address only once the new address confirms, and tells the old one", async () => {
    const { client } = await newUser(t, mail, "carl@example.fr");
    expect((await client.post("/api/v1/me/email", { newEmail: "carl.new@example.fr", password: PASSWORD })).statusCode).toBe(202);
    expect((await client.get("/api/v1/me")).json().email).toBe("carl@example.fr");
    const token = tokenIn(await mail.waitFor("carl.new@example.fr", /nouvelle adresse/));
    expect((await new Client(t.app).post("/api/v1/auth/email/confirm", { token })).json()).toEqual({ ok: true, email: "carl.new@example.fr" });
    expect((await client.get("/api/v1/me")).json().email).toBe("carl.new@example.fr");
    await mail.waitFor("carl@example.fr", /adresse de connexion modifiée/);
    expect((await new Client(t.app).post("/api/v1/auth/login", { email: "carl.new@example.fr", password: PASSWORD })).statusCode).toBe(200);
  });

  it("creates named API credentials, issues one-hour bearer tokens carrying the structure, and revokes them", async () => {
    const { client } = await newUser(t, mail, "dan@example.fr");
    await client.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Dan SAS" } });
    const created = await client.post(`/api/v1/structures/${COMPANY_SIRET}/api-clients`, { name: "ERP production" });
    expect(created.statusCode).toBe(201);
    const { clientId, clientSecret } = created.json();
    const second = (await client.post(`/api/v1/structures/${COMPANY_SIRET}/api-clients`, { name: "ERP rotation" })).json();
    const listed = (await client.get(`/api/v1/structures/${COMPANY_SIRET}/api-clients`)).json();
    expect(listed.map((c: { name: string }) => c.name).sort()).toEqual(["ERP production", "ERP rotation"]);
    expect(JSON.stringify(listed)).not.toContain(clientSecret);
    const stored = await t.deps.database.db.selectFrom("api_clients").select("secret_hash").where("client_id", "=", clientId).executeTakeFirstOrThrow();
    expect(stored.secret_hash).not.toContain(clientSecret);

    const form = await t.app.inject({ method: "POST", url: "/api/oauth/token", headers: { "content-type": "application/x-www-form-urlencoded" }, payload: `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}` });
    expect(form.statusCode).toBe(200);
    expect(form.json()).toMatchObject({ token_type: "Bearer", expires_in: 3600, structure_siret: COMPANY_SIRET, role: "MEMBER" });
    const basic = Buffer.from(`${second.clientId}:${second.clientSecret}`).toString("base64");
    const viaBasic = await t.app.inject({ method: "POST", url: "/api/oauth/token", headers: { authorization: `Basic ${basic}` }, payload: { grant_type: "client_credentials" } });
    expect(viaBasic.statusCode).toBe(200);

    const bearer = { authorization: `Bearer ${form.json().access_token}` };
    const users = await t.app.inject({ method: "GET", url: `/api/v1/structures/${COMPANY_SIRET}/users`, headers: bearer });
    expect(users.statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/structures/${COMPANY_SIRET}/api-clients`, headers: bearer })).json().code).toBe("FORBIDDEN");
    expect((await t.app.inject({ method: "POST", url: "/api/v1/memberships", headers: bearer, payload: { siret: COMPANY_SIRET } })).json().code).toBe("FORBIDDEN");

    t.clock.advance(3600_000 + 1000);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/structures/${COMPANY_SIRET}/users`, headers: bearer })).statusCode).toBe(401);
    const fresh = (await t.app.inject({ method: "POST", url: "/api/oauth/token", payload: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret } })).json();
    expect((await client.delete(`/api/v1/structures/${COMPANY_SIRET}/api-clients/${clientId}`)).statusCode).toBe(200);
    expect((await t.app.inject({ method: "GET", url: `/api/v1/structures/${COMPANY_SIRET}/users`, headers: { authorization: `Bearer ${fresh.access_token}` } })).statusCode).toBe(401);
    const again = await t.app.inject({ method: "POST", url: "/api/oauth/token", payload: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret } });
    expect(again.json()).toMatchObject({ code: "INVALID_CLIENT", error: "invalid_client" });
  });

  it("warns managers by e-mail before credentials with an end date stop, once, and refuses them after", async () => {
    const { client } = await newUser(t, mail, "eva@example.fr");
    await client.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Eva SARL" } });
    const in20days = new Date(t.clock.now().getTime() + 20 * 86400_000).toISOString();
    const { clientId, clientSecret } = (await client.post(`/api/v1/structures/${COMPANY_SIRET}/api-clients`, { name: "ERP", expiresAt: in20days })).json();
    expect(await warnExpiringApiClients(t.deps)).toBe(0);
    t.clock.advance(7 * 86400_000);
    expect(await warnExpiringApiClients(t.deps)).toBe(1);
    expect((await mail.waitFor("eva@example.fr", /bientôt expirés/)).text).toContain(in20days.slice(0, 10));
    expect(await warnExpiringApiClients(t.deps)).toBe(0);
    t.clock.advance(14 * 86400_000);
    const refused = await t.app.inject({ method: "POST", url: "/api/oauth/token", payload: { grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret } });
    expect(refused.json().code).toBe("INVALID_CLIENT");
  });

  it("lets the platform administrator appoint a manager of a structure stuck without one", async () => {
    const { client: admin, userId: adminId } = await newUser(t, mail, "root@example.fr");
    await t.deps.database.db.updateTable("users").set({ is_platform_admin: 1 }).where("id", "=", adminId).execute();
    const { client: owner } = await newUser(t, mail, "fanny@example.fr");
    await owner.post("/api/v1/memberships", { siret: "22060001900016" });
    const waiting = (await admin.get("/api/v1/admin/structures-without-manager")).json();
    expect(waiting).toEqual([expect.objectContaining({ siret: "22060001900016", pending: 1 })]);
    expect((await owner.get("/api/v1/admin/structures-without-manager")).json().code).toBe("FORBIDDEN");
    expect((await owner.post("/api/v1/admin/structures/22060001900016/managers", { email: "fanny@example.fr" })).json().code).toBe("FORBIDDEN");
    expect((await admin.post("/api/v1/admin/structures/22060001900016/managers", { email: "nobody@example.fr" })).json().code).toBe("USER_NOT_FOUND");
    expect((await admin.post("/api/v1/admin/structures/22060001900016/managers", { email: "fanny@example.fr" })).statusCode).toBe(200);
    expect((await owner.get("/api/v1/me")).json().memberships[0]).toMatchObject({ role: "MANAGER", status: "ACTIVE" });
    await mail.waitFor("fanny@example.fr", /vous êtes gestionnaire/);
  });
});
