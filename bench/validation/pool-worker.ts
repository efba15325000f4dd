// One worker of the pooled throughput measure: validates the invoices it is given in a loop, for the time asked,
// and answers how many it validated. Started by bench/validation/index.ts (which reads the process's CPU time).
import { parentPort, workerData } from "node:worker_threads";
import { validateXml } from "../../src/einvoice/validate.js";

interface Job {
  docs: Uint8Array[];
  warmupMs: number;
  ms: number;
}

const { docs, warmupMs, ms } = workerData as Job;
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
// Start together: the main thread answers "go" once every worker is warm.
parentPort?.once("message", () => {
  const start = performance.now();
  const validated = loop(ms);
  parentPort?.postMessage({ validated, wallMs: performance.now() - start });
});
parentPort?.postMessage("ready");
