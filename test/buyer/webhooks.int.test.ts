import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDemoAccounts } from "../../src/modules/accounts/index.js";
import { deliverPendingWebhooks, verifyWebhook } from "../../src/modules/buyer/index.js";
import { isPrivateAddress } from "../../src/modules/buyer/webhooks/webhook-url.js";
import { drainOutbox, outboxHandlers } from "../../src/modules/notifications/index.js";
import { createTestApp, type TestApp } from "../test-app.js";
import { testDialects } from "../test-database.js";
import { DEMO_PUBLIC, seedDirectory } from "../invoices/factories.js";
import { BUYER_MANAGER_EMAIL, DEMO_PASSWORD, logIn, type Session, SUPPLIER_EMAIL } from "../invoices/http-helpers.js";
import { depositTo, processRequest } from "./support.js";

interface Received {
  id: string;
  type: string;
  delivery: string;
  signature: string;
  body: string;
}

/** A receiver on 127.0.0.1 that records every request, and answers 503 while `down`. */
function receiver() {
  const got: Received[] = [];
  const state = { down: false };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      if (state.down) {
        res.writeHead(503).end();
        return;
      }
      const parsed = JSON.parse(body) as { id: string; type: string };
      got.push({ id: parsed.id, type: parsed.type, delivery: String(req.headers["guichet-delivery"]), signature: String(req.headers["guichet-signature"]), body });
      res.writeHead(204).end();
    });
  });
  return { got, state, server };
}

describe.each(testDialects())("webhooks on %s", (dialect) => {
  let t: TestApp;
  let supplier: Session;
  let manager: Session;
  const rx = receiver();
  let url: string;

  beforeAll(async () => {
    t = await createTestApp(dialect, { env: { GUICHET_DEMO_PASSWORD: DEMO_PASSWORD, WEBHOOK_ALLOW_PRIVATE: "true" } });
    await seedDirectory(t.deps.database.db);
    await createDemoAccounts(t.deps, () => undefined);
    [supplier, manager] = [await logIn(t, SUPPLIER_EMAIL), await logIn(t, BUYER_MANAGER_EMAIL)];
    await new Promise<void>((resolve) => rx.server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(rx.server.address() as AddressInfo).port}/hook`;
  });
  afterAll(async () => {
    await new Promise((resolve) => rx.server.close(resolve));
    await t.close();
  });

  const hooks = `/api/v1/structures/${DEMO_PUBLIC}/webhooks`;
  const drain = () => drainOutbox(t.deps, outboxHandlers());

  it("delivers every event once, in order, signed; holds back and retries while the receiver is down; pauses after repeated failures", async () => {
    const created = await t.app.inject({ method: "POST", url: hooks, headers: manager.headers, payload: { url, events: ["invoice.received", "invoice.status_changed", "invoice.completed"] } });
    expect(created.statusCode).toBe(201);
    const { id: hookId, secret } = created.json();
    expect(secret).toMatch(/^whsec_/);
    expect((await t.app.inject({ method: "POST", url: hooks, headers: supplier.headers, payload: { url, events: ["invoice.received"] } })).statusCode).toBe(404);

    const invoiceId = await depositTo(t, supplier);
    await drain();
    expect(rx.got.map((g) => g.type)).toEqual(["invoice.status_changed", "invoice.received", "invoice.status_changed"]);
    const now = Math.floor(t.clock.now().getTime() / 1000);
    for (const g of rx.got) expect(verifyWebhook(secret, g.signature, g.body, now)).toBe(true);
    expect(verifyWebhook("whsec_other", rx.got[0]?.signature ?? "", rx.got[0]?.body ?? "", now)).toBe(false);
    expect(JSON.parse(rx.got[1]?.body ?? "{}")).toMatchObject({ type: "invoice.received", data: { invoiceId, to: "MISE_A_DISPOSITION", recipientSiret: DEMO_PUBLIC } });

    // The receiver goes down: two changes queue up; the first fails and holds the second back.
    rx.state.down = true;
    expect((await processRequest(t, manager, invoiceId, { to: "SUSPENDUE", motif: "PV", expectedDocuments: ["PV"] })).statusCode).toBe(200);
    await drain();
    const log = (await t.app.inject({ method: "GET", url: `${hooks}/${hookId}/deliveries`, headers: manager.headers })).json();
    expect(log[0]).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 503 });
    // Running the sender again before the backoff has elapsed sends nothing.
    expect(await deliverPendingWebhooks(t.deps)).toBe(0);
    // Back up after a while: everything arrives once, in order.
    rx.state.down = false;
    t.clock.advance(60_000);
    expect(await deliverPendingWebhooks(t.deps)).toBe(1);
    const ids = rx.got.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(rx.got.map((g) => Number(g.delivery))).toEqual([...rx.got.map((g) => Number(g.delivery))].sort((a, b) => a - b));
    expect(JSON.parse(rx.got.at(-1)?.body ?? "{}").data).toMatchObject({ to: "SUSPENDUE", motif: "PV" });

    // Down for good: after 10 consecutive failures the webhook is paused; resuming sends what waited.
    rx.state.down = true;
    const second = await depositTo(t, supplier);
    await drain();
    for (let i = 0; i < 12; i++) {
      t.clock.advance(3_600_000);
      await deliverPendingWebhooks(t.deps);
    }
    const paused = await t.deps.database.db.selectFrom("webhooks").select(["active", "consecutive_failures"]).where("id", "=", hookId).executeTakeFirstOrThrow();
    expect([Number(paused.active), paused.consecutive_failures]).toEqual([0, 10]);
    rx.state.down = false;
    const again = await logIn(t, BUYER_MANAGER_EMAIL);
    const resumed = await t.app.inject({ method: "POST", url: `${hooks}/${hookId}/resume`, headers: again.headers });
    expect(resumed.json()).toMatchObject({ active: true, consecutiveFailures: 0 });
    const secondEvents = rx.got.filter((g) => JSON.parse(g.body).data.invoiceId === second).map((g) => g.type);
    expect(secondEvents).toEqual(["invoice.status_changed", "invoice.received", "invoice.status_changed"]);
    expect(new Set(rx.got.map((g) => g.id)).size).toBe(rx.got.length);

    // Manual replay sends one delivery again.
    const before = rx.got.length;
    const first = (await t.app.inject({ method: "GET", url: `${hooks}/${hookId}/deliveries?limit=500`, headers: again.headers })).json().at(-1);
    const replay = await t.app.inject({ method: "POST", url: `${hooks}/${hookId}/deliveries/${first.id}/replay`, headers: again.headers });
    expect(replay.json()).toMatchObject({ status: "DELIVERED" });
    expect(rx.got.length).toBe(before + 1);
    expect(rx.got.at(-1)?.delivery).toBe(String(first.id));
  });
});

describe("webhook URL guard", () => {
  it("classifies private, loopback, link-local and mapped addresses as private", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "100.64.0.1"]) expect([a, isPrivateAddress(a)]).toEqual([a, true]);
    for (const a of ["93.184.216.34", "2606:4700:4700::1111", "8.8.8.8"]) expect([a, isPrivateAddress(a)]).toEqual([a, false]);
  });

  it.each(testDialects())("refuses a loopback or plain-http URL without WEBHOOK_ALLOW_PRIVATE (%s)", async (dialect) => {
    const t = await createTestApp(dialect, { env: { GUICHET_DEMO_PASSWORD: DEMO_PASSWORD } });
    try {
      await seedDirectory(t.deps.database.db);
      await createDemoAccounts(t.deps, () => undefined);
      const manager = await logIn(t, BUYER_MANAGER_EMAIL);
      for (const url of ["http://127.0.0.1:9/hook", "https://[::1]/hook", "https://169.254.169.254/latest", "ftp://example.org/x"]) {
        const res = await t.app.inject({ method: "POST", url: `/api/v1/structures/${DEMO_PUBLIC}/webhooks`, headers: manager.headers, payload: { url, events: ["invoice.received"] } });
        expect([url, res.statusCode, res.json().code]).toEqual([url, 422, "WEBHOOK_URL_REFUSED"]);
      }
    } finally {
      await t.close();
    }
  });
});
