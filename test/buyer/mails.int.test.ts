import { describe, expect, it } from "vitest";
import type { KeptMail } from "../../src/mail/mailer.js";
import { sendDailyDigests } from "../../src/modules/buyer/index.js";
import { drainOutbox, outboxHandlers } from "../../src/modules/notifications/index.js";
import type { TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { AGENT_EMAIL, BUYER_MANAGER_EMAIL, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";
import { depositTo, processRequest, withBuyerApp } from "./support.js";

// Invoice mails from the outbox (test mailbox of the app): agents hear of new invoices at once or in a daily digest,
// suppliers of the buyer's status changes, each by preference, and no mail goes out twice.

describe.each(testDialects())("invoice mails on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  let agent: Session;

  withBuyerApp(dialect, (c) => {
    ({ t, supplier, manager, agent } = c);
  });

  const drain = () => drainOutbox(t.deps, outboxHandlers());
  const mails = (): KeptMail[] => (t.deps.mailer.kept?.() ?? []).slice().reverse();
  const to = (email: string, subject: RegExp) => mails().filter((m) => m.to === email && subject.test(m.subject));
  const setPreferences = async (session: Session, body: Record<string, unknown>) => {
    const res = await t.app.inject({ method: "PUT", url: "/api/v1/me/notification-preferences", headers: session.headers, payload: body });
    expect(res.statusCode).toBe(200);
  };
  const relogin = async () => {
    [supplier, manager, agent] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL), await logIn(t, AGENT_EMAIL)];
  };

  it("tells the agents of the service about a new invoice at once, once, even when the outbox runs the entry again", async () => {
    const id = await depositTo(t, supplier);
    const other = await depositTo(t, supplier, "DRH");
    await drain();
    const [forAgent] = to(AGENT_EMAIL, /nouvelle facture/);
    expect(to(AGENT_EMAIL, /nouvelle facture/)).toHaveLength(1);
    expect(forAgent?.text).toContain(`/factures/${id}`);
    // The manager sees the whole structure, the agent only its service (DRIT).
    expect(to(BUYER_MANAGER_EMAIL, /nouvelle facture/).map((m) => m.text.includes(`/factures/${other}`))).toEqual([false, true]);
    expect(to(SUPPLIER_EMAIL, /./)).toHaveLength(0);
    // A restart that runs the same outbox entries again (at-least-once) sends nothing twice.
    const before = mails().length;
    await t.deps.database.db.updateTable("outbox").set({ processed_at: null, locked_until: null }).execute();
    await drain();
    expect(mails()).toHaveLength(before);
  });

  it("tells the supplier about the buyer's status changes with the motif, unless it turned them off", async () => {
    const id = await depositTo(t, supplier);
    await drain();
    expect((await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "PV de réception manquant", expectedDocuments: ["PV"] })).statusCode).toBe(200);
    await drain();
    const [mail] = to(SUPPLIER_EMAIL, /Suspendue/);
    expect(mail?.text).toContain("Motif : PV de réception manquant");
    await setPreferences(supplier, { newInvoices: "IMMEDIATE", statusChanges: false });
    expect((await processRequest(t, manager, id, { to: "MISE_A_DISPOSITION" })).statusCode).toBe(200);
    await drain();
    expect(to(SUPPLIER_EMAIL, /facture/)).toHaveLength(1);
    await setPreferences(supplier, { newInvoices: "IMMEDIATE", statusChanges: true });
  });

  it("sends a mail the relay refused at the outbox's next try, and still only once", async () => {
    const relay = t.deps.mailer;
    let refuse = true;
    t.deps.mailer = { send: async (mail) => (refuse ? Promise.reject(new Error("relais SMTP indisponible")) : relay.send(mail)), ...(relay.kept ? { kept: relay.kept } : {}) };
    try {
      const id = await depositTo(t, supplier);
      await drain();
      const about = () => to(AGENT_EMAIL, /nouvelle facture/).filter((m) => m.text.includes(`/factures/${id}`));
      expect(about()).toHaveLength(0);
      refuse = false;
      t.clock.set(new Date("2026-03-02T09:01:00.000Z"));
      await drain();
      expect(about()).toHaveLength(1);
      await drain();
      expect(about()).toHaveLength(1);
    } finally {
      t.deps.mailer = relay;
      t.clock.set(new Date("2026-03-02T09:00:00.000Z"));
    }
  });

  const complete = (id: string, comment?: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/v1/invoices/${id}/complete`,
      headers: supplier.headers,
      payload: { ...(comment ? { comment } : {}), attachments: [{ name: "pv-reception.pdf", contentBase64: Buffer.from("%PDF-1.4 PV").toString("base64"), mime: "application/pdf" }] },
    });

  it("tells the agents of the service that the supplier completed a suspended invoice, with its comment, once", async () => {
    const id = await depositTo(t, supplier);
    const other = await depositTo(t, supplier, "DRH");
    for (const invoice of [id, other]) expect((await processRequest(t, manager, invoice, { to: "SUSPENDUE", motif: "PV manquant", expectedDocuments: ["PV"] })).statusCode).toBe(200);
    await drain();
    expect((await complete(id, "Voici le PV de réception signé")).statusCode).toBe(200);
    expect((await complete(other)).statusCode).toBe(200);
    await drain();
    const forAgent = to(AGENT_EMAIL, /complétée/);
    expect(forAgent).toHaveLength(1);
    expect(forAgent[0]?.text).toContain(`/factures/${id}`);
    expect(forAgent[0]?.text).toContain("Commentaire du fournisseur : Voici le PV de réception signé");
    // The manager sees the whole structure: both completions, the second without a comment.
    const forManager = to(BUYER_MANAGER_EMAIL, /complétée/);
    expect(forManager.map((m) => m.text.includes(`/factures/${other}`))).toEqual([false, true]);
    expect(forManager[1]?.text).not.toContain("Commentaire");
    // The supplier is not told about its own action; a run of the same entries again sends no completion twice.
    expect(to(SUPPLIER_EMAIL, /complétée/)).toHaveLength(0);
    const before = mails().filter((m) => /complétée/.test(m.subject)).length;
    await t.deps.database.db.updateTable("outbox").set({ processed_at: null, locked_until: null }).execute();
    await drain();
    expect(mails().filter((m) => /complétée/.test(m.subject))).toHaveLength(before);
  });

  it("gathers the new invoices of an agent who prefers a digest into one mail a day, from 07:00 in Paris", async () => {
    await setPreferences(agent, { newInvoices: "DAILY", statusChanges: true });
    await setPreferences(manager, { newInvoices: "OFF", statusChanges: true });
    const immediateBefore = to(AGENT_EMAIL, /nouvelle facture/).length;
    const managerBefore = to(BUYER_MANAGER_EMAIL, /./).length;
    const [a, b] = [await depositTo(t, supplier), await depositTo(t, supplier)];
    await drain();
    expect(to(AGENT_EMAIL, /nouvelle facture/)).toHaveLength(immediateBefore);
    expect(to(BUYER_MANAGER_EMAIL, /./)).toHaveLength(managerBefore);

    // The deposits were made at 10:00 in Paris: today's digest goes out at the job's next run, once even when two
    // server processes run the job at the same time.
    const runs = await Promise.all([sendDailyDigests(t.deps), sendDailyDigests(t.deps)]);
    expect(runs[0] + runs[1]).toBe(1);
    expect(to(AGENT_EMAIL, /nouvelles? factures? reçues?/)).toHaveLength(1);
    const [digest] = to(AGENT_EMAIL, /2 nouvelles factures reçues/);
    expect(digest?.text).toContain(`/factures/${a}`);
    expect(digest?.text).toContain(`/factures/${b}`);
    expect(await sendDailyDigests(t.deps)).toBe(0);

    // An invoice arriving after today's digest waits for tomorrow's; nothing before 07:00.
    const c = await depositTo(t, supplier);
    await drain();
    expect(await sendDailyDigests(t.deps)).toBe(0);
    t.clock.set(new Date("2026-03-03T05:59:00.000Z"));
    expect(await sendDailyDigests(t.deps)).toBe(0);
    t.clock.set(new Date("2026-03-03T06:00:00.000Z"));
    expect(await sendDailyDigests(t.deps)).toBe(1);
    const [next] = to(AGENT_EMAIL, /1 nouvelle facture reçue/);
    expect(next?.text).toContain(`/factures/${c}`);
    expect(next?.text).not.toContain(`/factures/${a}`);
    expect(await sendDailyDigests(t.deps)).toBe(0);
    t.clock.set(new Date("2026-03-02T09:00:00.000Z"));
    await relogin();
  });

  it("puts a completed invoice in the digest of an agent who prefers one, and tells no one who turned new invoices off", async () => {
    await setPreferences(agent, { newInvoices: "IMMEDIATE", statusChanges: true });
    const id = await depositTo(t, supplier);
    expect((await processRequest(t, manager, id, { to: "SUSPENDUE", motif: "PV manquant", expectedDocuments: ["PV"] })).statusCode).toBe(200);
    await drain();
    await setPreferences(agent, { newInvoices: "DAILY", statusChanges: true });
    await setPreferences(manager, { newInvoices: "OFF", statusChanges: true });
    try {
      const [agentBefore, managerBefore] = [to(AGENT_EMAIL, /./).length, to(BUYER_MANAGER_EMAIL, /./).length];
      expect((await complete(id, "PV joint")).statusCode).toBe(200);
      await drain();
      expect(to(AGENT_EMAIL, /./)).toHaveLength(agentBefore);
      expect(to(BUYER_MANAGER_EMAIL, /./)).toHaveLength(managerBefore);
      // The day after the previous test's digests (2026-03-02 and 03): the completion is the only item.
      t.clock.set(new Date("2026-03-04T06:00:00.000Z"));
      expect(await sendDailyDigests(t.deps)).toBe(1);
      const [digest] = to(AGENT_EMAIL, /1 facture à traiter \(nouvelles ou complétées\)/);
      expect(digest?.text).toContain(`complétée par le fournisseur (« PV joint ») : facture`);
      expect(digest?.text).toContain(`/factures/${id}`);
    } finally {
      t.clock.set(new Date("2026-03-02T09:00:00.000Z"));
      await relogin();
      await setPreferences(agent, { newInvoices: "IMMEDIATE", statusChanges: true });
      await setPreferences(manager, { newInvoices: "IMMEDIATE", statusChanges: true });
    }
  });
});
