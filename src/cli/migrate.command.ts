import { loadConfig } from "../config.js";
import { openDatabase } from "../db/database.js";
import { migrateToLatest } from "../db/migrate.js";
import type { CliCommand } from "./command.js";

export const migrateCommand: CliCommand = {
  name: "migrate",
  usage: "migrate",
  summary: "met le schéma de la base à jour",
  async run() {
    const handle = openDatabase(loadConfig().database);
    try {
      const applied = await migrateToLatest(handle.db);
      console.log(applied.length ? `Migrations appliquées : ${applied.join(", ")}` : "La base est déjà à jour.");
      return 0;
    } finally {
      await handle.destroy();
    }
  },
};
