import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import pino from "pino";
import { createApp } from "../src/app.js";
import { type Config, loadConfig } from "../src/config.js";
import type { Dialect } from "../src/db/database.js";
import { createDeps, type Deps, defaultFileStorage } from "../src/deps.js";
import { fixedClock } from "../src/shared/clock.js";
import { createTestDatabase } from "./test-database.js";

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  clock: ReturnType<typeof fixedClock>;
  close(): Promise<void>;
}

/** A test configuration: NODE_ENV=test, a temp data dir, plus any environment overrides. */
export function testConfig(env: Record<string, string> = {}): Config {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "guichet-test-"));
  return loadConfig({ NODE_ENV: "test", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...env });
}

/** The whole application on a fresh real database of the given dialect, with a fixed clock and a temp file store. */
export async function createTestApp(dialect: Dialect, options: { env?: Record<string, string>; now?: string } = {}): Promise<TestApp> {
  const config = testConfig(options.env);
  const database = await createTestDatabase(dialect);
  const clock = fixedClock(options.now ?? "2026-03-02T09:00:00.000Z");
  const deps = await createDeps(config, {
    database,
    clock,
    files: defaultFileStorage(config, database),
    logger: pino({ level: "silent" }),
  });
  const app = await createApp(deps, { serveWeb: false });
  return {
    app,
    deps,
    clock,
    close: async () => {
      await app.close();
      await database.destroy();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}
