import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoAccounts } from "../../src/modules/accounts/index.js";
import { runFiles } from "../../src/cli/files.command.js";
import { remindDrafts } from "../../src/modules/invoices/remind-drafts.js";
import { ORPHAN_GRACE_MS, sweepOrphanFiles } from "../../src/modules/invoices/sweep-orphan-files.js";
import { startMailCatcher, type MailCatcher } from "../accounts/support.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { ciiInvoice, DEMO_SUPPLIER, RECIPIENT, seedDirectory } from "./factories.js";
import { DEMO_PASSWORD, depositParts, logIn, multipart, type Session, SUPPLIER_EMAIL } from "./http-helpers.js";

const DAY = 24 * 3600_000;

describe.each(testDialects())("invoice background jobs on %s", (dialect) => {
  let t: TestApp;
  let mail: MailCatcher;
  let supplier: Session;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await createTestApp(dialect, { env: { GUICHET_DEMO_PASSWORD: DEMO_PASSWORD, SMTP_URL: mail.url, PUBLIC_URL: "https://guichet.example" } });
    await seedDirectory(t.deps.database.db);
    await createDemoAccounts(t.deps, () => undefined);
    supplier = await logIn(t, SUPPLIER_EMAIL);
  });
  afterAll(async () => {
    await t.close();
    await mail.close();
  });

  const form = (number: string) => ({
    supplierSiret: DEMO_SUPPLIER,
    recipientSiret: RECIPIENT,
    serviceCode: "SERVEXEC",
    number,
    issueDate: "2026-02-28",
    lines: [{ description: "Prestation", quantity: "2", unit: "C62", unitPrice: "50", vatRate: "20" }],
  });

  async function saveDraft(number: string): Promise<string> {
    const res = await t.app.inject({ method: "POST", url: "/api/v1/invoices/drafts", headers: supplier.headers, payload: form(number) });
    expect(res.statusCode).toBe(201);
    return res.json().invoice.id;
  }

  it("mails the author of a draft left 2 days unsent, once, and never for a sent one", async () => {
    const early = await saveDraft("RAP-1");
    t.clock.advance(DAY);
    supplier = await logIn(t, SUPPLIER_EMAIL); // the session went idle meanwhile
    const later = await saveDraft("RAP-2");
    expect(await remindDrafts(t.deps)).toBe(0);

    t.clock.advance(DAY + 60_000); // RAP-1 is now 2 days old, RAP-2 one
    const before = mail.countTo(SUPPLIER_EMAIL);
    expect(await remindDrafts(t.deps)).toBe(1);
    const reminder = await mail.waitFor(SUPPLIER_EMAIL, /brouillon de facture jamais envoyé/, { after: before });
    expect(reminder.text).toContain("RAP-1");
    expect(reminder.text).toContain(`https://guichet.example/factures/${early}`);
    expect(reminder.text).toContain("DEPARTEMENT TEST");
    expect(reminder.text).toContain("120,00 € TTC");
    expect(await remindDrafts(t.deps)).toBe(0); // once

    // RAP-2 is sent before its 2 days: no reminder for it, ever.
    supplier = await logIn(t, SUPPLIER_EMAIL);
    const sent = await t.app.inject({ method: "POST", url: `/api/v1/invoices/${later}/actions`, headers: supplier.headers, payload: { action: "DEPOSER" } });
    expect(sent.statusCode).toBeLessThan(300);
    t.clock.advance(3 * DAY);
    expect(await remindDrafts(t.deps)).toBe(0);
    expect(mail.countTo(SUPPLIER_EMAIL)).toBe(before + 1);
  });

  it("removes unreferenced files older than the grace period, and keeps referenced or young ones", async () => {
    supplier = await logIn(t, SUPPLIER_EMAIL);
    const body = multipart(depositParts(ciiInvoice({ seller: DEMO_SUPPLIER, number: "ORPH-1" }), { recipientSiret: RECIPIENT }));
    const deposited = await t.app.inject({ method: "POST", url: "/api/v1/invoices", payload: body.payload, headers: { ...supplier.headers, ...body.headers } });
    expect(deposited.statusCode).toBe(201);
    const originalSha = deposited.json().originalSha256 as string;

    const files = t.deps.files;
    const oldOrphan = await files.put(new TextEncoder().encode("left by a crash between file write and commit"));
    const youngOrphan = await files.put(new TextEncoder().encode("a deposit in flight"));
    // Storage times are wall-clock times: place them relative to the test's fixed clock. These small files are rows of
    // the database (docs/adr/0008).
    const touch = (sha: string, at: number) => t.deps.database.db.updateTable("stored_files").set({ stored_at: new Date(at).toISOString() }).where("sha256", "=", sha).execute();
    const now = t.clock.now().getTime();
    await touch(oldOrphan, now - 2 * ORPHAN_GRACE_MS);
    await touch(originalSha, now - 30 * DAY);
    await touch(youngOrphan, now - ORPHAN_GRACE_MS / 2);

    const report = await sweepOrphanFiles(t.deps);
    expect(report.removed).toEqual([oldOrphan]);
    expect(report.young).toBe(1);
    expect(await files.has(oldOrphan)).toBe(false);
    expect(await files.has(youngOrphan)).toBe(true);
    expect(await files.has(originalSha)).toBe(true);

    // Stored again by a new deposit (same bytes), an old orphan is young again and survives the next sweep.
    await touch(youngOrphan, now - 2 * ORPHAN_GRACE_MS);
    await files.put(new TextEncoder().encode("a deposit in flight"));
    t.clock.set(new Date()); // file times were just refreshed by the real clock
    expect((await sweepOrphanFiles(t.deps)).removed).toEqual([]);
    expect(await files.has(youngOrphan)).toBe(true);
  });

  it("runs the sweep from the command line, refusing a grace period under one hour", async () => {
    const lines: string[] = [];
    expect(await runFiles(t.deps, ["sweep", "--grace-minutes", "5"], (l) => lines.push(l))).toBe(2);
    expect(lines.pop()).toContain("au moins 60");
    const orphan = await t.deps.files.put(new TextEncoder().encode("orphan for the command line"));
    t.clock.set(new Date(Date.now() + 3 * ORPHAN_GRACE_MS));
    expect(await runFiles(t.deps, ["sweep", "--grace-minutes", "120"], (l) => lines.push(l))).toBe(0);
    // This orphan and the one left by the previous test.
    expect(lines.pop()).toMatch(/2 fichier\(s\) orphelin\(s\) supprimé\(s\)/);
    expect(await t.deps.files.has(orphan)).toBe(false);
  });
});
