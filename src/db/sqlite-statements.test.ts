import SqliteDatabase from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { cachingSqlite } from "./sqlite-statements.js";

interface Db {
  t: { id: number; name: string; flag: number | boolean };
}

describe("SQLite statements kept across queries", () => {
  let db: Kysely<Db> | undefined;
  afterEach(async () => {
    await db?.destroy();
    db = undefined;
  });

  function open() {
    const raw = new SqliteDatabase(":memory:");
    raw.exec("create table t (id integer primary key, name text not null, flag integer not null)");
    let prepared = 0;
    const prepare = raw.prepare.bind(raw);
    raw.prepare = ((source: string) => {
      prepared++;
      return prepare(source);
    }) as typeof raw.prepare;
    db = new Kysely<Db>({ dialect: new SqliteDialect({ database: cachingSqlite(raw) }) });
    return { db, prepared: () => prepared };
  }

  it("prepares a query once and runs it again with new parameters; booleans are bound as 0/1", async () => {
    const { db, prepared } = open();
    for (let i = 1; i <= 5; i++) await db.insertInto("t").values({ id: i, name: `n${i}`, flag: i % 2 === 0 }).execute();
    const names = [];
    for (let i = 1; i <= 5; i++) names.push((await db.selectFrom("t").select("name").where("id", "=", i).executeTakeFirst())?.name);
    expect(names).toEqual(["n1", "n2", "n3", "n4", "n5"]);
    expect(await db.selectFrom("t").select("id").where("flag", "=", true).orderBy("id").execute()).toEqual([{ id: 2 }, { id: 4 }]);
    expect(prepared()).toBe(3);
  });

  it("gives a fresh statement for a query asked again while its kept one is still iterating", () => {
    const raw = new SqliteDatabase(":memory:");
    raw.exec("create table t (id integer primary key); insert into t values (1), (2), (3)");
    const cached = cachingSqlite(raw);
    const seen: Array<[number, number]> = [];
    for (const row of cached.prepare("select id from t order by id").iterate([]) as Iterable<{ id: number }>) {
      seen.push([row.id, cached.prepare("select id from t order by id").all([]).length]);
    }
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    cached.close();
  });
});
