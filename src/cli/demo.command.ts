import { loadConfig } from "../config.js";
import { createDeps } from "../deps.js";
import { runStartupTasks } from "../startup.js";
import type { CliCommand } from "./command.js";

export const demoCommand: CliCommand = {
  name: "demo",
  usage: "demo",
  summary: "crée l'annuaire et les comptes de démonstration sur une base neuve (jamais en production)",
  async run() {
    const config = loadConfig();
    if (config.production) {
      console.error("Les comptes de démonstration n'existent jamais en production (NODE_ENV=production).");
      return 1;
    }
    const deps = await createDeps(config);
    try {
      const hadUsers = (await deps.database.db.selectFrom("users").select("id").limit(1).execute()).length > 0;
      // The startup tasks seed the directory, then create (and print) the demo accounts on a new database.
      await runStartupTasks(deps);
      if (hadUsers) console.log("La base contient déjà des comptes : aucun compte de démonstration créé.");
      return 0;
    } finally {
      await deps.database.destroy();
    }
  },
};
