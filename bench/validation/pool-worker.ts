// One worker of the pooled throughput measure: validates the invoices it is given in a loop, for the time asked,
// and answers how many it validated. Started by bench/validation/index.ts (which reads the process's CPU time).
import { parentPort, workerData } from "node:worker_threads";
import { validateXml } from "../../src/einvoice/validate.js";

interface Job {
  docs: Uint8Array[];
  warmupMs: number;
  ms: number;
  /** How many timed rounds the main thread asks for (one "go" message each). */
  rounds?: number;
}

const { docs, warmupMs, ms, rounds = 1 } = workerData as Job;
const loop = (duration: number): number => {
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < duration) {
    for (const d of docs) validateXml(d);
    n += docs.length;
  }
  return n;
};
loop(warmupMs);
// Start together: the main thread sends "go" once every worker is warm, then again for each further round.
let left = rounds;
const onGo = () => {
  const start = performance.now();
  const validated = loop(ms);
  parentPort?.postMessage({ validated, wallMs: performance.now() - start });
  if (--left <= 0) parentPort?.off("message", onGo);
};
parentPort?.on("message", onGo);
parentPort?.postMessage("ready");
