// Vitest global setup: starts a real PostgreSQL for the run unless TEST_DATABASES excludes it or TEST_PG_URL is given.
import { startPostgres } from "../scripts/postgres-server.mjs";

export default async function setup(): Promise<(() => void) | undefined> {
  const wanted = (process.env.TEST_DATABASES ?? "sqlite,postgres").split(",");
  if (!wanted.includes("postgres") || process.env.TEST_PG_URL) return undefined;
  const server = await startPostgres();
  process.env.TEST_PG_URL = server.url;
  return () => server.stop();
}
