// A server process for the deposit bench: `guichet` (the real application on SQLite) or `bare` (Fastify + multipart +
// one INSERT of the same bytes). Tells the parent its port over IPC, then serves until killed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import multipart from "@fastify/multipart";
import SqliteDatabase from "better-sqlite3";
import Fastify from "fastify";
import { createApp } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/database.js";
import { createDeps } from "../../src/deps.js";
import { startDepositReadWorkers } from "../../src/modules/invoices/read-deposit-pool.js";
import { runStartupTasks } from "../../src/startup.js";

const mode = process.argv[2] ?? "guichet";
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `guichet-bench-${mode}-`));

// BENCH_SQL_STATS=1: every SQL statement run is timed, and the totals are printed to stderr when the server stops.
const sqlStats = new Map<string, { count: number; ms: number }>();
const observe = process.env.BENCH_SQL_STATS
  ? (sql: string, ms: number) => {
      const s = sqlStats.get(sql) ?? { count: 0, ms: 0 };
      s.count++;
      s.ms += ms;
      sqlStats.set(sql, s);
    }
  : undefined;

function printSqlStats(): void {
  const rows = [...sqlStats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40);
  for (const [sql, s] of rows) process.stderr.write(`${s.ms.toFixed(0).padStart(7)} ms ${String(s.count).padStart(7)}x ${(s.ms / s.count).toFixed(3)} ms  ${sql.slice(0, 160)}\n`);
}

async function guichet(): Promise<number> {
  const config = loadConfig({ NODE_ENV: "development", DATA_DIR: dataDir, LOG_LEVEL: "error", GUICHET_DEMO_PASSWORD: process.env.GUICHET_DEMO_PASSWORD ?? "" });
  const deps = await createDeps(config, observe ? { database: openDatabase(config.database, () => undefined, observe) } : {});
  await runStartupTasks(deps);
  // BENCH_WORKERS=n: the deposit's reading and validation run on n worker threads (read-deposit-pool.ts).
  const workers = Number(process.env.BENCH_WORKERS ?? 0);
  if (workers > 0) await startDepositReadWorkers(workers);
  const app = await createApp(deps, { serveWeb: false });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  return typeof address === "object" && address ? address.port : 0;
}

async function bare(): Promise<number> {
  const db = new SqliteDatabase(path.join(dataDir, "bare.sqlite"));
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.exec("create table invoices (id integer primary key, name text, body blob, created_at text)");
  const insert = db.prepare("insert into invoices (name, body, created_at) values (?, ?, ?)");
  const app = Fastify({ logger: false });
  await app.register(multipart, { limits: { fileSize: 20 * 1024 * 1024 } });
  app.post("/bare", async (request, reply) => {
    let id = 0;
    for await (const part of request.parts()) {
      if (part.type === "file") id = Number(insert.run(part.filename, await part.toBuffer(), new Date().toISOString()).lastInsertRowid);
    }
    return reply.status(201).send({ id });
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  return typeof address === "object" && address ? address.port : 0;
}

const port = await (mode === "bare" ? bare() : guichet());
process.send?.({ port, pid: process.pid });
process.on("disconnect", () => {
  if (observe) printSqlStats();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
