import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../../test/test-database.js";
import { bool, type DatabaseHandle } from "./database.js";

describe.each(testDialects())("booleans on %s", (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(dialect);
  });
  afterAll(async () => handle.destroy());

  it("writes JS booleans in single-row inserts, multi-row inserts, updates and filters, and reads them back", async () => {
    const now = "2026-01-01T00:00:00.000Z";
    const flags = { engagement_required: false, service_or_engagement_required: false, payment_status_reported: false, is_moa: false, is_moa_only: false, edi_sender: false, edi_receiver: false };
    const base = { ...flags, siren: "220600019", identifier_type: "SIRET", name: "X", name_search: "x", kind: "PUBLIQUE", payment_delay_days: 30, created_at: now, updated_at: now };
    await handle.db.insertInto("structures").values({ ...base, siret: "22060001900016", active: true, service_code_required: false }).execute();
    await handle.db
      .insertInto("structures")
      .values([
        { ...base, siret: "22060001901170", active: false, service_code_required: true },
        { ...base, siret: "22060001900271", active: true, service_code_required: true },
      ])
      .execute();
    await handle.db.updateTable("structures").set({ engagement_required: true }).where("siret", "=", "22060001900016").execute();
    const active = await handle.db.selectFrom("structures").select(["siret", "engagement_required"]).where("active", "=", true).orderBy("siret").execute();
    expect(active.map((r) => [r.siret, bool(r.engagement_required)])).toEqual([
      ["22060001900016", true],
      ["22060001900271", false],
    ]);
    const count = await sql<{ n: number }>`select count(*) as n from structures where service_code_required = ${1}`.execute(handle.db);
    expect(Number(count.rows[0]?.n)).toBe(2);
  });
});
