// API deposit throughput: POST /api/v1/invoices of a valid CII invoice (parse, validate, store, route) on SQLite,
// next to a bare Fastify POST-and-insert of the same bytes, in the same run, each server in its own process, loaded
// over loopback by a small keep-alive load tool. Reports invoices/s, latency, the ratio, and the server's memory.
import { type ChildProcess, fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runLoad } from "./load.js";

const CORPUS = path.resolve(process.env.GUICHET_CORPUS ?? path.join(import.meta.dirname, "../../../shared/corpus"));
const DURATION_MS = Number(process.env.BENCH_SECONDS ?? 10) * 1000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
// BENCH_WARMUP_SECONDS: deposits before the measured run (2 s by default). The engine's thousands of small rule
// functions are still being optimised by V8 several seconds in (bench/README.md, validation, session 5).
const WARMUP_MS = Number(process.env.BENCH_WARMUP_SECONDS ?? 2) * 1000;
export const PASSWORD = "banc-d-essai-depot-2026";
const SUPPLIER = "89900000400015"; // the demo company (accounts module)
export const RECIPIENT = "22060001900016"; // the Département in the directory seed
const SERVICE = "DRIT";

/** The corpus EN 16931 CII invoice, comments and indentation removed, made the demo supplier's, number as a slot. */
export function template(): { head: Buffer; tail: Buffer; size: number } {
  const xml = fs
    .readFileSync(path.join(CORPUS, "akretion-facturx/tests/fixtures/xml/factur-x-en16931.xml"), "utf8")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/>\s+</g, "><")
    .replace(">12345678200077<", `>${SUPPLIER}<`)
    .replace('<ram:ID schemeID="0002">123456782</ram:ID>', `<ram:ID schemeID="0002">${SUPPLIER.slice(0, 9)}</ram:ID>`)
    .replace(">FR11123456782<", `>FR${String((12 + 3 * (Number(SUPPLIER.slice(0, 9)) % 97)) % 97).padStart(2, "0")}${SUPPLIER.slice(0, 9)}<`)
    .replace(">SERVEXEC<", `>${SERVICE}<`)
    // B2G rules: the public buyer identified by its SIRET (BR-FR-CPRO-10), an IBAN of at most 27 characters (CPRO-39).
    .replace('<ram:ID schemeID="0002">987654321</ram:ID>', `<ram:ID schemeID="0009">${RECIPIENT}</ram:ID>`)
    .replaceAll("FR 05 987 654 321", `FR${String((12 + 3 * (Number(RECIPIENT.slice(0, 9)) % 97)) % 97).padStart(2, "0")}${RECIPIENT.slice(0, 9)}`)
    .replace(">FR20 1254 2547 2569 8542 5874 698<", ">FR2012542547256985425874698<");
  const [head, tail] = xml.split("<ram:ID>F20260023</ram:ID>") as [string, string];
  return { head: Buffer.from(`${head}<ram:ID>`), tail: Buffer.from(`</ram:ID>${tail}`), size: Buffer.byteLength(xml) };
}

/** A multipart/form-data body with these fields and the invoice as `file`. */
export function multipartBody(boundary: string, file: Buffer, fields: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="facture.xml"\r\ncontent-type: application/xml\r\n\r\n`), file, Buffer.from(`\r\n--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

/** CPU seconds (user + system) the process has used so far. */
function cpuSeconds(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100 Hz)
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** The Node flags `npm start` gives the server (package.json's start script, between `node` and the script). */
function startFlags(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "../../package.json"), "utf8")) as { scripts: { start: string } };
  return /^node((?: --\S+)*) /.exec(pkg.scripts.start)?.[1]?.trim() ?? "";
}

// BENCH_SERVER_STDOUT=<file>: the Guichet server's stdout (the development mails, and --trace-gc lines when given in
// BENCH_SERVER_FLAGS) is appended there instead of discarded.
function serverStdout(mode: "guichet" | "bare"): "ignore" | number {
  const file = process.env.BENCH_SERVER_STDOUT;
  return file && mode === "guichet" ? fs.openSync(file, "a") : "ignore";
}

// The server reads deposits on as many workers as the application's configuration says (ENGINE_WORKERS, one by
// default on 2 cores or more), unless this run asks for a count (the extra run of BENCH_WORKERS).
function serverEnv(workers: number | undefined): NodeJS.ProcessEnv {
  const { BENCH_WORKERS: _asked, ...env } = process.env;
  return workers === undefined ? env : { ...env, ENGINE_WORKERS: String(workers) };
}

async function start(mode: "guichet" | "bare", workers: number | undefined): Promise<{ child: ChildProcess; port: number; pid: number }> {
  // The Guichet server gets the Node flags of `npm start` (package.json), or BENCH_SERVER_FLAGS instead (" " for none).
  // BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it exits (summarise with profile-summary.ts).
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
  const stdout = serverStdout(mode);
  const child = fork(path.join(import.meta.dirname, "server.ts"), [mode], { execArgv: ["--import", "tsx", ...profile, ...(process.env.BENCH_HEAP ? ["--expose-gc"] : []), ...(mode === "guichet" ? (process.env.BENCH_SERVER_FLAGS ?? startFlags()).split(" ").filter(Boolean) : [])], env: { ...serverEnv(workers), GUICHET_DEMO_PASSWORD: PASSWORD }, stdio: ["ignore", stdout, "inherit", "ipc"] });
  if (typeof stdout === "number") fs.closeSync(stdout); // the child has its own copy
  const { port, pid } = await new Promise<{ port: number; pid: number }>((resolve, reject) => {
    child.once("message", (m) => resolve(m as { port: number; pid: number }));
    child.once("exit", (code) => reject(new Error(`bench server ${mode} exited (${code})`)));
  });
  return { child, port, pid };
}

async function bearerToken(port: number): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  const login = await fetch(`${base}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "fournisseur@guichet.test", password: PASSWORD }) });
  if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const created = await fetch(`${base}/api/v1/structures/${SUPPLIER}/api-clients`, { method: "POST", headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken }, body: JSON.stringify({ name: "bench" }) });
  const { clientId, clientSecret } = (await created.json()) as { clientId: string; clientSecret: string };
  const token = await fetch(`${base}/api/oauth/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }) });
  return ((await token.json()) as { access_token: string }).access_token;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function measure(mode: "guichet" | "bare", tpl: ReturnType<typeof template>, runId: string, workers?: number) {
  const server = await start(mode, workers);
  try {
    const token = mode === "guichet" ? await bearerToken(server.port) : "";
    const boundary = `----bench${runId}`;
    const body = (i: number) => multipartBody(boundary, Buffer.concat([tpl.head, Buffer.from(`B${runId}-${mode[0]}${workers ?? "d"}-${i}`), tpl.tail]), mode === "guichet" ? { recipientSiret: RECIPIENT } : {});
    const headers = () => ({ "content-type": `multipart/form-data; boundary=${boundary}`, ...(token ? { authorization: `Bearer ${token}` } : {}) });
    const target = mode === "guichet" ? "/api/v1/invoices" : "/bare";
    // One request first: a bench that measures refusals would be meaningless.
    const smoke = await fetch(`http://127.0.0.1:${server.port}${target}`, { method: "POST", headers: headers(), body: new Uint8Array(body(2_000_000)) });
    if (smoke.status !== 201) throw new Error(`${mode}: the bench invoice is not accepted (${smoke.status}): ${await smoke.text()}`);
    const smokeId = mode === "guichet" ? ((await smoke.json()) as { id: string }).id : "";
    // Warm-up (JIT, caches), then idle memory, then the measured run with memory sampled every 100 ms.
    await runLoad({ port: server.port, path: target, headers, body: (i) => body(1_000_000 + i), concurrency: CONCURRENCY, durationMs: WARMUP_MS, expect: 201 });
    await sleep(1000);
    const idle = rssMb(server.pid);
    let peak = idle;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rssMb(server.pid));
    }, 100);
    // BENCH_MIXED=1: the portal's other engine features used beside the deposits (mixed.ts; loaded only then).
    const side = process.env.BENCH_MIXED && mode === "guichet" ? (await import("./mixed.js")).startSideLoad(server.port, token, smokeId, Buffer.concat([tpl.head, Buffer.from(`S${runId}`), tpl.tail]), RECIPIENT, runId) : undefined;
    const cpuBefore = cpuSeconds(server.pid);
    // The load tool runs in this process, on the same cores: its own CPU is reported beside the server's.
    const toolBefore = process.cpuUsage();
    const result = await runLoad({ port: server.port, path: target, headers, body, concurrency: CONCURRENCY, durationMs: DURATION_MS, expect: 201 });
    const tool = process.cpuUsage(toolBefore);
    const cpuMsPerRequest = ((cpuSeconds(server.pid) - cpuBefore) * 1000) / Math.max(1, result.ok);
    const toolMsPerRequest = (tool.user + tool.system) / 1000 / Math.max(1, result.ok + result.failed);
    const mixed = await side?.stop();
    clearInterval(sampler);
    if (mixed) console.log(`  side requests during the run (BENCH_MIXED): ${mixed.sent} sent, ${mixed.ok} ok${Object.keys(mixed.failed).length ? `, failed: ${JSON.stringify(mixed.failed)}` : ""}`);
    // BENCH_AFTER_SECONDS: how long after the run the "after" RSS is read (3 s by default).
    await sleep(Number(process.env.BENCH_AFTER_SECONDS ?? 3) * 1000);
    const after = rssMb(server.pid);
    // BENCH_HEAP=1: what is live in the server after the run (full collection), to tell garbage from a leak.
    if (process.env.BENCH_HEAP && mode === "guichet") {
      const heap = await new Promise((resolve) => {
        server.child.once("message", (m) => resolve((m as { heap: unknown }).heap));
        server.child.send("heap");
      });
      const mb = (n: number) => `${(n / 1048576).toFixed(0)} MB`;
      console.log(`  heap after the run: ${Object.entries(heap as Record<string, number>).map(([k, v]) => `${k} ${mb(v)}`).join(", ")}`);
    }
    return { ...result, idle, peak, after, cpuMsPerRequest, toolMsPerRequest };
  } finally {
    // The server exits on disconnect (a CPU profile is written on that normal exit); killed if it lingers.
    const exited = new Promise((resolve) => server.child.once("exit", resolve));
    server.child.disconnect();
    const timer = setTimeout(() => server.child.kill(), 5000);
    await exited;
    clearTimeout(timer);
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;

const line = (name: string, r: Measured) =>
  `${name.padEnd(40)} ${r.perSecond.toFixed(0).padStart(6)} /s   p50 ${r.p50.toFixed(1)} ms   p99 ${r.p99.toFixed(1)} ms   ok ${r.ok}  failed ${r.failed}   server CPU ${r.cpuMsPerRequest.toFixed(2)} ms/req (load tool ${r.toolMsPerRequest.toFixed(2)})   RSS idle ${r.idle.toFixed(0)} MB, peak ${r.peak.toFixed(0)} MB, after ${r.after.toFixed(0)} MB`;

/** Runs the deposit bench and prints its figures. */
export async function run(): Promise<void> {
  const tpl = template();
  const runId = randomBytes(3).toString("hex");
  console.log(`invoice: CII EN 16931, ${(tpl.size / 1024).toFixed(1)} KB; ${CONCURRENCY} connections; ${WARMUP_MS / 1000} s warm-up, ${DURATION_MS / 1000} s per server; SQLite`);
  // BENCH_ONLY=guichet skips the baseline (profiling); BENCH_WORKERS=n adds a Guichet run with the deposit's reading on
  // n worker threads (read-deposit-job.ts; 0: on the main thread) beside the run with the configured default.
  // BENCH_REPEAT=n: n rounds of the servers in turn (the VM's speed drifts by ±15 %), then the medians.
  const only = process.env.BENCH_ONLY;
  const workers = process.env.BENCH_WORKERS === undefined ? undefined : Number(process.env.BENCH_WORKERS);
  const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 1));
  const rounds: Array<{ bare?: Measured; guichet: Measured }> = [];
  for (let round = 1; round <= repeat; round++) {
    if (repeat > 1) console.log(`round ${round} of ${repeat}`);
    const bare = only === "guichet" ? undefined : await measure("bare", tpl, `${runId}${round}`);
    const guichet = await measure("guichet", tpl, `${runId}${round}`);
    const pooled = workers === undefined ? undefined : await measure("guichet", tpl, `${runId}${round}`, workers);
    rounds.push({ ...(bare ? { bare } : {}), guichet });
    if (bare) console.log(line("bare Fastify POST+INSERT", bare));
    for (const [name, r] of [["Guichet POST /api/v1/invoices", guichet], [workers === 0 ? "  same, reading on the main thread" : `  same, reading on ${workers} worker threads`, pooled]] as const) {
      if (!r) continue;
      console.log(line(name, r));
      if (r.failed > 0) console.log(`  statuses: ${JSON.stringify(r.statuses)}`);
      if (bare) console.log(`  ratio to bare: ${((r.perSecond / bare.perSecond) * 100).toFixed(0)} % by throughput, ${((bare.cpuMsPerRequest / r.cpuMsPerRequest) * 100).toFixed(0)} % by server CPU per request   (targets: ≥ 500/s, ≥ 40 %, peak RSS < 400 MB)`);
    }
  }
  if (repeat > 1) {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
    const g = median(rounds.map((r) => r.guichet.perSecond));
    const bares = rounds.flatMap((r) => (r.bare ? [r.bare.perSecond] : []));
    const ratios = rounds.flatMap((r) => (r.bare ? [r.guichet.perSecond / r.bare.perSecond] : []));
    console.log(`median of ${repeat} rounds: Guichet ${g.toFixed(0)}/s${bares.length ? `, bare ${median(bares).toFixed(0)}/s, ratio ${(median(ratios) * 100).toFixed(0)} %` : ""}; Guichet's highest peak RSS ${Math.max(...rounds.map((r) => r.guichet.peak)).toFixed(0)} MB`);
  }
  console.log(`machine load average during the run: ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")} on ${os.cpus().length} cores`);
}
