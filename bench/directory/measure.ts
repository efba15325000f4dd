// Small timing helpers shared by the directory bench.

/**
 * Wall-clock milliseconds taken by `work`, and this process's CPU milliseconds (user + system): on a shared machine the
 * CPU time says what the work costs, the wall time what a user waits.
 */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

/** Percentiles of a sample, in ms. */
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function percentiles(samples: number[]): Percentiles {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: samples[samples.length - 1] ?? 0 };
}

/**
 * Latency percentiles of running `work` once per input after `warmup` unmeasured runs: wall time (what a user waits)
 * and this process's CPU time per run (microsecond resolution; what the run costs, far less disturbed than wall time
 * by other work on a shared machine; all of SQLite's work, only the client's share of PostgreSQL's).
 */
export async function latencies<T>(inputs: readonly T[], work: (input: T) => Promise<unknown>, warmup = 200): Promise<Percentiles & { cpu: Percentiles }> {
  for (const input of inputs.slice(0, warmup)) await work(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await work(input);
    const used = process.cpuUsage(startCpu);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ...percentiles(wall), cpu: percentiles(cpu) };
}

/** "1.23 ms" / "4.5 s" */
export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(2)} ms`;
}

/** "×1.8" */
export function ratio(value: number, baseline: number): string {
  return baseline > 0 ? `×${(value / baseline).toFixed(1)}` : "×?";
}
