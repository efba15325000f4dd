import type { Deps } from "./deps.js";
import { demoAccountsTask } from "./modules/accounts/index.js";
import { seedDirectoryTask } from "./modules/directory/index.js";

/** One first-run task: idempotent, so that it is safe at every start. */
export type StartupTask = (deps: Deps) => Promise<void>;

/** Every module's first-run work, in order (seed directory, demo accounts...): add yours here. */
// Order matters: the demo accounts need the directory seed (the Département's structure and its services).
const STARTUP_TASKS: StartupTask[] = [seedDirectoryTask, demoAccountsTask];

/** What runs once at start after migrations. */
export async function runStartupTasks(deps: Deps): Promise<void> {
  for (const task of STARTUP_TASKS) await task(deps);
}
