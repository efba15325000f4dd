import http from "node:http";

// Many open event streams on loopback (as many browsers would hold): each parses the server-sent events it receives
// and reports every `invoice.status_changed` frame with the instant it arrived.

export interface Arrival {
  connection: number;
  invoiceId: string;
  to: string;
  at: number;
}

export interface StreamPool {
  open: number;
  failed: number;
  /** False: frames are read and dropped unparsed (so that a fan-out run measures the server, not this parser). */
  parse: boolean;
  close(): void;
}

/** Opens `count` streams on `path` (a few at a time) and calls `onEvent` for each status change frame received. */
export async function openStreams(options: { port: number; path: string; headers: Record<string, string>; count: number; onEvent: (a: Arrival) => void }): Promise<StreamPool> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.count + 10 });
  const requests: http.ClientRequest[] = [];
  const pool: StreamPool = { open: 0, failed: 0, parse: true, close: () => undefined };
  const openOne = (connection: number) =>
    new Promise<void>((resolve) => {
      const req = http.get({ host: "127.0.0.1", port: options.port, path: options.path, agent, headers: { accept: "text/event-stream", ...options.headers } }, (res) => {
        if (res.statusCode !== 200) {
          pool.failed++;
          res.resume();
          resolve();
          return;
        }
        pool.open++;
        res.setEncoding("utf8");
        let buffer = "";
        res.on("data", (chunk: string) => {
          if (!pool.parse) return;
          const at = performance.now();
          buffer += chunk;
          let end = buffer.indexOf("\n\n");
          while (end >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf("\n\n");
            const data = /^data: (.*)$/m.exec(frame)?.[1];
            if (!data || !/^event: invoice\.status_changed$/m.test(frame)) continue;
            const payload = JSON.parse(data) as { invoiceId: string; to: string };
            options.onEvent({ connection, invoiceId: payload.invoiceId, to: payload.to, at });
          }
        });
        res.on("error", () => undefined);
        resolve();
      });
      req.on("error", () => {
        pool.failed++;
        resolve();
      });
      requests.push(req);
    });
  for (let i = 0; i < options.count; i += 50) await Promise.all(Array.from({ length: Math.min(50, options.count - i) }, (_, k) => openOne(i + k)));
  pool.close = () => {
    for (const req of requests) req.destroy();
    agent.destroy();
  };
  return pool;
}
