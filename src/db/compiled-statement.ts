import type { Compilable, CompiledQuery } from "kysely";
import type { Db } from "./transaction.js";

// Building a statement with Kysely's query builder and compiling it to SQL costs more CPU than running a small
// statement in SQLite (about 60-100 µs of builder objects, plugin pass and compiler per statement, in a deposit
// profile). A hot statement is therefore built once per database and shape with placeholder values standing for its
// parameters; each run only puts the real values where the placeholders were and runs the SQL kept from that first
// compilation (same SQL text, so SQLite also reuses its prepared statement, sqlite-statements.ts).
//
// The shape is what changes the SQL: the length of a list (`in (?, ?)`, rows of a multi-row insert) and the keys of a
// row (a key left undefined is not written). Values themselves never change the SQL: they are all bound parameters.

const SLOT = "\u0000guichet-slot:";
/** Shapes kept per statement and database (in-lists and batches have a bounded number of lengths in practice). */
const MAX_SHAPES = 64;

type Path = ReadonlyArray<string | number>;
interface Compiled {
  query: CompiledQuery;
  /** For each parameter of the SQL: the path of its value in the run's values, or undefined for a constant. */
  paths: Array<Path | undefined>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The part of the values that decides the SQL text: lists' lengths and records' defined keys. */
function shapeOf(value: unknown): string {
  if (Array.isArray(value)) {
    let s = "[";
    for (const item of value) s += `${shapeOf(item)},`;
    return `${s}]`;
  }
  if (isRecord(value)) {
    let s = "{";
    for (const key in value) if (value[key] !== undefined) s += `${key}:${shapeOf(value[key])},`;
    return `${s}}`;
  }
  return value === undefined ? "u" : "_";
}

/** The same structure as `value` with a placeholder string instead of each value, recorded with its path. */
function slotted(value: unknown, path: Path, slots: Map<string, Path>): unknown {
  if (Array.isArray(value)) return value.map((item, i) => slotted(item, [...path, i], slots));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const key in value) if (value[key] !== undefined) out[key] = slotted(value[key], [...path, key], slots);
    return out;
  }
  if (value === undefined) return undefined;
  const slot = `${SLOT}${slots.size}`;
  slots.set(slot, path);
  return slot;
}

function at(values: unknown, path: Path): unknown {
  let v = values;
  for (const step of path) v = (v as Record<string | number, unknown>)[step];
  // Flags are integer columns on both dialects (ADR 0001): what the boolean plugin and sqlite-statements.ts do.
  return typeof v === "boolean" ? (v ? 1 : 0) : v;
}

function compile<P>(db: Db, build: (db: Db, values: P) => Compilable<unknown>, values: P): Compiled {
  const slots = new Map<string, Path>();
  const query = build(db, slotted(values, [], slots) as P).compile();
  const paths = query.parameters.map((p) => (typeof p === "string" ? slots.get(p) : undefined));
  // A placeholder the builder changed or dropped (a value turned into SQL text instead of a parameter) would run the
  // SQL with the wrong values: refuse to keep such a statement.
  const used = new Set(paths.filter((p) => p !== undefined));
  if (used.size !== slots.size || query.sql.includes(SLOT)) throw new Error("compiled statement: every value must be a bound parameter");
  return { query, paths };
}

/** A statement compiled once per database and shape, then run with new values. */
export interface CompiledStatement<P, R> {
  /** Runs the statement with these values; the rows it returns (none for a write without `returning`). */
  execute(db: Db, values: P): Promise<R[]>;
  /** The first row, or undefined. */
  executeTakeFirst(db: Db, values: P): Promise<R | undefined>;
}

/**
 * Keeps the SQL of a statement that the request path runs often: `build` is called with placeholders (and only on the
 * first run for a database and a shape of the values), so it must use every value as a plain parameter (no value
 * decides the SQL text, no value is computed on in JavaScript inside `build`).
 */
export function compiledStatement<P, R>(build: (db: Db, values: P) => Compilable<R>): CompiledStatement<P, R> {
  // Keyed by the database's adapter: a database and its transactions share it, and each dialect has its own SQL.
  const byAdapter = new WeakMap<object, Map<string, Compiled>>();
  const execute = async (db: Db, values: P): Promise<R[]> => {
    const adapter = db.getExecutor().adapter;
    let shapes = byAdapter.get(adapter);
    if (!shapes) {
      shapes = new Map();
      byAdapter.set(adapter, shapes);
    }
    const shape = shapeOf(values);
    let compiled = shapes.get(shape);
    if (!compiled) {
      compiled = compile(db, build, values);
      if (shapes.size < MAX_SHAPES) shapes.set(shape, compiled);
    }
    const { query, paths } = compiled;
    const parameters = query.parameters.map((constant, i) => {
      const path = paths[i];
      return path ? at(values, path) : constant;
    });
    const result = await db.executeQuery<R>({ ...query, parameters } as CompiledQuery<R>);
    return result.rows;
  };
  return {
    execute,
    async executeTakeFirst(db, values) {
      return (await execute(db, values))[0];
    },
  };
}
