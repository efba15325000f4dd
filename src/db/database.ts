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
  type QueryResult,
  type RootOperationNode,
  SqliteDialect,
  type UnknownRow,
  ValueNode,
} from "kysely";
import pg from "pg";
import type { DatabaseConfig } from "../config.js";
import type { Database } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

/** An open database: the Kysely instance, which dialect it speaks, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  destroy(): Promise<void>;
}

// PostgreSQL returns int8 (counts, sums) as strings by default; our counts fit in a double.
pg.types.setTypeParser(20, (v) => Number(v));

class BooleanToInteger extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return typeof node.value === "boolean" ? ValueNode.create(node.value ? 1 : 0) : super.transformValue(node);
  }
}

/** better-sqlite3 refuses JS booleans: store them as 0/1 (repositories read them back with Boolean()). */
const sqliteBooleans: KyselyPlugin = {
  transformQuery: (args: PluginTransformQueryArgs): RootOperationNode => new BooleanToInteger().transformNode(args.node),
  transformResult: async (args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> => args.result,
};

/** Opens SQLite (file or :memory:) or PostgreSQL as configured. */
export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: "postgres", destroy: () => db.destroy() };
  }
  if (config.file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(config.file)), { recursive: true });
  const sqlite = new SqliteDatabase(config.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [sqliteBooleans] });
  return { db, dialect: "sqlite", destroy: () => db.destroy() };
}

/** Reads a boolean column the same way on both dialects (SQLite gives 0/1). */
export function bool(value: unknown): boolean {
  return value === true || value === 1 || value === "1" || value === "t";
}
