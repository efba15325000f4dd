// The pool `guichet validate --jobs N` uses (src/cli/validate-pool.ts), fed the set without pause for a fixed time:
// invoices per wall second with 1 and with N workers in the same run, so the ratio says how the pool scales here. The
// compiled pool of dist/ (its workers run dist/cli/validate.worker.js, as the command does), built by the caller.
import path from "node:path";
import { pathToFileURL } from "node:url";

type PoolModule = typeof import("../../src/cli/validate-pool.js");
const COMPILED = pathToFileURL(path.resolve(import.meta.dirname, "../../dist/cli/validate-pool.js")).href;

/** Invoices per wall second through a pool of `workers`, keeping each worker busy for `ms` after a warm-up. */
export async function productPoolRate(docs: readonly Uint8Array[], workers: number, ms: number, warmupMs = 2000): Promise<number> {
  const { createValidatePool } = (await import(COMPILED)) as PoolModule;
  const pool = createValidatePool(workers);
  try {
    const deadline = async (duration: number): Promise<number> => {
      let done = 0;
      let next = 0;
      const end = performance.now() + duration;
      // One feeder per two pending slots of each worker: each waits for its answer, then sends the next file.
      const feeders = Array.from({ length: workers * 2 }, async () => {
        while (performance.now() < end) {
          const bytes = docs[next++ % docs.length] as Uint8Array;
          await pool.validate(bytes, {});
          done++;
        }
      });
      await Promise.all(feeders);
      return done;
    };
    while (!pool.hasRoom()) await new Promise((resolve) => setTimeout(resolve, 20));
    await deadline(warmupMs);
    const start = performance.now();
    const done = await deadline(ms);
    return done / ((performance.now() - start) / 1000);
  } finally {
    await pool.close();
  }
}
