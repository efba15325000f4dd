import { describe, expect, it } from "vitest";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { Client, COMPANY_SIRET, type MailCatcher, newUser, OTHER_COMPANY_SIRET, PASSWORD, tokenIn, withAccountsApp } from "./support.js";

describe.each(testDialects())("accounts journey on %s", (dialect) => {
  let mail: MailCatcher;
  let t: TestApp;
  withAccountsApp(dialect, (app, catcher) => {
    [t, mail] = [app, catcher];
  });

  it("signs up, activates from the mail, logs in, creates the company, and a second user joins after approval", async () => {
    const anna = new Client(t.app);
    const signUp = await anna.post("/api/v1/auth/signup", { email: "Anna@Example.FR", password: PASSWORD, displayName: "Anna Martin" });
    expect(signUp.statusCode).toBe(202);
    const activation = await mail.waitFor("anna@example.fr", /activez votre compte/);
    expect(activation.text).toContain("https://guichet.example/activation#token=");
    const activated = await anna.post("/api/v1/auth/activate", { token: tokenIn(activation) });
    expect(activated.json()).toEqual({ ok: true, email: "anna@example.fr" });

    const login = await anna.post("/api/v1/auth/login", { email: "anna@example.fr", password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const session = login.cookies.find((c) => c.name === "guichet_session");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true, path: "/" });
    expect(login.cookies.find((c) => c.name === "guichet_csrf")?.httpOnly).toBeFalsy();

    const created = await anna.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Martin Plomberie", addressLine1: "3 rue du Port", postalCode: "06300", city: "Nice" } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ status: "ACTIVE", created: true });
    const me = (await anna.get("/api/v1/me")).json();
    expect(me.memberships).toEqual([expect.objectContaining({ siret: COMPANY_SIRET, structureName: "Martin Plomberie", role: "MANAGER", status: "ACTIVE" })]);

    const { client: bruno } = await newUser(t, mail, "bruno@example.fr");
    const asked = await bruno.post("/api/v1/memberships", { siret: COMPANY_SIRET, message: "Comptable" });
    expect(asked.json()).toMatchObject({ status: "PENDING", created: false });
    const notice = await mail.waitFor("anna@example.fr", /demande de rattachement/);
    expect(notice.text).toContain("bruno@example.fr");
    expect((await bruno.get(`/api/v1/structures/${COMPANY_SIRET}/users`)).statusCode).toBe(404);

    const pending = (await anna.get("/api/v1/memberships/pending")).json();
    expect(pending).toEqual([expect.objectContaining({ email: "bruno@example.fr", status: "PENDING", message: "Comptable" })]);
    const approved = await anna.post(`/api/v1/memberships/${pending[0].id}/approve`, {});
    expect(approved.statusCode).toBe(200);
    expect((await mail.waitFor("bruno@example.fr", /rattachement accepté/)).text).toContain("Martin Plomberie");

    const brunoMe = (await bruno.get("/api/v1/me")).json();
    expect(brunoMe.memberships).toEqual([expect.objectContaining({ siret: COMPANY_SIRET, role: "MEMBER", status: "ACTIVE", actions: expect.arrayContaining(["invoice.deposit"]) })]);
    const users = (await bruno.get(`/api/v1/structures/${COMPANY_SIRET}/users`)).json();
    expect(users.map((u: { email: string }) => u.email).sort()).toEqual(["anna@example.fr", "bruno@example.fr"]);
  });

  it("lets one user belong to several structures, with a role in each", async () => {
    const { client: owner } = await newUser(t, mail, "owner@example.fr");
    await owner.post("/api/v1/memberships", { siret: COMPANY_SIRET, company: { name: "Première SAS" } });
    const { client: other } = await newUser(t, mail, "other@example.fr");
    await other.post("/api/v1/memberships", { siret: OTHER_COMPANY_SIRET, company: { name: "Seconde SARL" } });
    const id = (await owner.post("/api/v1/memberships", { siret: OTHER_COMPANY_SIRET })).json().membershipId;
    await other.post(`/api/v1/memberships/${id}/approve`, {});
    const memberships = (await owner.get("/api/v1/me")).json().memberships.map((m: { siret: string; role: string; status: string }) => [m.siret, m.role, m.status]);
    expect(memberships).toEqual([
      [COMPANY_SIRET, "MANAGER", "ACTIVE"],
      [OTHER_COMPANY_SIRET, "MEMBER", "ACTIVE"],
    ]);
    expect((await owner.post(`/api/v1/structures/${COMPANY_SIRET}/api-clients`, { name: "ERP" })).statusCode).toBe(201);
    expect((await owner.post(`/api/v1/structures/${OTHER_COMPANY_SIRET}/api-clients`, { name: "ERP" })).json().code).toBe("FORBIDDEN");
  });

  it("logs out, logs out everywhere, and refuses a cookie-authenticated change without the CSRF token", async () => {
    const { client } = await newUser(t, mail, "carla@example.fr");
    const other = new Client(t.app);
    expect((await other.post("/api/v1/auth/login", { email: "carla@example.fr", password: PASSWORD })).statusCode).toBe(200);

    const forged = await client.request("POST", "/api/v1/memberships", { siret: COMPANY_SIRET }, { "x-csrf-token": "forged" });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe("CSRF_TOKEN_INVALID");
    const withoutHeader = await t.app.inject({ method: "POST", url: "/api/v1/auth/logout-everywhere", headers: { cookie: `guichet_session=${client.cookies.guichet_session}` } });
    expect(withoutHeader.json().code).toBe("CSRF_TOKEN_INVALID");

    expect((await client.post("/api/v1/auth/logout-everywhere")).statusCode).toBe(200);
    expect((await other.get("/api/v1/me")).statusCode).toBe(401);
    const third = new Client(t.app);
    await third.post("/api/v1/auth/login", { email: "carla@example.fr", password: PASSWORD });
    expect((await third.post("/api/v1/auth/logout")).statusCode).toBe(200);
    expect(third.cookies.guichet_session).toBeUndefined();
    const events = await t.deps.database.db.selectFrom("audit_log").select(["event", "ip"]).orderBy("id").execute();
    expect(events.map((e) => e.event)).toEqual(expect.arrayContaining(["account.signed_up", "account.activated", "login.succeeded", "logout.everywhere", "logout"]));
    expect(events.every((e) => e.ip === "127.0.0.1")).toBe(true);
  });

  it("expires an idle session after 12 hours", async () => {
    const { client } = await newUser(t, mail, "dora@example.fr");
    expect((await client.get("/api/v1/me")).statusCode).toBe(200);
    t.clock.advance(12 * 3600_000 + 1000);
    const expired = await client.get("/api/v1/me");
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe("UNAUTHENTICATED");
  });
});
