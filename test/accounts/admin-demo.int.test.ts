import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { runAdmin } from "../../src/cli/admin.command.js";
import { createDemoAccounts, DEMO_ACCOUNTS } from "../../src/modules/accounts/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { Client, createAccountsApp, type MailCatcher, newUser, PUBLIC_SIRET, startMailCatcher } from "./support.js";

const DEMO_PASSWORD = "Demo-Guichet-2026-test";

describe.each(testDialects())("demo accounts and `guichet admin` on %s", (dialect) => {
  let mail: MailCatcher;
  let t: TestApp;
  beforeAll(async () => {
    mail = await startMailCatcher();
  });
  afterAll(async () => {
    await mail.close();
  });
  beforeEach(async () => {
    t = await createAccountsApp(dialect, mail, { GUICHET_DEMO_PASSWORD: DEMO_PASSWORD });
  });
  afterEach(async () => {
    await t.close();
  });

  it("creates the demo company and accounts once, on a new database, and prints them", async () => {
    const printed: string[] = [];
    expect(await createDemoAccounts(t.deps, (l) => printed.push(l))).toBe(true);
    expect(printed.join("\n")).toContain(DEMO_PASSWORD);
    for (const account of DEMO_ACCOUNTS) expect(printed.join("\n")).toContain(account.email);
    expect(await createDemoAccounts(t.deps, () => {})).toBe(false);

    const supplier = new Client(t.app);
    expect((await supplier.post("/api/v1/auth/login", { email: "fournisseur@guichet.test", password: DEMO_PASSWORD })).statusCode).toBe(200);
    expect((await supplier.get("/api/v1/me")).json().memberships).toEqual([expect.objectContaining({ siret: "89900000400015", structureName: "Démo Fournitures SARL", role: "MANAGER" })]);
    const agent = new Client(t.app);
    await agent.post("/api/v1/auth/login", { email: "agent.drit@guichet.test", password: DEMO_PASSWORD });
    expect((await agent.get("/api/v1/me")).json().memberships).toEqual([expect.objectContaining({ siret: PUBLIC_SIRET, role: "AGENT", allServices: false, serviceCodes: ["DRIT"] })]);
    const manager = new Client(t.app);
    await manager.post("/api/v1/auth/login", { email: "gestionnaire.cd06@guichet.test", password: DEMO_PASSWORD });
    expect((await manager.get(`/api/v1/structures/${PUBLIC_SIRET}/users`)).json()).toHaveLength(2);
  });

  it("never creates demo accounts in production", async () => {
    const production = { ...t.deps, config: { ...t.deps.config, production: true } };
    expect(await createDemoAccounts(production, () => {})).toBe(false);
    expect(await t.deps.database.db.selectFrom("users").select("id").execute()).toEqual([]);
  });

  it("appoints a manager and grants the administrator role from the command line", async () => {
    await newUser(t, mail, "boss@example.fr");
    const out: string[] = [];
    expect(await runAdmin(t.deps, ["appoint-manager", PUBLIC_SIRET, "boss@example.fr"], (l) => out.push(l))).toBe(0);
    expect(await runAdmin(t.deps, ["appoint-manager", PUBLIC_SIRET, "nobody@example.fr"], (l) => out.push(l))).toBe(1);
    expect(await runAdmin(t.deps, ["grant", "boss@example.fr"], (l) => out.push(l))).toBe(0);
    expect(await runAdmin(t.deps, ["bogus"], (l) => out.push(l))).toBe(2);
    expect(out[1]).toContain("Aucun compte actif");
    const row = await t.deps.database.db.selectFrom("memberships").select(["role", "status"]).where("structure_siret", "=", PUBLIC_SIRET).executeTakeFirstOrThrow();
    expect(row).toEqual({ role: "MANAGER", status: "ACTIVE" });
    const admin = await t.deps.database.db.selectFrom("users").select("is_platform_admin").where("email", "=", "boss@example.fr").executeTakeFirstOrThrow();
    expect(Number(admin.is_platform_admin)).toBe(1);
  });
});
