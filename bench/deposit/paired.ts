// Paired deposit bench: two or more checkouts of the application (e.g. a `git archive` of HEAD and the same with a
// change) in ONE process, each with its own SQLite file and file store, deposits through `app.inject` (Fastify, multipart, the
// whole use case, after-commit work included) in alternating rounds. The CPU time of each round (process.cpuUsage:
// every thread) is divided by its deposits; the machine's other work then disturbs both sides alike, which separate
// server runs at a load of 6-9 on 2 cores did not allow (±20 % from run to run).
//
//   npx tsx bench/deposit/paired.ts <checkout A> <checkout B> [more checkouts...] [rounds=8] [deposits per round=150]
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { multipartBody, PASSWORD, RECIPIENT, template } from "./index.js";

interface Injected {
  statusCode: number;
  body: string;
  headers: Record<string, unknown>;
}
interface App {
  inject(options: { method: string; url: string; headers?: Record<string, string>; payload?: string | Buffer }): Promise<Injected>;
  close(): Promise<void>;
}

const CONCURRENCY = 8;

async function open(root: string, dataDir: string): Promise<{ app: App; token: string; pending: () => Promise<number> }> {
  const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(path.resolve(root), "src", file)).href) as Promise<T>;
  const { createApp } = await load<typeof import("../../src/app.js")>("app.js");
  const { loadConfig } = await load<typeof import("../../src/config.js")>("config.js");
  const { createDeps } = await load<typeof import("../../src/deps.js")>("deps.js");
  const { runStartupTasks } = await load<typeof import("../../src/startup.js")>("startup.js");
  const config = loadConfig({ NODE_ENV: "development", DATA_DIR: dataDir, LOG_LEVEL: "error", GUICHET_DEMO_PASSWORD: PASSWORD });
  const deps = await createDeps(config, {});
  await runStartupTasks(deps);
  // The development mailbox prints each mail; the server bench discards its stdout, so does this one.
  const app = (await createApp(deps, { serveWeb: false })) as unknown as App & { ready(): Promise<void> };
  await app.ready();
  const json = { "content-type": "application/json" };
  const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", headers: json, payload: JSON.stringify({ email: "fournisseur@guichet.test", password: PASSWORD }) });
  const setCookie = login.headers["set-cookie"];
  const cookie = (Array.isArray(setCookie) ? setCookie : [String(setCookie)]).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(login.body) as { csrfToken: string };
  const created = await app.inject({ method: "POST", url: "/api/v1/structures/89900000400015/api-clients", headers: { ...json, cookie, "x-csrf-token": csrfToken }, payload: JSON.stringify({ name: "bench" }) });
  const { clientId, clientSecret } = JSON.parse(created.body) as { clientId: string; clientSecret: string };
  const token = await app.inject({ method: "POST", url: "/api/oauth/token", headers: json, payload: JSON.stringify({ grant_type: "client_credentials", client_id: clientId, client_secret: clientSecret }) });
  // Outbox entries not processed yet: a round ends when the worker has done the after-commit work of its deposits.
  const pending = async () => Number((await deps.database.db.selectFrom("outbox").select((eb) => eb.fn.countAll().as("n")).where("processed_at", "is", null).executeTakeFirstOrThrow()).n);
  return { app, token: (JSON.parse(token.body) as { access_token: string }).access_token, pending };
}

interface Side {
  name: string;
  root: string;
  app: App;
  token: string;
  pending: () => Promise<number>;
  cpuMs: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const roots = args.filter((x) => !/^\d+$/.test(x));
  const [roundsArg, perRoundArg] = args.filter((x) => /^\d+$/.test(x));
  if (roots.length < 2) throw new Error("usage: paired.ts <checkout A> <checkout B> [more checkouts...] [rounds] [deposits per round]");
  const rounds = Number(roundsArg ?? 8);
  const perRound = Number(perRoundArg ?? 150);
  const tpl = template();
  const runId = randomBytes(3).toString("hex");
  const boundary = `----paired${runId}`;
  const dirs: string[] = [];
  const sides: Side[] = [];
  // Quiet the development mailbox: it prints every mail to stdout.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    for (const [i, root] of roots.entries()) {
      const name = String.fromCharCode(65 + i);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `guichet-paired-${name}-`));
      dirs.push(dataDir);
      sides.push({ name, root, ...(await open(root, dataDir)), cpuMs: [] });
    }
    let n = 0;
    const deposit = async (side: Side) => {
      const i = n++;
      const file = Buffer.concat([tpl.head, Buffer.from(`P${runId}-${i}`), tpl.tail]);
      const res = await side.app.inject({ method: "POST", url: "/api/v1/invoices", headers: { "content-type": `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${side.token}` }, payload: multipartBody(boundary, file, { recipientSiret: RECIPIENT }) });
      if (res.statusCode !== 201) throw new Error(`${side.name}: deposit refused (${res.statusCode}): ${res.body.slice(0, 500)}`);
    };
    const round = async (side: Side, count: number) => {
      let left = count;
      await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
        while (left-- > 0) await deposit(side);
      }));
      // The outbox worker runs every second: its after-commit work is counted in the round that caused it.
      for (let waited = 0; (await side.pending()) > 0 && waited < 20_000; waited += 50) await sleep(50);
    };
    // Warm-up: the per-deposit CPU keeps falling over the first few hundred deposits (JIT, caches).
    for (let w = 0; w < 3; w++) for (const side of sides) await round(side, 150);
    for (let r = 0; r < rounds; r++) {
      // Each round in another order, so that no side always follows the same one.
      for (const side of r % 2 === 0 ? sides : [...sides].reverse()) {
        const t0 = process.cpuUsage();
        await round(side, perRound);
        const used = process.cpuUsage(t0);
        side.cpuMs.push((used.user + used.system) / 1000 / perRound);
      }
    }
  } finally {
    process.stdout.write = write;
    for (const side of sides) await side.app.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
  const base = median(sides[0]?.cpuMs ?? []);
  for (const side of sides) {
    const m = median(side.cpuMs);
    console.log(`${side.name} ${side.root}: CPU per deposit, median ${m.toFixed(2)} ms, ${(m / base).toFixed(3)} × A (rounds: ${side.cpuMs.map((x) => x.toFixed(2)).join(" ")})`);
  }
  console.log(`load average ${fs.readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ")}`);
}

await main();
