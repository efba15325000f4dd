import { createRequire } from "node:module";

type Pg = typeof import("pg");

const require = createRequire(import.meta.url);
let loaded: Pg | undefined;

/**
 * The PostgreSQL driver, loaded on first use: a server on SQLite never loads it (about 15 MB less resident memory,
 * bench/README.md, deposit, session 5). PostgreSQL returns int8 (counts, sums) as strings by default; our counts fit in
 * a double, so they are read as numbers.
 */
export function pgDriver(): Pg {
  if (!loaded) {
    loaded = require("pg") as Pg;
    loaded.types.setTypeParser(20, (v) => Number(v));
  }
  return loaded;
}
