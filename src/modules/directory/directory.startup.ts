import type { Deps } from "../../deps.js";
import { loadDirectorySeed } from "./load-directory-seed.js";

/** Startup task: a new database gets the seed directory (the Département's structures and services). */
export async function seedDirectoryTask(deps: Deps): Promise<void> {
  const loaded = await loadDirectorySeed(deps.database.db, { now: deps.clock.now().toISOString() });
  if (loaded > 0) deps.logger.info(`Annuaire initialisé : ${loaded} structures chargées depuis le jeu de départ`);
}
