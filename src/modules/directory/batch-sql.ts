import { CompiledQuery, PostgresAdapter } from "kysely";
import type { Db } from "../../db/transaction.js";

// Multi-row INSERT ... ON CONFLICT written as plain SQL: building 1,000-row statements through the query builder costs
// more than running them. Both dialects share the syntax; only placeholders differ.

/** How many bound parameters one statement may carry: SQLite's limit is 32,766, PostgreSQL's 65,535. */
const MAX_PARAMETERS = { sqlite: 32_000, postgres: 65_000 } as const;
const MAX_ROWS_PER_STATEMENT = 2_000;

/** One multi-row insert: the table, its columns, and what to do when the conflict key already exists. */
export interface BatchInsert {
  table: string;
  columns: readonly string[];
  conflict?: readonly string[];
  /** Columns overwritten from the new row on conflict; omitted or empty means DO NOTHING. */
  update?: readonly string[];
  /** Update only rows where one of these columns differs (re-importing an unchanged file then writes nothing). */
  updateWhenChanged?: readonly string[];
}

/** True when the handle speaks PostgreSQL. */
export function isPostgresDb(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Inserts (or upserts) the rows in as few statements as the parameter limit allows. */
export async function insertBatch(db: Db, spec: BatchInsert, rows: readonly (readonly unknown[])[]): Promise<void> {
  const pg = isPostgresDb(db);
  const width = spec.columns.length;
  const perStatement = Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS[pg ? "postgres" : "sqlite"] / width));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    for (const row of chunk) params.push(...row);
    await db.executeQuery(CompiledQuery.raw(insertSql(spec, chunk.length, pg), params));
  }
}

function insertSql(spec: BatchInsert, count: number, pg: boolean): string {
  const width = spec.columns.length;
  const groups: string[] = [];
  for (let r = 0; r < count; r++) {
    const marks = pg ? Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`) : Array(width).fill("?");
    groups.push(`(${marks.join(",")})`);
  }
  let text = `INSERT INTO ${spec.table} (${spec.columns.join(",")}) VALUES ${groups.join(",")}`;
  if (spec.conflict) {
    const action = spec.update?.length ? `DO UPDATE SET ${spec.update.map((c) => `${c} = excluded.${c}`).join(", ")}` : "DO NOTHING";
    text += ` ON CONFLICT (${spec.conflict.join(",")}) ${action}`;
    if (spec.update?.length && spec.updateWhenChanged?.length) {
      text += ` WHERE ${spec.updateWhenChanged.map((c) => `${spec.table}.${c} IS DISTINCT FROM excluded.${c}`).join(" OR ")}`;
    }
  }
  return text;
}

/** Runs `work` over the values in slices small enough for an IN (...) list. */
export async function inSlices<T, R>(values: readonly T[], work: (slice: T[]) => Promise<R[]>, size = 1_000): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < values.length; i += size) out.push(...(await work(values.slice(i, i + size))));
  return out;
}
