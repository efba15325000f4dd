import fs from "node:fs";
import path from "node:path";
import SqliteDatabase from "better-sqlite3";
import {
  Kysely,
  type KyselyPlugin,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  PostgresDialect,
  PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  SqliteDialect,
  type UnknownRow,
  ValueNode,
} from "kysely";
import type { DatabaseConfig } from "../config.js";
import { pgDriver } from "./pg-driver.js";
import type { Database } from "./schema.js";
import { cachingSqlite, type StatementObserver } from "./sqlite-statements.js";

export type Dialect = "sqlite" | "postgres";

/** An open database: the Kysely instance, which dialect it speaks, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  destroy(): Promise<void>;
}

const toSqlite = (v: unknown) => (typeof v === "boolean" ? (v ? 1 : 0) : v);

class BooleanToInteger extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === "boolean" ? ValueNode.create(node.value ? 1 : 0) : super.transformValue(node);
  }

  // insertInto().values({...}) sends its row as one list of primitive values.
  protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
    return node.values.some((v) => typeof v === "boolean") ? PrimitiveValueListNode.create(node.values.map(toSqlite)) : super.transformPrimitiveValueList(node);
  }
}

/**
 * Flags are integer columns on both dialects (ADR 0001): JS booleans are written as 0/1 (better-sqlite3 refuses them
 * and PostgreSQL refuses them in an integer column); repositories read them back with bool(). On SQLite the same is
 * done at bind time (sqlite-statements.ts).
 */
const booleansAsIntegers: KyselyPlugin = {
  transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => new BooleanToInteger().transformNode(args.node),
  transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => args.result,
};

/**
 * Opens SQLite (file or :memory:) or PostgreSQL as configured. On PostgreSQL, an idle pooled connection that the server
 * closes (a restart, an administrator's command) is reported to onIdleError and dropped from the pool: it must never
 * crash the process, as an 'error' event without a listener would.
 */
export function openDatabase(config: DatabaseConfig, onIdleError: (error: Error) => void = () => undefined, observe?: StatementObserver): DatabaseHandle {
  if (config.kind === "postgres") {
    const pool = new (pgDriver().Pool)({ connectionString: config.url, max: 10 });
    pool.on("error", onIdleError);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [booleansAsIntegers] });
    return { db, dialect: "postgres", destroy: () => db.destroy() };
  }
  if (config.file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(config.file)), { recursive: true });
  const sqlite = new SqliteDatabase(config.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  // Booleans become 0/1 at bind time there (no plugin pass), and prepared statements are kept across queries.
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingSqlite(sqlite, observe) }) });
  return { db, dialect: "sqlite", destroy: () => db.destroy() };
}

/** Reads a boolean column the same way on both dialects (SQLite gives 0/1). */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === "1" || value === "t";
}
