// What the in-process benchmarks share: the corpus folder, a recursive file list, and the CPU-time measurement in
// interleaved rounds.
import fs from "node:fs";
import path from "node:path";

/** The corpus: GUICHET_CORPUS, or ../shared/corpus beside the repository. */
export const CORPUS = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../shared/corpus"));
export const ROUND_MS = 400;
export const ROUNDS = 5;

/** Every file below `dir`. */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/**
 * Runs `fn` over the whole set repeatedly for about `ms` of wall time; returns passes per second of this process's
 * CPU time (user + system), which other work on a shared machine disturbs much less than wall time.
 */
export function cpuPassesPerSecond<T>(set: readonly T[], fn: (item: T) => unknown, ms: number = ROUND_MS): number {
  let passes = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < ms) {
    for (const item of set) fn(item);
    passes++;
  }
  const used = process.cpuUsage(cpu);
  return passes / ((used.user + used.system) / 1e6);
}

/**
 * Measures each candidate in interleaved rounds and keeps its best round: on a machine shared with other work, the
 * best round is the least disturbed one, and interleaving exposes every candidate to the same conditions.
 */
export function bestCpuPassesPerSecond<T>(set: readonly T[], fns: readonly ((item: T) => unknown)[]): number[] {
  for (const fn of fns) for (const item of set) fn(item); // warm-up (JIT)
  const best = fns.map(() => 0);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, fn] of fns.entries()) best[i] = Math.max(best[i] ?? 0, cpuPassesPerSecond(set, fn, ROUND_MS));
  }
  return best;
}
