import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../../test/test-database.js";
import { compiledStatement } from "./compiled-statement.js";
import { bool, type DatabaseHandle } from "./database.js";
import { runInTransaction } from "./transaction.js";

const now = "2026-01-01T00:00:00.000Z";
const flags = { engagement_required: false, service_or_engagement_required: false, payment_status_reported: false, is_moa: false, is_moa_only: false, edi_sender: false, edi_receiver: false };
const structure = (siret: string, active: boolean, name = "X") => ({ ...flags, siret, siren: siret.slice(0, 9), identifier_type: "SIRET", name, name_search: name.toLowerCase(), kind: "PUBLIQUE", payment_delay_days: 30, created_at: now, updated_at: now, active, service_code_required: false });
type StructureInsert = ReturnType<typeof structure> & { address_line1?: string | undefined };

const insertStructures = compiledStatement((db, rows: StructureInsert[]) => db.insertInto("structures").values(rows));
// A constant of the builder (active = true) stays a constant; the in-list length is part of the shape.
const activeAmong = compiledStatement((db, p: { sirets: string[]; kind: string }) =>
  db.selectFrom("structures").select(["siret", "name", "address_line1"]).where("siret", "in", p.sirets).where("kind", "=", p.kind).where("active", "=", true).orderBy("siret"),
);
const rename = compiledStatement((db, p: { siret: string; name: string }) => db.updateTable("structures").set({ name: p.name, name_search: p.name }).where("siret", "=", p.siret).returning(["siret", "name"]));

describe.each(testDialects())("statements compiled once on %s", (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(dialect);
  });
  afterAll(async () => handle.destroy());

  it("runs with each call's values, booleans as 0/1, lists and rows of any length, undefined keys left out", async () => {
    await insertStructures.execute(handle.db, [structure("22060001900016", true, "Alpha")]);
    await insertStructures.execute(handle.db, [
      { ...structure("22060001901170", false, "Beta"), address_line1: "1 rue B" },
      { ...structure("22060001900271", true, "Gamma"), address_line1: "2 rue G" },
    ]);
    await insertStructures.execute(handle.db, [{ ...structure("22060001900354", true, "Delta"), address_line1: undefined }]);
    const all = ["22060001900016", "22060001901170", "22060001900271", "22060001900354"];
    expect(await activeAmong.execute(handle.db, { sirets: all, kind: "PUBLIQUE" })).toEqual([
      { siret: "22060001900016", name: "Alpha", address_line1: null },
      { siret: "22060001900271", name: "Gamma", address_line1: "2 rue G" },
      { siret: "22060001900354", name: "Delta", address_line1: null },
    ]);
    expect(await activeAmong.execute(handle.db, { sirets: all.slice(0, 2), kind: "PUBLIQUE" })).toEqual([{ siret: "22060001900016", name: "Alpha", address_line1: null }]);
    expect(await activeAmong.execute(handle.db, { sirets: all, kind: "PRIVEE" })).toEqual([]);
    const stored = await handle.db.selectFrom("structures").select(["siret", "active"]).where("siret", "=", "22060001901170").executeTakeFirstOrThrow();
    expect(bool(stored.active)).toBe(false);
  });

  it("runs inside a transaction, and a rollback undoes it", async () => {
    const renamed = await runInTransaction(handle.db, ({ trx }) => rename.executeTakeFirst(trx, { siret: "22060001900016", name: "Alpha bis" }));
    expect(renamed).toEqual({ siret: "22060001900016", name: "Alpha bis" });
    await expect(
      runInTransaction(handle.db, async ({ trx }) => {
        await rename.execute(trx, { siret: "22060001900016", name: "Annulé" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    const row = await handle.db.selectFrom("structures").select("name").where("siret", "=", "22060001900016").executeTakeFirstOrThrow();
    expect(row.name).toBe("Alpha bis");
  });

  it("refuses a statement where a value would become SQL text instead of a parameter", async () => {
    const unsafe = compiledStatement((db, p: { column: string }) => db.selectFrom("structures").select(sql.raw<string>(p.column).as("c")));
    await expect(unsafe.execute(handle.db, { column: "siret" })).rejects.toThrow("bound parameter");
  });
});
