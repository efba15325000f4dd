import { loadConfig } from "../config.js";
import { createDeps, type Deps } from "../deps.js";
import type { CliCommand } from "./command.js";

/**
 * A subcommand that works on the configured database: with no argument it prints its help (exit 2), with --help too
 * (exit 0); otherwise it builds the deps, runs, and closes the database whatever happens.
 */
export function depsCommand(spec: Omit<CliCommand, "run"> & { help: string; run(deps: Deps, args: string[]): Promise<number> }): CliCommand {
  return {
    name: spec.name,
    usage: spec.usage,
    summary: spec.summary,
    async run(args) {
      if (args.length === 0 || args[0] === "--help") {
        console.log(spec.help);
        return args.length === 0 ? 2 : 0;
      }
      const deps = await createDeps(loadConfig());
      try {
        return await spec.run(deps, args);
      } finally {
        await deps.database.destroy();
      }
    },
  };
}
