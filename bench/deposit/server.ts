// A server process for the deposit bench: `guichet` (the real application on SQLite) or `bare` (Fastify + multipart +
// one INSERT of the same bytes). Tells the parent its port over IPC, then serves until killed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import multipart from "@fastify/multipart";
import SqliteDatabase from "better-sqlite3";
import Fastify from "fastify";
import { pathToFileURL } from "node:url";

const mode = process.argv[2] ?? "guichet";

// BENCH_DIST=<dir>: the application compiled by tsc (npm run build:server, or --outDir <dir>), as in production,
// instead of the TypeScript sources through tsx (same code; less memory, no transpiling at start).
const base = process.env.BENCH_DIST ? pathToFileURL(`${path.resolve(process.env.BENCH_DIST)}/`) : new URL("../../src/", import.meta.url);
const load = <T>(file: string): Promise<T> => import(new URL(file, base).href) as Promise<T>;

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
  // Loaded here only: the bare server does not carry the application's modules.
  const { createApp } = await load<typeof import("../../src/app.js")>("app.js");
  const { loadConfig } = await load<typeof import("../../src/config.js")>("config.js");
  const { openDatabase } = await load<typeof import("../../src/db/database.js")>("db/database.js");
  const { createDeps } = await load<typeof import("../../src/deps.js")>("deps.js");
  const { startEnginePool } = await load<typeof import("../../src/shared/engine-pool.js")>("shared/engine-pool.js");
  const { runStartupTasks } = await load<typeof import("../../src/startup.js")>("startup.js");
  const config = loadConfig({ NODE_ENV: "development", DATA_DIR: dataDir, LOG_LEVEL: "error", GUICHET_DEMO_PASSWORD: process.env.GUICHET_DEMO_PASSWORD ?? "", ENGINE_WORKERS: process.env.ENGINE_WORKERS ?? "" });
  const deps = await createDeps(config, observe ? { database: openDatabase(config.database, () => undefined, observe) } : {});
  await runStartupTasks(deps);
  // The deposit's reading and validation run on ENGINE_WORKERS worker threads, as `guichet serve` does
  // (src/shared/engine-pool.ts; the parent sets the variable for its BENCH_WORKERS run).
  await startEnginePool(new URL("engine-worker.js", base), config.engineWorkers);
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
// BENCH_MEM=1: the server prints its memory every second to stderr (RSS against V8's heap and the memory outside it).
if (process.env.BENCH_MEM) {
  const mb = (n: number) => (n / 1048576).toFixed(0).padStart(4);
  setInterval(() => {
    const m = process.memoryUsage();
    process.stderr.write(`[mem ${mode}] rss ${mb(m.rss)}  heapTotal ${mb(m.heapTotal)}  heapUsed ${mb(m.heapUsed)}  external ${mb(m.external)}  arrayBuffers ${mb(m.arrayBuffers)} MB\n`);
  }, 1000).unref();
}
process.send?.({ port, pid: process.pid });
// "heap": the parent asks what is live after the run (a full collection first when run with --expose-gc).
process.on("message", (m) => {
  if (m !== "heap") return;
  const before = process.memoryUsage();
  (globalThis as { gc?: () => void }).gc?.();
  const after = process.memoryUsage();
  process.send?.({ heap: { heapUsedBefore: before.heapUsed, heapTotalBefore: before.heapTotal, heapUsed: after.heapUsed, heapTotal: after.heapTotal, rss: after.rss, external: after.external } });
});
process.on("disconnect", () => {
  if (observe) printSqlStats();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(0);
});
