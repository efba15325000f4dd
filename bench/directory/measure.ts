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

/** Latency percentiles (wall ms) of running `work` once per input after `warmup` unmeasured runs, and CPU ms per run. */
export async function latencies<T>(
  inputs: readonly T[],
  work: (input: T) => Promise<unknown>,
  warmup = 200,
): Promise<{ p50: number; p95: number; p99: number; max: number; cpuPerRun: number }> {
  for (const input of inputs.slice(0, warmup)) await work(input);
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (const input of inputs) {
    const start = performance.now();
    await work(input);
    samples.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const cpuPerRun = (used.user + used.system) / 1000 / Math.max(1, inputs.length);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: samples[samples.length - 1] ?? 0, cpuPerRun };
}

/** "1.23 ms" / "4.5 s" */
export function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(2)} ms`;
}

/** "×1.8" */
export function ratio(value: number, baseline: number): string {
  return baseline > 0 ? `×${(value / baseline).toFixed(1)}` : "×?";
}
