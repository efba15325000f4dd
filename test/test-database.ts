import { randomBytes } from "node:crypto";
import pg from "pg";
import { type DatabaseHandle, type Dialect, openDatabase } from "../src/db/database.js";
import { migrateToLatest } from "../src/db/migrate.js";

/** The dialects this run tests on: both by default; TEST_DATABASES=sqlite for a quick local loop. */
export function testDialects(): Dialect[] {
  const wanted = (process.env.TEST_DATABASES ?? "sqlite,postgres").split(",").map((s) => s.trim());
  return wanted.filter((d): d is Dialect => d === "sqlite" || d === "postgres");
}

/**
 * A fresh, migrated database: SQLite in memory, or a new database on the test PostgreSQL server (dropped on destroy).
 * Never a mock.
 */
export async function createTestDatabase(dialect: Dialect): Promise<DatabaseHandle> {
  if (dialect === "sqlite") {
    const handle = openDatabase({ kind: "sqlite", file: ":memory:" });
    await migrateToLatest(handle.db);
    return handle;
  }
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl) throw new Error("TEST_PG_URL is not set: run the tests through vitest (its global setup starts PostgreSQL)");
  const name = `guichet_test_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  // The teardown drops the database WITH (FORCE): a pooled connection still closing then gets "terminating connection";
  // that is expected here and must not surface as an unhandled error.
  const handle = openDatabase({ kind: "postgres", url: url.toString() }, () => undefined);
  await migrateToLatest(handle.db);
  return {
    ...handle,
    destroy: async () => {
      await handle.destroy();
      const drop = new pg.Client({ connectionString: adminUrl });
      await drop.connect();
      // Let the pool's connections finish closing before forcing the rest (at most about a second).
      for (let i = 0; i < 20; i++) {
        const { rows } = await drop.query("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
        if (rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
