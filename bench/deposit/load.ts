import http from "node:http";

// A small HTTP load tool for loopback: `concurrency` keep-alive connections, each sending its next request as soon as
// the previous answer arrives, for `durationMs`. Counts answers by status and records latencies.

export interface LoadResult {
  ok: number;
  failed: number;
  statuses: Record<number, number>;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export async function runLoad(options: { port: number; path: string; headers: (i: number) => Record<string, string>; body: (i: number) => Buffer; concurrency: number; durationMs: number; expect: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const body = options.body(i);
      const t0 = performance.now();
      const req = http.request({ host: "127.0.0.1", port: options.port, path: options.path, method: "POST", agent, headers: { ...options.headers(i), "content-length": body.length } }, (res) => {
        res.resume();
        res.on("end", () => {
          latencies.push(performance.now() - t0);
          statuses[res.statusCode ?? 0] = (statuses[res.statusCode ?? 0] ?? 0) + 1;
          if (res.statusCode === options.expect) ok++;
          else failed++;
          resolve();
        });
      });
      req.on("error", () => {
        failed++;
        resolve();
      });
      req.end(body);
    });
  const worker = async () => {
    while (performance.now() < deadline) await one(next++);
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { ok, failed, statuses, seconds, perSecond: ok / seconds, p50: at(0.5), p99: at(0.99) };
}
