// A server process for the buyer bench: `guichet` (the real application on SQLite, outbox worker and mail included)
// or `bare` (Fastify + better-sqlite3: one UPDATE and one INSERT per status change in a transaction, then a write to
// every open event stream). Tells the parent its port over IPC, then serves until disconnected.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ServerResponse } from "node:http";
import SqliteDatabase from "better-sqlite3";
import Fastify from "fastify";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createDeps } from "../../src/deps.js";
import { runStartupTasks } from "../../src/startup.js";

const mode = process.argv[2] ?? "guichet";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `guichet-bench-buyer-${mode}-`));
let close: () => Promise<void> = async () => undefined;

async function guichet(): Promise<number> {
  const config = loadConfig({ NODE_ENV: "development", DATA_DIR: dataDir, LOG_LEVEL: "error", GUICHET_DEMO_PASSWORD: process.env.GUICHET_DEMO_PASSWORD ?? "" });
  // The development mailbox prints each mail; the bench keeps its figures readable (mails are still built and logged).
  const deps = await createDeps(config, { mailer: { send: async () => undefined } });
  await runStartupTasks(deps);
  const app = await createApp(deps, { serveWeb: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  close = () => app.close();
  const address = app.server.address();
  return typeof address === "object" && address ? address.port : 0;
}

async function bare(): Promise<number> {
  const db = new SqliteDatabase(path.join(dataDir, "bare.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("create table invoices (id text primary key, status text, version integer, status_at text)");
  db.exec("create table invoice_events (id integer primary key, invoice_id text, at text, to_status text, motif text)");
  const insertInvoice = db.prepare("insert into invoices values (?, 'MISE_A_DISPOSITION', 1, ?)");
  for (let i = 0; i < 2000; i++) insertInvoice.run(`inv-${i}`, new Date().toISOString());
  const update = db.prepare("update invoices set status = ?, version = version + 1, status_at = ? where id = ?");
  const insertEvent = db.prepare("insert into invoice_events (invoice_id, at, to_status, motif) values (?, ?, ?, ?)");
  const change = db.transaction((id: string, to: string, motif: string | null, at: string) => {
    update.run(to, at, id);
    return Number(insertEvent.run(id, at, to, motif).lastInsertRowid);
  });
  const streams = new Set<ServerResponse>();
  const app = Fastify({ logger: false });
  app.post<{ Params: { id: string }; Body: { to: string; motif?: string } }>("/bare/invoices/:id/transitions", async (request) => {
    const at = new Date().toISOString();
    const eventId = change(request.params.id, request.body.to, request.body.motif ?? null, at);
    const frame = `id: ${eventId}\nevent: invoice.status_changed\ndata: ${JSON.stringify({ invoiceId: request.params.id, to: request.body.to, at })}\n\n`;
    for (const res of streams) res.write(frame);
    return { id: request.params.id, status: request.body.to };
  });
  app.get("/bare/events", async (request, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    reply.raw.write("retry: 3000\n\n");
    streams.add(reply.raw);
    request.raw.on("close", () => streams.delete(reply.raw));
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  close = async () => {
    for (const res of streams) res.end();
    await app.close();
    db.close();
  };
  const address = app.server.address();
  return typeof address === "object" && address ? address.port : 0;
}

const port = await (mode === "bare" ? bare() : guichet());
process.send?.({ port, pid: process.pid });
process.on("disconnect", () => {
  const timer = setTimeout(() => process.exit(0), 3000);
  void close().finally(() => {
    clearTimeout(timer);
    fs.rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  });
});
