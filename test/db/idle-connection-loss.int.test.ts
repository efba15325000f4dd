import { sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/database.js";
import { testDialects } from "../test-database.js";

// A PostgreSQL restart or an administrator's command closes idle pooled connections. The server must log it and go
// on with a fresh connection, never crash on an unhandled 'error' event.
describe.runIf(testDialects().includes("postgres"))("an idle PostgreSQL connection closed by the server", () => {
  it("is reported, dropped from the pool, and the next query opens a new one", async () => {
    const adminUrl = process.env.TEST_PG_URL as string;
    const lost: Error[] = [];
    const handle = openDatabase({ kind: "postgres", url: adminUrl }, (error) => lost.push(error));
    try {
      const before = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(handle.db);
      const pid = before.rows[0]?.pid;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
      await admin.end();
      for (let i = 0; i < 100 && lost.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(lost.map((e) => (e as Error & { code?: string }).code)).toEqual(["57P01"]);
      const after = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(handle.db);
      expect(after.rows[0]?.pid).not.toBe(pid);
    } finally {
      await handle.destroy();
    }
  });
});
