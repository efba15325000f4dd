import { type Compilable, CompiledQuery, type Insertable, type InsertQueryBuilder, type InsertResult, type QueryResult } from "kysely";
import type { Database } from "./schema.js";
import type { Db } from "./transaction.js";

// Kysely builds a query's tree and compiles it to SQL on every call (frozen objects, a visitor pass): on a deposit
// that was about a tenth of the main thread's time (bench/README.md, deposit, session 7). The hot queries are written
// once with a slot for each value; they compile once per database (its dialect's placeholders), and each call only
// binds its values. Booleans are bound as 0/1, as everywhere else (ADR 0001).

const SLOT = "\u0000guichet-slot:";

interface Prepared {
  sql: string;
  /** For each parameter of the SQL: the index of the call's value, or a constant the query was written with. */
  bind: Array<number | { constant: unknown }>;
}

// By the database's adapter (one per Kysely instance, shared by its transactions), then by the caller's key.
const compiled = new WeakMap<object, Map<string, Prepared>>();

/** The placeholder for a prepared query's i-th value (typed `never`: it stands for a value of any column's type). */
export type Slot = (index: number) => never;
const slot: Slot = (index) => `${SLOT}${index}` as never;

const asParameter = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : v);

function prepare(db: Db, key: string, build: (v: Slot) => Compilable<unknown>): Prepared {
  const adapter = db.getExecutor().adapter;
  let byKey = compiled.get(adapter);
  if (!byKey) {
    byKey = new Map();
    compiled.set(adapter, byKey);
  }
  let found = byKey.get(key);
  if (!found) {
    const query = build(slot).compile();
    const bind = query.parameters.map((p) => (typeof p === "string" && p.startsWith(SLOT) ? Number(p.slice(SLOT.length)) : { constant: p }));
    found = { sql: query.sql, bind };
    byKey.set(key, found);
  }
  return found;
}

/**
 * Runs the query `build` writes, with `values` in its slots (`v(0)`, `v(1)`...). `key` names the query's shape: two
 * queries with the same key must be the same SQL (a list's length belongs in the key).
 */
export function runPrepared<R>(db: Db, key: string, values: readonly unknown[], build: (v: Slot) => Compilable<R>): Promise<QueryResult<R>> {
  const { sql, bind } = prepare(db, key, build);
  return db.executeQuery<R>(CompiledQuery.raw(sql, bind.map((b) => (typeof b === "number" ? asParameter(values[b]) : b.constant))));
}

type Table = keyof Database & string;

/**
 * Inserts rows (their defined columns, the same in every row) through a prepared statement; `tail` adds to the
 * insert what it needs (on conflict, returning) and `key` names that addition. Rows of different shapes take Kysely's
 * ordinary path.
 */
export function insertPrepared<T extends Table, R = unknown>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
  tail?: { key: string; add: (insert: InsertQueryBuilder<Database, T, InsertResult>) => Compilable<R> },
): Promise<QueryResult<R>> {
  const first = (rows[0] ?? {}) as Record<string, unknown>;
  const columns = Object.keys(first).filter((c) => first[c] !== undefined);
  const sameShape = rows.every((row) => {
    const r = row as Record<string, unknown>;
    return Object.keys(r).filter((c) => r[c] !== undefined).length === columns.length && columns.every((c) => r[c] !== undefined);
  });
  const insertOf = (values: readonly Record<string, unknown>[]) => {
    const insert = db.insertInto(table).values(values as Insertable<Database[T]>[]);
    return (tail ? tail.add(insert) : insert) as Compilable<R>;
  };
  if (!sameShape) return db.executeQuery<R>(insertOf(rows as readonly Record<string, unknown>[]));
  const values = rows.flatMap((row) => columns.map((c) => (row as Record<string, unknown>)[c]));
  const key = `insert ${table} (${columns.join(",")}) x${rows.length}${tail ? ` ${tail.key}` : ""}`;
  return runPrepared<R>(db, key, values, (v) => insertOf(rows.map((_, r) => Object.fromEntries(columns.map((c, i) => [c, v(r * columns.length + i)])))));
}
