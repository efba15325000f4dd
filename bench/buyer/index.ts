// Buyer-side figures: status changes per second through POST /api/v1/invoices/{id}/transitions (the real server on
// SQLite, loaded over loopback, each worker alternating SUSPENDUE and MISE_A_DISPOSITION on its own invoice), and the
// time from a change to its arrival on open live streams (GET /api/v1/events) with 1,000 of them open, with the
// server's memory. Next to a bare Fastify + better-sqlite3 server doing one UPDATE + INSERT and writing each change
// to its open streams, in the same run, each server in its own process.
import { type ChildProcess, fork } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { buyerInvoiceXml } from "../../test/buyer/support.js";
import { depositParts, multipart } from "../../test/invoices/http-helpers.js";
import { type Arrival, openStreams } from "./sse-clients.js";

const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const STREAMS = Number(process.env.BENCH_STREAMS ?? 1000);
const PROBES = Number(process.env.BENCH_PROBES ?? 30);
const PASSWORD = "banc-d-essai-acheteur-2026";
const SUPPLIER = "89900000400015"; // the demo company (accounts module)
const PUBLIC = "22060001900016"; // the Département in the directory seed

type Mode = "guichet" | "bare";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
}

function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function start(mode: Mode): Promise<{ child: ChildProcess; port: number; pid: number }> {
  // BENCH_CPU_PROF=<dir>: the Guichet server writes a V8 CPU profile there when it exits.
  const profile = process.env.BENCH_CPU_PROF && mode === "guichet" ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const child = fork(path.join(import.meta.dirname, "server.ts"), [mode], { execArgv: ["--import", "tsx", ...profile], env: { ...process.env, GUICHET_DEMO_PASSWORD: PASSWORD }, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  const { port, pid } = await new Promise<{ port: number; pid: number }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { port: number; pid: number }));
    child.once("exit", (code) => reject(new Error(`bench server ${mode} exited (${code})`)));
  });
  return { child, port, pid };
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.disconnect();
  const timer = setTimeout(() => child.kill(), 8000);
  await exited;
  clearTimeout(timer);
}

/** A bearer token of an API client that `email` (a manager) creates on `siret`. */
async function bearerToken(base: string, email: string, siret: string): Promise<string> {
  const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!login.ok) throw new Error(`login ${email}: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${base}/api/v1/structures/${siret}/api-clients`, { method: "POST", headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken }, body: JSON.stringify({ name: "bench" }) });
  const { clientId, clientSecret } = (await created.json()) as { clientId: string; clientSecret: string };
  const token = await fetch(`${base}/api/oauth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }) });
  return ((await token.json()) as { access_token: string }).access_token;
}

interface Target {
  ids: string[];
  transitionPath: (id: string) => string;
  processHeaders: Record<string, string>;
  streamPath: string;
  streamHeaders: Record<string, string>;
}

/** Deposits one invoice per worker plus the probe invoice (guichet), or names the bare server's rows. */
async function prepare(mode: Mode, port: number, count: number): Promise<Target> {
  if (mode === "bare") {
    return { ids: Array.from({ length: count }, (_, i) => `inv-${i}`), transitionPath: (id) => `/bare/invoices/${id}/transitions`, processHeaders: {}, streamPath: "/bare/events", streamHeaders: {} };
  }
  const base = `http://127.0.0.1:${port}`;
  const supplier = await bearerToken(base, "fournisseur@guichet.test", SUPPLIER);
  const buyer = await bearerToken(base, "gestionnaire.cd06@guichet.test", PUBLIC);
  const ids: string[] = [];
  const run = Date.now().toString(36);
  for (let i = 0; i < count; i++) {
    const body = multipart(depositParts(buyerInvoiceXml(`BB${run}-${i}`), { recipientSiret: PUBLIC, serviceCode: "DRIT" }));
    const res = await fetch(`${base}/api/v1/invoices`, { method: "POST", headers: { ...body.headers, authorization: `Bearer ${supplier}` }, body: new Uint8Array(body.payload) });
    if (res.status !== 201) throw new Error(`deposit: ${res.status} ${await res.text()}`);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return { ids, transitionPath: (id) => `/api/v1/invoices/${id}/transitions`, processHeaders: { authorization: `Bearer ${buyer}` }, streamPath: "/api/v1/events", streamHeaders: { authorization: `Bearer ${supplier}` } };
}

const SUSPEND = Buffer.from(JSON.stringify({ to: "SUSPENDUE", motif: "PV de réception manquant", expectedDocuments: ["PV de réception"] }));
const RESUME = Buffer.from(JSON.stringify({ to: "MISE_A_DISPOSITION" }));

/** One status change; resolves with the HTTP status. Each invoice alternates suspended / back in the inbox. */
function change(agent: http.Agent, port: number, target: Target, id: string, suspend: boolean): Promise<number> {
  const body = suspend ? SUSPEND : RESUME;
  return new Promise((resolve) => {
    const req = http.request({ host: "127.0.0.1", port, path: target.transitionPath(id), method: "POST", agent, headers: { ...target.processHeaders, "content-type": "application/json", "content-length": body.length } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

/** `CONCURRENCY` workers, each on its own invoice, for `durationMs`: status changes per second and latency. */
async function throughput(port: number, target: Target, suspended: boolean[], durationMs: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async (w: number) => {
    const id = target.ids[w] as string;
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const status = await change(agent, port, target, id, !suspended[w]);
      latencies.push(performance.now() - t0);
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status === 200) suspended[w] = !suspended[w];
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const ok = statuses[200] ?? 0;
  return { ok, failed: latencies.length - ok, statuses, perSecond: ok / seconds, p50: quantile(latencies, 0.5), p99: quantile(latencies, 0.99) };
}

/** PROBES changes of the probe invoice, one at a time: when each arrives on every open stream. */
async function probeLatency(port: number, target: Target, pool: { arrivals: Arrival[] }, suspended: boolean[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const probe = target.ids.length - 1;
  const id = target.ids[probe] as string;
  const all: number[] = [];
  const firsts: number[] = [];
  const lasts: number[] = [];
  let missing = 0;
  for (let k = 0; k < PROBES; k++) {
    pool.arrivals = [];
    const to = suspended[probe] ? "MISE_A_DISPOSITION" : "SUSPENDUE";
    const t0 = performance.now();
    const status = await change(agent, port, target, id, !suspended[probe]);
    if (status !== 200) throw new Error(`probe change refused: ${status}`);
    suspended[probe] = !suspended[probe];
    const waitUntil = performance.now() + 5000;
    const mine = () => pool.arrivals.filter((a) => a.invoiceId === id && a.to === to);
    while (mine().length < STREAMS && performance.now() < waitUntil) await sleep(2);
    const got = mine().map((a) => a.at - t0).sort((a, b) => a - b);
    missing += STREAMS - got.length;
    all.push(...got);
    if (got.length > 0) {
      firsts.push(got[0] as number);
      lasts.push(got[got.length - 1] as number);
    }
    await sleep(50);
  }
  agent.destroy();
  all.sort((a, b) => a - b);
  lasts.sort((a, b) => a - b);
  return { arrivals: all.length, missing, p50: quantile(all, 0.5), p95: quantile(all, 0.95), max: all[all.length - 1] ?? Number.NaN, lastP50: quantile(lasts, 0.5) };
}

async function measure(mode: Mode) {
  const server = await start(mode);
  try {
    const target = await prepare(mode, server.port, CONCURRENCY + 1);
    const suspended = target.ids.map(() => false);
    await throughput(server.port, target, suspended, 2000); // warm-up
    await sleep(1500);
    const idle = rssMb(server.pid);
    const cpuBefore = cpuSeconds(server.pid);
    const plain = await throughput(server.port, target, suspended, DURATION_MS);
    const cpuMsPerChange = ((cpuSeconds(server.pid) - cpuBefore) * 1000) / Math.max(1, plain.ok);
    const afterLoad = rssMb(server.pid);

    const sink = { record: true, arrivals: [] as Arrival[] };
    // Frames are parsed (and timed) only while latency is probed.
    const streams = await openStreams({ port: server.port, path: target.streamPath, headers: target.streamHeaders, count: STREAMS, onEvent: (a) => sink.record && sink.arrivals.push(a) });
    await sleep(1500);
    const withStreams = rssMb(server.pid);
    let peak = withStreams;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(server.pid));
    }, 100);
    const latency = await probeLatency(server.port, target, sink, suspended);
    // The same load while every change goes out to the open streams (frames read and dropped unparsed).
    sink.record = false;
    streams.parse = false;
    sink.arrivals = [];
    const fanout = await throughput(server.port, target, suspended, Math.min(DURATION_MS, 5000));
    clearInterval(sampler);
    streams.close();
    return { plain, cpuMsPerChange, idle, afterLoad, streams: { open: streams.open, failed: streams.failed }, withStreams, peak, latency, fanout };
  } finally {
    await stop(server.child);
  }
}

/** Runs the buyer bench and prints its figures. */
export async function run(): Promise<void> {
  console.log(`${CONCURRENCY} workers, ${DURATION_MS / 1000} s; ${STREAMS} live streams, ${PROBES} probe changes; SQLite`);
  const bare = process.env.BENCH_ONLY === "guichet" ? undefined : await measure("bare");
  const guichet = await measure("guichet");
  const line = (name: string, r: NonNullable<typeof bare>) => {
    console.log(`${name}`);
    console.log(`  changes/s ${r.plain.perSecond.toFixed(0).padStart(5)}   p50 ${r.plain.p50.toFixed(1)} ms  p99 ${r.plain.p99.toFixed(1)} ms   ok ${r.plain.ok} failed ${r.plain.failed}   server CPU ${r.cpuMsPerChange.toFixed(2)} ms/change`);
    if (r.plain.failed > 0) console.log(`  statuses: ${JSON.stringify(r.plain.statuses)}`);
    console.log(`  streams open ${r.streams.open} (refused ${r.streams.failed})   change → arrival on every stream: p50 ${r.latency.p50.toFixed(1)} ms  p95 ${r.latency.p95.toFixed(1)} ms  max ${r.latency.max.toFixed(1)} ms   (last stream served p50 ${r.latency.lastP50.toFixed(1)} ms; ${r.latency.arrivals} arrivals, ${r.latency.missing} missing)`);
    console.log(`  changes/s with the streams open ${r.fanout.perSecond.toFixed(0)}   p50 ${r.fanout.p50.toFixed(1)} ms  p99 ${r.fanout.p99.toFixed(1)} ms   failed ${r.fanout.failed}`);
    console.log(`  server RSS: idle ${r.idle.toFixed(0)} MB, after load ${r.afterLoad.toFixed(0)} MB, ${r.streams.open} streams open ${r.withStreams.toFixed(0)} MB, peak ${r.peak.toFixed(0)} MB`);
  };
  if (bare) line("bare Fastify + better-sqlite3 (UPDATE + INSERT, write to streams)", bare);
  line("Guichet POST /api/v1/invoices/{id}/transitions, GET /api/v1/events", guichet);
  if (bare) {
    console.log(`ratio Guichet / bare: ${((guichet.plain.perSecond / bare.plain.perSecond) * 100).toFixed(0)} % by throughput, ${((bare.cpuMsPerChange / guichet.cpuMsPerChange) * 100).toFixed(0)} % by server CPU per change; arrival p50 ${(guichet.latency.p50 / bare.latency.p50).toFixed(1)}x bare`);
  }
  console.log(`machine load average during the run: ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} on ${os.cpus().length} cores`);
}
