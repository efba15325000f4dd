import { ConfigError } from "../config.js";
import type { CliCommand } from "./command.js";

interface CommandEntry {
  name: string;
  /** Loaded only when run, so that `guichet validate one.xml` does not pay for the web server's imports. */
  load: () => Promise<CliCommand>;
}

/** Every subcommand of `guichet`, in help order: add yours here. */
const COMMANDS: CommandEntry[] = [
  { name: "serve", load: async () => (await import("./serve.command.js")).serveCommand },
  { name: "migrate", load: async () => (await import("./migrate.command.js")).migrateCommand },
  { name: "directory", load: async () => (await import("./directory.command.js")).directoryCommand },
  { name: "admin", load: async () => (await import("./admin.command.js")).adminCommand },
  { name: "demo", load: async () => (await import("./demo.command.js")).demoCommand },
  { name: "validate", load: async () => (await import("./validate.command.js")).validateCommand },
  { name: "inspect", load: async () => (await import("./inspect.command.js")).inspectCommand },
  { name: "convert", load: async () => (await import("./convert.command.js")).convertCommand },
  { name: "files", load: async () => (await import("./files.command.js")).filesCommand },
];

async function help(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map((c) => c.load()));
  const lines = commands.map((c) => `  ${c.usage.padEnd(44)} ${c.summary}`);
  return `guichet — portail de facturation électronique\n\nUsage :\n${lines.join("\n")}\n\nguichet <commande> --help pour le détail.`;
}

/** Runs `guichet <command> ...args` and resolves to the process exit code. */
export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(await help());
    return name ? 0 : 2;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    console.error(`Commande inconnue : ${name}\n\n${await help()}`);
    return 2;
  }
  try {
    return await (await entry.load()).run(rest);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 2;
    }
    console.error(error instanceof Error ? `Erreur : ${error.message}` : error);
    return 1;
  }
}
