import net from "node:net";

// A small HTTP load tool for loopback: `concurrency` keep-alive connections, each sending its next request as soon as
// the previous answer arrives, for `durationMs`. Counts answers by status and records latencies. It writes requests
// and reads answers on plain sockets (HTTP/1.1, answers with a Content-Length, as Fastify sends them): it shares the
// machine's cores with the server, and Node's HTTP client cost it about 0.2 ms of CPU per request (bench/README.md).

export interface LoadResult {
  ok: number;
  failed: number;
  statuses: Record<number, number>;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

interface Options {
  port: number;
  path: string;
  headers: (i: number) => Record<string, string>;
  body: (i: number) => Buffer;
  concurrency: number;
  durationMs: number;
  expect: number;
}

const HEAD_END = Buffer.from("\r\n\r\n");

/** One keep-alive connection: send() writes a request and resolves with the answer's status (0 when it failed). */
function connection(port: number): Promise<{ send(head: string, body: Buffer): Promise<number>; close(): void }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.setNoDelay(true);
    let buffered: Buffer = Buffer.alloc(0);
    let waiting: ((status: number) => void) | undefined;
    const settle = (status: number) => {
      const done = waiting;
      waiting = undefined;
      done?.(status);
    };
    // An answer is complete once its head and Content-Length bytes of body have arrived.
    socket.on("data", (chunk: Buffer) => {
      buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk]);
      const end = buffered.indexOf(HEAD_END);
      if (end < 0) return;
      const head = buffered.toString("latin1", 0, end);
      const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
      if (!length) {
        socket.destroy();
        return settle(0);
      }
      const total = end + 4 + Number(length[1]);
      if (buffered.length < total) return;
      buffered = buffered.subarray(total);
      settle(Number(head.slice(9, 12)));
    });
    socket.on("error", () => settle(0));
    socket.on("close", () => settle(0));
    socket.once("connect", () =>
      resolve({
        send(head, body) {
          return new Promise<number>((done) => {
            if (socket.destroyed) return done(0);
            waiting = done;
            socket.cork();
            socket.write(head, "latin1");
            socket.write(body);
            socket.uncork();
          });
        },
        close: () => socket.destroy(),
      }),
    );
    socket.once("error", reject);
  });
}

export async function runLoad(options: Options): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let next = 0;
  let ok = 0;
  let failed = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    let conn = await connection(options.port);
    while (performance.now() < deadline) {
      const i = next++;
      const body = options.body(i);
      const lines = Object.entries(options.headers(i)).map(([k, v]) => `${k}: ${v}\r\n`);
      const head = `POST ${options.path} HTTP/1.1\r\nhost: 127.0.0.1:${options.port}\r\n${lines.join("")}content-length: ${body.length}\r\n\r\n`;
      const t0 = performance.now();
      const status = await conn.send(head, body);
      latencies.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === options.expect) ok++;
      else failed++;
      if (status === 0) conn = await connection(options.port);
    }
    conn.close();
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { ok, failed, statuses, seconds, perSecond: ok / seconds, p50: at(0.5), p99: at(0.99) };
}
