import { createApp } from "./app.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createDeps } from "./deps.js";
import { startEnginePool } from "./shared/engine-pool.js";
import { runStartupTasks } from "./startup.js";

/** The engine worker's entry, beside this file (compiled) or as its TypeScript source (development). */
export const ENGINE_WORKER_ENTRY = new URL("./engine-worker.js", import.meta.url);

/** Starts the portal: config → deps → app → listen. Returns a function that stops it. */
export async function serve(config: Config = loadConfig()): Promise<() => Promise<void>> {
  const deps = await createDeps(config);
  await runStartupTasks(deps);
  const stopEngine = await startEnginePool(ENGINE_WORKER_ENTRY, config.engineWorkers);
  const app = await createApp(deps);
  await app.listen({ port: config.port, host: config.host });
  deps.logger.info(`Guichet est prêt : ${config.publicUrl}`);
  const stop = async () => {
    await app.close();
    await stopEngine();
    await deps.database.destroy();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop().then(() => process.exit(0)));
  return stop;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  serve().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
