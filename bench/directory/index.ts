import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startPostgres } from "../../scripts/postgres-server.mjs";
import { type DatabaseHandle, openDatabase } from "../../src/db/database.js";
import { migrateToLatest } from "../../src/db/migrate.js";
import { runInTransaction } from "../../src/db/transaction.js";
import { insertBatch } from "../../src/modules/directory/batch-sql.js";
import { SERVICE_COLUMNS, STRUCTURE_COLUMNS, serviceRow, structureRow } from "../../src/modules/directory/directory-import.repository.js";
import { readDirectoryFiles } from "../../src/modules/directory/domain/read-directory-files.js";
import { importDirectory, searchStructures } from "../../src/modules/directory/index.js";
import { type GeneratedDirectory, generateDirectory } from "./generate.js";
import { latencies, type Percentiles, ms, ratio, timed } from "./measure.js";
import { benchQueries } from "./queries.js";

// The directory at national size (130,000 structures, 300,000 services): import time against a bare INSERT of the same
// rows, and search latency against a bare primary-key lookup, on SQLite (a file) and on PostgreSQL.

const QUERY_COUNT = 3_000;
const TARGETS = { importSqliteMs: 15_000, searchP95Ms: 5 };

/** Runs the directory benchmark and prints its figures. */
export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-bench-directory-"));
  // BENCH_DIALECTS=sqlite for a quicker loop; both by default.
  const dialects = (process.env.BENCH_DIALECTS ?? "sqlite,postgres").split(",");
  const server = dialects.includes("postgres") ? await startPostgres() : undefined;
  try {
    const generated = await timed(async () => generateDirectory(dir));
    const data = generated.value;
    console.log(`Jeu généré en ${ms(generated.ms)} : ${data.sirets.length} structures, ${data.serviceCount} services (${dir})`);
    console.log(`Machine : ${os.cpus().length} cœurs, charge moyenne ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1, 5, 15 min)`);
    let files = 0;
    if (dialects.includes("sqlite")) await measure("SQLite", data, () => openDatabase({ kind: "sqlite", file: path.join(dir, `bench-${++files}.sqlite`) }), true);
    if (server) await measure("PostgreSQL", data, () => openPostgres(server.url), false);
    console.log(`Charge moyenne en fin de mesure : ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
  } finally {
    server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let pgDatabases = 0;
async function openPostgres(adminUrl: string): Promise<DatabaseHandle> {
  const name = `bench_${++pgDatabases}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return openDatabase({ kind: "postgres", url: url.toString() });
}

/**
 * Measures one database. `importTarget`: check the import against the 15 s target (SQLite). The CPU time is this
 * process's: all of SQLite's work, only the client's share of PostgreSQL's (so it is shown for SQLite only).
 */
async function measure(label: string, data: GeneratedDirectory, open: () => DatabaseHandle | Promise<DatabaseHandle>, importTarget: boolean): Promise<void> {
  const cpuMeasured = importTarget;
  const files = {
    structures: { name: "structures.csv", text: fs.readFileSync(data.structuresFile, "utf8") },
    services: { name: "services.csv", text: fs.readFileSync(data.servicesFile, "utf8") },
  };

  const baselineDb = await open();
  await migrateToLatest(baselineDb.db);
  const parsed = readDirectoryFiles(files.structures, files.services);
  const structureRows = parsed.structures.map((s) => structureRow(s, "2026-01-01T00:00:00.000Z"));
  const serviceRows = parsed.services.map((s) => serviceRow(s, "2026-01-01T00:00:00.000Z"));
  const bare = await timed(() =>
    runInTransaction(baselineDb.db, async ({ trx }) => {
      await insertBatch(trx, { table: "structures", columns: STRUCTURE_COLUMNS }, structureRows);
      await insertBatch(trx, { table: "services", columns: SERVICE_COLUMNS }, serviceRows);
    }),
  );
  await baselineDb.destroy();

  const handle = await open();
  try {
    await migrateToLatest(handle.db);
    const imported = await timed(() => importDirectory(handle.db, { ...files, full: true }, { now: "2026-01-01T00:00:00.000Z" }));
    const reimported = await timed(() => importDirectory(handle.db, { ...files, full: true }, { now: "2026-01-02T00:00:00.000Z" }));
    const check = (ok: boolean) => (ok ? "✔" : "✘");
    const cpu = (t: { cpuMs: number }) => (cpuMeasured ? `, CPU ${ms(t.cpuMs)}` : "");
    console.log(
      `${label.padEnd(10)} import complet     ${ms(imported.ms).padStart(9)}${cpu(imported)}  (INSERT nu des mêmes lignes ${ms(bare.ms)}${cpu(bare)} ; ` +
        `${ratio(imported.ms, bare.ms)})${importTarget ? `  cible < 15 s ${check(imported.ms < TARGETS.importSqliteMs)}` : ""}`,
    );
    console.log(`${label.padEnd(10)} réimport à l'identique ${ms(reimported.ms).padStart(5)}${cpu(reimported)}  (${ratio(reimported.ms, bare.ms)} l'INSERT nu)`);

    const queries = benchQueries(data.sirets, data.names, QUERY_COUNT);
    const all = await latencies(queries, (q) => searchStructures(handle.db, q.q, 20));
    const byName = await latencies(queries.filter((q) => q.kind === "name"), (q) => searchStructures(handle.db, q.q, 20), 0);
    const bySiret = await latencies(queries.filter((q) => q.kind === "siret"), (q) => searchStructures(handle.db, q.q, 20), 0);
    const lookups = queries.map((_, i) => data.sirets[(i * 7919) % data.sirets.length] as string);
    const pk = await latencies(lookups, (siret) => handle.db.selectFrom("structures").selectAll().where("siret", "=", siret).executeTakeFirst());
    const cpuOf = (l: { cpu: Percentiles }) => (cpuMeasured ? ` ; CPU p50 ${ms(l.cpu.p50)} p95 ${ms(l.cpu.p95)}` : "");
    console.log(
      `${label.padEnd(10)} recherche (${queries.length} requêtes) p50 ${ms(all.p50)}  p95 ${ms(all.p95)}  p99 ${ms(all.p99)}  max ${ms(all.max)}${cpuOf(all)}` +
        `  (lecture par clé p50 ${ms(pk.p50)} p95 ${ms(pk.p95)}${cpuOf(pk)} ; ${ratio(all.p95, pk.p95)} au p95)  cible p95 < 5 ms ${check(all.p95 < TARGETS.searchP95Ms)}`,
    );
    console.log(
      `${label.padEnd(10)}   dont nom p50 ${ms(byName.p50)} p95 ${ms(byName.p95)} max ${ms(byName.max)}${cpuOf(byName)} ; ` +
        `SIRET p50 ${ms(bySiret.p50)} p95 ${ms(bySiret.p95)} max ${ms(bySiret.max)}${cpuOf(bySiret)}`,
    );
  } finally {
    await handle.destroy();
  }
}
