import type { Deps } from "./deps.js";

/** What runs once at start after migrations: each module's first-run work (seed directory, demo accounts...). */
export async function runStartupTasks(_deps: Deps): Promise<void> {}
