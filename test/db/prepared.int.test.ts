import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../../src/db/database.js";
import { insertPrepared, runPrepared } from "../../src/db/prepared.js";
import { RECIPIENT, seedDirectory } from "../invoices/factories.js";
import { createTestDatabase, testDialects } from "../test-database.js";

const entry = (n: number, extra: { last_error?: string } = {}) => ({ topic: "t", aggregate_id: `a${n}`, payload: `{"n":${n}}`, created_at: "2026-11-27T10:00:00.000Z", available_at: "2026-11-27T10:00:00.000Z", ...extra });

describe.each(testDialects())("prepared queries on %s", (dialect) => {
  let h: DatabaseHandle;
  beforeEach(async () => {
    h = await createTestDatabase(dialect);
  });
  afterEach(async () => h.destroy());

  const byAggregate = (aggregate: string) => runPrepared(h.db, "outbox by aggregate", [aggregate], (v) => h.db.selectFrom("outbox").selectAll().where("aggregate_id", "=", v(0)));

  it("insert and select what Kysely's builder does, call after call with other values", async () => {
    const inserted = await insertPrepared(h.db, "outbox", [entry(1), entry(2)], { key: "returning id", add: (q) => q.returning("id") });
    expect(inserted.rows).toHaveLength(2);
    await insertPrepared(h.db, "outbox", [entry(3), entry(4)], { key: "returning id", add: (q) => q.returning("id") });
    for (const n of [1, 4]) {
      const built = await h.db.selectFrom("outbox").selectAll().where("aggregate_id", "=", `a${n}`).execute();
      expect(built).toHaveLength(1);
      expect((await byAggregate(`a${n}`)).rows).toEqual(built);
    }
    expect((await byAggregate("a9")).rows).toEqual([]);
  });

  it("keeps the constants a query was written with, and binds booleans as 0/1", async () => {
    await seedDirectory(h.db);
    const at = "2026-11-27T10:00:00.000Z";
    const service = (code: string, active: boolean) => ({ structure_siret: RECIPIENT, code, code_search: code, name: code, name_search: code, engagement_required: false, payment_status_reported: false, active, valid_from: null, valid_to: null, external_id: null, created_at: at, updated_at: at });
    await insertPrepared(h.db, "services", [service("ZA", true)]);
    await insertPrepared(h.db, "services", [service("ZB", false)]);
    const active = (siret: string) => runPrepared(h.db, "active services", [siret], (v) => h.db.selectFrom("services").select("code").where("structure_siret", "=", v(0)).where("active", "=", 1).where("code", "like", "Z%"));
    expect((await active(RECIPIENT)).rows).toEqual([{ code: "ZA" }]);
    const flags = await h.db.selectFrom("services").select(["code", "active", "engagement_required"]).where("code", "like", "Z%").orderBy("code").execute();
    expect(flags.map((f) => [f.code, Number(f.active), Number(f.engagement_required)])).toEqual([["ZA", 1, 0], ["ZB", 0, 0]]);
  });

  it("inserts rows of different shapes through the ordinary path", async () => {
    await insertPrepared(h.db, "outbox", [entry(5), entry(6, { last_error: "boom" })]);
    expect((await byAggregate("a6")).rows[0]?.last_error).toBe("boom");
    expect((await byAggregate("a5")).rows[0]?.last_error).toBeNull();
  });

  it("runs inside a transaction on its connection: a rollback undoes a prepared insert", async () => {
    await expect(
      h.db.transaction().execute(async (trx) => {
        await insertPrepared(trx, "outbox", [entry(7)]);
        expect((await runPrepared(trx, "outbox by aggregate", ["a7"], (v) => trx.selectFrom("outbox").selectAll().where("aggregate_id", "=", v(0)))).rows).toHaveLength(1);
        throw new Error("annulé");
      }),
    ).rejects.toThrow("annulé");
    expect((await byAggregate("a7")).rows).toEqual([]);
  });

  it("compiles once per database: another database of the same dialect gets its own statement", async () => {
    const other = await createTestDatabase(dialect);
    try {
      await insertPrepared(other.db, "outbox", [entry(8)]);
      expect((await runPrepared(other.db, "outbox by aggregate", ["a8"], (v) => other.db.selectFrom("outbox").select("aggregate_id").where("aggregate_id", "=", v(0)))).rows).toEqual([{ aggregate_id: "a8" }]);
      expect((await byAggregate("a8")).rows).toEqual([]);
    } finally {
      await other.destroy();
    }
  });
});
