import { loadConfig } from "../config.js";
import { createDeps } from "../deps.js";
import { createDemoAccounts } from "../modules/accounts/index.js";
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
      // The startup tasks seed the directory and create the demo accounts on a new database.
      await runStartupTasks(deps);
      if (!(await createDemoAccounts(deps, () => {}))) console.log("La base contient déjà des comptes : aucun compte de démonstration créé.");
      return 0;
    } finally {
      await deps.database.destroy();
    }
  },
};
