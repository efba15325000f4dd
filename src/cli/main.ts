import { ConfigError } from "../config.js";
import { adminCommand } from "./admin.command.js";
import { demoCommand } from "./demo.command.js";
import { directoryCommand } from "./directory.command.js";
import { migrateCommand } from "./migrate.command.js";
import { serveCommand } from "./serve.command.js";
import type { CliCommand } from "./command.js";

/** Every subcommand of `guichet`: add yours here. */
const COMMANDS: CliCommand[] = [serveCommand, migrateCommand, directoryCommand, adminCommand, demoCommand];

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`);
  return `guichet — portail de facturation électronique\n\nUsage :\n${lines.join("\n")}\n\nguichet <commande> --help pour le détail.`;
}

/** Runs `guichet <command> ...args` and resolves to the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(help());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Commande inconnue : ${name}\n\n${help()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    console.error(error instanceof Error ? `Erreur : ${error.message}` : error);
    return 1;
  }
}
