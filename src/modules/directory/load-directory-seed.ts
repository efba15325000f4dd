import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { countStructures } from "./directory.repository.js";
import { importDirectory } from "./import-directory.js";

/** The seed: the Département des Alpes-Maritimes' structures and services, in the national layout. */
export const SEED_FILES = { structures: "alpes-maritimes-structures.csv", services: "alpes-maritimes-services.csv" } as const;

/** Where a seed file is: beside this module, or in the source tree when running compiled (tsc copies no data files). */
export function seedFilePath(name: string): string {
  const beside = fileURLToPath(new URL(`./seed/${name}`, import.meta.url));
  if (fs.existsSync(beside)) return beside;
  return beside.replace(/([\\/])dist([\\/])/, "$1src$2");
}

/**
 * Startup task: loads the seed into a directory that is still empty (a new database), and does nothing otherwise.
 * Returns how many structures it loaded.
 */
export async function loadDirectorySeed(db: Kysely<Database>, context: { now: string }): Promise<number> {
  if ((await countStructures(db)) > 0) return 0;
  const read = (name: string) => ({ name, text: fs.readFileSync(seedFilePath(name), "utf8") });
  const result = await importDirectory(db, { structures: read(SEED_FILES.structures), services: read(SEED_FILES.services), full: false }, context);
  return result.structures;
}
