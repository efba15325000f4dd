// The pooled throughput measure, in a process of its own so that its peak RSS is the pool's (the set's bytes and the
// workers), not the bench's: `node pool-process.mjs <set file> <workers> <young MB> <warm-up ms> <round ms> <rounds>`.
// The set file is the invoices' bytes one after the other, preceded by a JSON line of their lengths. Prints one JSON
// line: the best round's invoices per wall second, per CPU-second of the process (every thread), and the peak RSS.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";

const [setFile = "", workers, young, warmupMs, ms, rounds] = process.argv.slice(2);
const raw = fs.readFileSync(setFile);
const header = raw.indexOf(0x0a);
const lengths = JSON.parse(raw.subarray(0, header).toString("utf8"));
const docs = [];
for (let at = header + 1, i = 0; i < lengths.length; at += lengths[i++]) docs.push(new Uint8Array(raw.subarray(at, at + lengths[i])));

const engine = pathToFileURL(path.resolve(import.meta.dirname, "../../dist/einvoice/validate.js")).href;
const job = { engine, docs, warmupMs: Number(warmupMs), ms: Number(ms), rounds: Number(rounds) };
const threads = Array.from({ length: Number(workers) }, () => new Worker(new URL("./pool-worker.mjs", import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: Number(young) }, workerData: job }));
let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage.rss());
}, 50);
await Promise.all(threads.map((w) => new Promise((resolve) => w.once("message", resolve))));
let best = { wall: 0, cpu: 0 };
for (let round = 0; round < job.rounds; round++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const counts = await Promise.all(
    threads.map(
      (w) =>
        new Promise((resolve, reject) => {
          w.once("message", (m) => resolve(m.validated));
          w.once("error", reject);
          w.postMessage("go");
        }),
    ),
  );
  const used = process.cpuUsage(cpu);
  const validated = counts.reduce((n, c) => n + c, 0);
  const wall = validated / ((performance.now() - start) / 1000);
  if (wall > best.wall) best = { wall, cpu: validated / ((used.user + used.system) / 1e6) };
}
clearInterval(sampler);
await Promise.all(threads.map((w) => w.terminate()));
process.stdout.write(`${JSON.stringify({ ...best, peakRssMb: Math.max(peak, process.resourceUsage().maxRSS * 1024) / 2 ** 20 })}\n`);
