import { validateCommand } from "./validate.command.js";

/**
 * Entry of the bundle bin/guichet.js runs for `guichet validate` (built by scripts/build-cli.mjs into dist/cli-bundle):
 * the validate command alone, one module to load instead of ~200. Same output and exit codes as through runCli.
 */
export async function runValidate(args: string[]): Promise<number> {
  try {
    return await validateCommand.run(args);
  } catch (error) {
    console.error(error instanceof Error ? `Erreur : ${error.message}` : error);
    return 1;
  }
}
