/** One `guichet` subcommand. `run` resolves to the exit code. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  run(args: string[]): Promise<number>;
}
