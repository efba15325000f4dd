import type SqliteDatabase from "better-sqlite3";
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from "kysely";

// Kysely's SQLite driver prepares every query anew; preparing costs about as much as running a small statement. The
// database Kysely sees here keeps the statements it prepared, by SQL text (a bounded cache: the oldest is dropped), and
// writes JS booleans as 0/1 at bind time (better-sqlite3 refuses booleans), which spares a plugin pass over every query.

const MAX_STATEMENTS = 1000;

const toSqlite = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : v);

function bindable(parameters: ReadonlyArray<unknown>): unknown[] {
  for (const p of parameters) if (typeof p === "boolean") return parameters.map(toSqlite);
  return parameters as unknown[];
}

/** Told the SQL and the milliseconds of each statement run (benchmarks: where the database time goes). */
export type StatementObserver = (sql: string, ms: number) => void;

function wrap(stmt: SqliteDatabase.Statement, sql: string, observe: StatementObserver | undefined): SqliteStatement & { readonly busy: boolean } {
  const timed = <T>(work: () => T): T => {
    if (!observe) return work();
    const t0 = performance.now();
    try {
      return work();
    } finally {
      observe(sql, performance.now() - t0);
    }
  };
  return {
    reader: stmt.reader,
    get busy() {
      return stmt.busy;
    },
    all: (parameters) => timed(() => stmt.all(bindable(parameters))),
    run: (parameters) => timed(() => stmt.run(bindable(parameters))),
    iterate: (parameters) => stmt.iterate(bindable(parameters)),
  };
}

/** The better-sqlite3 database as Kysely's SqliteDialect wants it, with prepared statements kept across queries. */
export function cachingSqlite(sqlite: SqliteDatabase.Database, observe?: StatementObserver): KyselySqliteDatabase {
  const cache = new Map<string, ReturnType<typeof wrap>>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql) {
      const known = cache.get(sql);
      // A statement still being iterated (a streamed query) cannot be run again: prepare a fresh one for this call.
      if (known && !known.busy) return known;
      const fresh = wrap(sqlite.prepare(sql), sql, observe);
      if (known) return fresh;
      if (cache.size >= MAX_STATEMENTS) cache.delete(cache.keys().next().value as string);
      cache.set(sql, fresh);
      return fresh;
    },
  };
}
